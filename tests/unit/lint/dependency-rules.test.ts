/**
 * The import rules of .dependency-cruiser.cjs can fail: a throwaway tree laid out like this
 * repository, with one import breaking each rule (and a few that are allowed), is cruised with the
 * repository's own config, and each rule must name exactly its breaking import.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }),
  'utils/vault/vault.ts': "import { toTxt } from '../export/txt';\nexport const seal = () => toTxt();\n",
  'utils/export/txt.ts': 'export const toTxt = () => "";\n',
  'utils/dom/scan.ts': 'export interface Scan { rows: number }\n',
  'utils/decide/plan.ts': "import { seal } from '../vault/vault';\nexport const plan = () => seal();\n",
  'utils/decide/diff.ts': "import type { Scan } from '../dom/scan';\nexport const diff = (s: Scan) => s.rows;\n",
  'utils/decide/fine.ts': "import { diff } from './diff';\nexport const fine = diff;\n",
  'components/page/panel.ts': "import { seal } from '../../utils/vault/vault';\nexport const panel = seal;\n",
  'entrypoints/page-ui.ts': "import type { Vault } from '../utils/vault/types';\nexport type Ui = Vault;\n",
  'entrypoints/options/main.ts': "import { seal } from '../../utils/vault/vault';\nexport const main = seal;\n",
  'utils/vault/types.ts': 'export interface Vault { id: string }\n',
  'utils/messaging/words.ts': 'export const WORDS = 1;\nexport type Word = string;\n',
  'utils/messaging/protocol.ts': "import { WORDS } from './words';\nimport type { Word } from './words';\nexport type Message = Word | typeof WORDS;\n",
  'utils/form/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
  'utils/form/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let dir: string;
let violations: Violation[];
let exitCode = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-depcruise-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const run = (outputType: string) => {
    const args = [
      path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      ...['--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType],
      ...['utils', 'components', 'entrypoints'],
    ];
    try {
      return { status: 0, stdout: execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (error) {
      return error as { status: number; stdout: string };
    }
  };
  // `npm run lint` uses the default reporter, whose exit code counts the errors; JSON names them.
  exitCode = run('err').status;
  violations = (JSON.parse(run('json').stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const broken = (rule: string) =>
  violations
    .filter((v) => v.rule.name === rule)
    .map((v) => `${v.from} → ${v.to}`)
    .sort();

describe('.dependency-cruiser.cjs', () => {
  it('fails the run (non-zero exit) when a rule is broken', () => {
    expect(exitCode).not.toBe(0);
  });

  it('decide never imports the DOM adapter or the vault, type-only imports included', () => {
    expect(broken('decide-is-pure')).toEqual(['utils/decide/diff.ts → utils/dom/scan.ts', 'utils/decide/plan.ts → utils/vault/vault.ts']);
  });

  it('the vault never imports export, backup or UI', () => {
    expect(broken('vault-is-inner')).toEqual(['utils/vault/vault.ts → utils/export/txt.ts']);
  });

  it('content scripts (components/page, injected entrypoints) never import the vault; the options page may', () => {
    expect(broken('content-never-imports-vault')).toEqual([
      'components/page/panel.ts → utils/vault/vault.ts',
      'entrypoints/page-ui.ts → utils/vault/types.ts',
    ]);
  });

  it('protocol.ts imports types only', () => {
    expect(broken('protocol-is-a-leaf')).toEqual(['utils/messaging/protocol.ts → utils/messaging/words.ts']);
    // The one import that breaks it is the value import: the same module's `import type` is fine.
    expect(violations.filter((v) => v.rule.name === 'protocol-is-a-leaf')).toHaveLength(1);
  });

  it('a cycle of type-only imports is a cycle', () => {
    // Reported once, at the first module of the cycle.
    expect(broken('no-circular')).toEqual(['utils/form/a.ts → utils/form/b.ts']);
  });
});
