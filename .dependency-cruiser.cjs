// dependency-cruiser: the import rules CI keeps (part of `npm run lint`). Type-only imports count
// (`tsPreCompilationDeps: true`), so a cycle or a layer break made only of `import type` is
// caught too. tests/unit/lint/layers.test.ts proves each rule fails on a violating import.
//
// Layers (README.md, "Layout"):
//   decide   utils/decide/      pure: diff, plan, status and marker words, page-report assembly
//   DOM      utils/dom/         the DOM adapter
//   content  utils/content/, components/page/, the content-script entrypoints and the scripts
//            the background injects (bc.content/, deep-link.content, account-page, page-ui,
//            link-offer, list-audit)
//   vault    utils/vault/
//   export   utils/export/, backup utils/backup/, UI components/ and entrypoints/

const CONTENT =
  '^(utils/content/|components/page/|entrypoints/bc[.]content/|entrypoints/(deep-link[.]content|account-page|page-ui|link-offer|list-audit)[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, type-only imports included: every module can be read bottom-up.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'decide-is-pure',
      severity: 'error',
      comment:
        'The decide step (utils/decide/) runs in the background and in tests on plain data: it never ' +
        'imports the DOM adapter, the content scripts, the vault, the UI or an entrypoint.',
      from: { path: '^utils/decide/' },
      to: { path: `^(utils/dom/|utils/vault/|components/|entrypoints/)|${CONTENT}` },
    },
    {
      name: 'vault-is-inner',
      severity: 'error',
      comment:
        'The vault (utils/vault/) is used by export, backup and the UI, never the other way round.',
      from: { path: '^utils/vault/' },
      to: { path: '^(utils/export/|utils/backup/|components/|entrypoints/)' },
    },
    {
      name: 'content-never-imports-vault',
      severity: 'error',
      comment:
        'Content scripts run in the control panel\'s pages: the vault and its keys stay in the ' +
        'background and the options page, reached only by messages.',
      from: { path: CONTENT },
      to: { path: '^utils/vault/' },
    },
    {
      name: 'protocol-is-a-leaf',
      severity: 'error',
      comment:
        'utils/messaging/protocol.ts is imported by every side of a message; it imports types only ' +
        '(`import type`), so it pulls no code into any bundle and closes no cycle.',
      from: { path: '^utils/messaging/protocol[.]ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing (a typo, a deleted file).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(wxt/|virtual:|#)' },
    },
  ],
  options: {
    includeOnly: '^(utils|components|entrypoints|locales|tests|bench|scripts)/|^wxt[.]config[.]ts$',
    exclude: { path: '(^|/)(node_modules|dist|[.]output|[.]wxt)/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
