/**
 * Preset links: one preset file carried in the fragment of BigCommerce's own deep link to the
 * create page, so an integrator can send a merchant a single link. Fragments never reach a
 * server (neither BigCommerce's nor ours).
 *
 *   https://login.bigcommerce.com/deep-links/settings/api-accounts/create#scopekeeper-preset=1.<data>
 *
 * <data> is base64url (no padding) of the deflate-raw compressed preset file, written compactly
 * in canonical field order (./file.ts). The "1." is the link format's version. Decoding is the
 * same parser as files (parsePresetFile), so a link is refused with the same field-path errors.
 *
 * Background and extension pages only: CompressionStream and the zod parser stay out of the
 * content script, which only hands the fragment over and renders the result.
 */
import { Base64urlError, decodeBase64url, encodeBase64url } from '../vault/base64url';
import { parsePresetFile, presetFile, tooLarge } from './file';
import type { StoreResult } from './store';
import { PRESET_LINK_BASE, PRESET_LINK_PREFIX } from './link-format';

export { PRESET_LINK_BASE, PRESET_LINK_PREFIX, isPresetFragment } from './link-format';
import type { Preset } from './types';
import type { PresetIssue } from './issues';

/** The whole link must stay e-mail friendly; real presets need well under a tenth of this. */
export const MAX_PRESET_LINK_CHARS = 4000;
/** What the fragment may inflate to: a guard against a small link that unpacks into megabytes. */
const MAX_PRESET_LINK_JSON_BYTES = 64_000;

const linkIssue = (message: string): PresetIssue => ({ path: '', message, code: 'bad-link' });

async function pump(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the write promise is observed there too.
  void writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The link for one preset (canonical file, compressed). Throws nothing: any preset encodes. */
export async function presetLink(preset: Preset): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(presetFile([preset])));
  const packed = await pump(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
  return `${PRESET_LINK_BASE}#${PRESET_LINK_PREFIX}${encodeBase64url(packed!)}`;
}

/** The preset file text a fragment carries, or why there is none. */
export async function decodePresetFragment(fragment: string): Promise<{ ok: true; text: string } | { ok: false; issues: PresetIssue[] }> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PRESET_LINK_PREFIX)) return { ok: false, issues: [linkIssue('not a Scopekeeper preset link')] };
  if (PRESET_LINK_BASE.length + 1 + body.length > MAX_PRESET_LINK_CHARS) return { ok: false, issues: [tooLarge()] };
  const damaged = { ok: false as const, issues: [linkIssue('the link is damaged or cut short')] };
  let packed: Uint8Array;
  try {
    packed = decodeBase64url(body.slice(PRESET_LINK_PREFIX.length));
  } catch (error) {
    if (error instanceof Base64urlError) return damaged;
    throw error;
  }
  try {
    const json = await pump(packed, new DecompressionStream('deflate-raw'), MAX_PRESET_LINK_JSON_BYTES);
    if (!json) return { ok: false, issues: [tooLarge()] };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(json) };
  } catch {
    return damaged;
  }
}

/**
 * The preset a fragment carries, checked by the file parser, and one preset per link. Every
 * problem has a field path. A built-in's id is not refused here: a built-in's own link chooses
 * it, and any other preset with a taken id is added as a copy (./link-intake.ts).
 */
export async function checkPresetLink(fragment: string): Promise<StoreResult<Preset>> {
  const decoded = await decodePresetFragment(fragment);
  if (!decoded.ok) return decoded;
  const checked = parsePresetFile(decoded.text);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const [only, ...more] = checked.presets;
  if (!only || more.length > 0) {
    return { ok: false, issues: [{ path: 'presets', message: 'a preset link carries exactly one preset', code: 'link-one-preset' }] };
  }
  return { ok: true, value: only };
}
