// ESLint 9 flat config: typescript-eslint's type-aware rules over every TypeScript file of the
// repository (the extension, its tests, the fixture control panel, benchmarks and scripts).
// `npm run lint` runs it with `--max-warnings 0`, so every rule here is an error in effect.
// Layer rules and import cycles are dependency-cruiser's job (.dependency-cruiser.cjs), unused
// files and exports knip's (knip.json).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', '**/dist/**', 'bench/results.json'],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      // Extension code runs in pages and workers, tests and scripts in Node: both sets of globals.
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // Each file is checked with its nearest tsconfig.json (the root one, or the fixture
        // control panel's own React one), so the type-aware rules see what `tsc` sees.
        projectService: { allowDefaultProject: ['*.js', '*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its rejection: in a content script or the background that
      // is a capture or a fill failing silently. Part of recommendedTypeChecked; kept explicit
      // with `ignoreVoid` so that `void promise` is the one spelled-out way to say "fire and forget".
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Async listeners handed to DOM events and browser.* callbacks are the usual way a
      // rejection is lost; attributes (JSX `onClick={async …}`) are allowed since Preact ignores
      // the returned promise by design and every such handler catches its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // The protocol, the decide step and the vault's records are discriminated unions: a switch
      // over one must name every member, so adding a message kind or a status breaks the build
      // where it is not handled instead of falling through silently.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // `import type` keeps type-only modules out of the bundles (the content script's size is
      // measured) and makes the layer rules' type-only exceptions visible at the import.
      // `typeof import('…json')` stays allowed: it is how utils/i18n.ts types message keys
      // without bundling the JSON.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // With `verbatimModuleSyntax`, `import { type A } from 'x'` still leaves `import 'x'` in
      // the output: a side-effect import of a module we meant to use for types only.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Already in recommendedTypeChecked; listed because a needless `as` hides the real type
      // from the reader and from later narrowing.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Callbacks in props and interfaces are properties (`onSelect: (id: string) => void`), not
      // methods: a property is checked strictly under `strictFunctionTypes` (a method is
      // bivariant), and destructuring one out of props is not an unbound method.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // Playwright reads a test's fixtures from its first parameter's destructuring, so a test
      // that uses none must still write `async ({}, testInfo) =>`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // `_`-prefixed parameters and caught errors are deliberate (an interface's shape, a catch
      // that only needs to know something failed).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain JavaScript config files (this one, dependency-cruiser's) have no types to check.
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
