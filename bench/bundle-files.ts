/**
 * The files each entrypoint of a built extension loads: the manifest names the entry files;
 * an HTML page pulls in its scripts, module preloads and stylesheets; a module pulls in the
 * chunks it imports statically (dynamic imports are listed separately: they load on demand).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface EntrypointFiles {
  name: string;
  /** Paths relative to the extension root, entry file first. */
  files: string[];
  lazy: string[];
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.(?:js|mjs|css))["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g;
const HTML_REFS = /<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']([^"']+\.(?:js|mjs|css))["']/g;

function resolveRef(root: string, from: string, ref: string): string {
  const abs = ref.startsWith('/') ? path.join(root, ref) : path.resolve(path.dirname(path.join(root, from)), ref);
  return path.relative(root, abs);
}

function closure(root: string, entry: string): { files: string[]; lazy: string[] } {
  const files: string[] = [];
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    const refs = file.endsWith('.html') ? HTML_REFS : file.endsWith('.css') ? null : STATIC_IMPORT;
    if (!refs) return;
    for (const match of text.matchAll(refs)) visit(resolveRef(root, file, match[1]!));
    if (!file.endsWith('.html')) for (const match of text.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveRef(root, file, match[1]!));
  };
  visit(entry);
  return { files, lazy: [...lazy].filter((f) => !files.includes(f)) };
}

export function entrypointFiles(root: string): EntrypointFiles[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Manifest;
  const out: EntrypointFiles[] = [];
  const add = (name: string, entries: string[]) => {
    const all = entries.map((e) => closure(root, e));
    const files = [...new Set(all.flatMap((c) => c.files))];
    out.push({ name, files, lazy: [...new Set(all.flatMap((c) => c.lazy))].filter((f) => !files.includes(f)) });
  };
  const bg = manifest.background;
  if (bg?.service_worker) add('background', [bg.service_worker]);
  else if (bg?.scripts) add('background', bg.scripts);
  else if (bg?.page) add('background', [bg.page]);
  manifest.content_scripts?.forEach((cs, i) => add(`content script${manifest.content_scripts!.length > 1 ? ` ${i + 1}` : ''}`, [...(cs.js ?? []), ...(cs.css ?? [])]));
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) add('popup', [popup]);
  if (manifest.options_ui?.page) add('options', [manifest.options_ui.page]);
  return out;
}
