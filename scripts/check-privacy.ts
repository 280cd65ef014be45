/**
 * PRIVACY.md's permissions table must have a row (the exact string in backticks, with its reason)
 * for every permission, host permission and content-script match of both built manifests, and
 * the page must state the Firefox data-collection declaration; and
 * every string in the first column of its permissions table must be in one of the manifests (so
 * the page never lists a permission the extension no longer asks for).
 *
 *   npm run check:privacy      (after `npm run build`; part of `npm test`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

/** Every access string a manifest asks for: permissions, host permissions, content-script matches. */
export function accessStrings(manifest: Manifest): string[] {
  const all = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ];
  return [...new Set(all)];
}

/** The first-column strings of PRIVACY.md's permissions table (the rows after "Manifest string"). */
export function tableStrings(privacy: string): string[] {
  const lines = privacy.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Manifest string |'));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split('|')[1]!.trim();
    const m = /^`([^`]+)`$/.exec(cell);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Problems, one sentence each; empty when PRIVACY.md and the manifests agree. */
export function privacyProblems(manifests: Record<string, Manifest>, privacy: string): string[] {
  const problems: string[] = [];
  const named = (s: string) => privacy.includes('`' + s + '`');
  // An access string counts only as a row of the table, with its reason (not, say, in "No `tabs`").
  const table = tableStrings(privacy);
  const asked = new Set<string>();
  for (const [name, manifest] of Object.entries(manifests)) {
    for (const s of accessStrings(manifest)) {
      asked.add(s);
      if (!table.includes(s)) problems.push(`PRIVACY.md's permissions table has no row for \`${s}\` (${name})`);
    }
    if (manifest.web_accessible_resources?.length) problems.push(`${name} has web_accessible_resources; PRIVACY.md says it has none`);
    const dc = manifest.browser_specific_settings?.gecko?.data_collection_permissions;
    if (dc) {
      if (!named('data_collection_permissions')) problems.push(`PRIVACY.md does not name \`data_collection_permissions\` (${name})`);
      const declared = JSON.stringify(dc.required ?? []).replace(/,/g, ', ');
      if (!named(`required: ${declared}`)) problems.push(`PRIVACY.md does not state \`required: ${declared}\` (${name}'s data_collection_permissions)`);
      if (dc.optional?.length) problems.push(`${name} declares optional data collection (${dc.optional.join(', ')}); PRIVACY.md says none`);
    }
  }
  if (table.length === 0) problems.push('PRIVACY.md has no permissions table (a "| Manifest string |" header)');
  for (const s of table) if (!asked.has(s)) problems.push(`PRIVACY.md's table lists \`${s}\`, which no built manifest asks for`);
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const manifests: Record<string, Manifest> = {};
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const file = path.join(root, '.output', target, 'manifest.json');
    try {
      manifests[target] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    } catch {
      console.error(`check-privacy: ${path.relative(root, file)} is missing: run \`npm run build\` first`);
      process.exit(1);
    }
  }
  const problems = privacyProblems(manifests, readFileSync(path.join(root, 'PRIVACY.md'), 'utf8'));
  for (const p of problems) console.error(`check-privacy: ${p}`);
  if (problems.length) process.exit(1);
  const count = new Set(Object.values(manifests).flatMap(accessStrings)).size;
  console.log(`check-privacy: PRIVACY.md names all ${count} access strings of chrome-mv3 and firefox-mv2`);
}
