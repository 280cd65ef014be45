/**
 * Two cuts in third-party code at build time, so the shipped files hold no `innerHTML` assignment
 * and no `Function` constructor (Mozilla's add-on linter warns on both, and `npm run lint:firefox`
 * fails on any warning). Each removes a capability Scopekeeper never uses; neither changes
 * behaviour:
 *
 * - zod's `allowsEval` probe calls `new Function("")` to decide whether to compile validators.
 *   Every entrypoint that validates configures zod as jitless first (utils/zod-jitless.ts), and
 *   the extension's CSP forbids eval anyway, so the answer is always "no": it becomes a constant.
 * - Preact's `dangerouslySetInnerHTML` is the one place it assigns `innerHTML`. No component of
 *   ours passes that prop; using it now throws instead of parsing markup.
 *
 * A cut whose text is not found fails the build (a dependency update changed the code): look at
 * the new code and update the pattern, never drop the check.
 */
import type { Plugin } from 'vite';

interface Cut {
  /** The module's path, with forward slashes, ends with this. */
  file: string;
  find: RegExp;
  replace: string;
}

const CUTS: Cut[] = [
  {
    file: '/node_modules/zod/v4/core/util.js',
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[^]*?\n\}\);\n/,
    replace: 'export const allowsEval = { value: false };\n',
  },
  {
    file: '/node_modules/preact/dist/preact.mjs',
    find: /\b\w+\.innerHTML=\w+\.__html\b/,
    replace: '(()=>{throw Error("dangerouslySetInnerHTML is not supported in Scopekeeper")})()',
  },
];

export function lintClean(): Plugin {
  return {
    name: 'scopekeeper:lint-clean',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.replace(/\\/g, '/');
      const cut = CUTS.find((c) => file.endsWith(c.file));
      if (!cut) return null;
      const found = code.match(new RegExp(cut.find.source, cut.find.flags + 'g'))?.length ?? 0;
      if (found !== 1) this.error(`build/lint-clean.ts: expected the pattern once in ${cut.file}, found it ${found} times`);
      return { code: code.replace(cut.find, cut.replace), map: null };
    },
  };
}
