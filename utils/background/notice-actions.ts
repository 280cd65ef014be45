/**
 * The capture notice's buttons (utils/decide/capture-notice.ts words them): "Open in vault", and
 * "Encrypt for <key names>" when the chosen preset names hand-off keys. Each button is an opaque
 * random id bound to the tab it was shown in; a trusted click there sends it back
 * ('notice:action') and the background acts, never the page:
 *
 * - the vault (options page) opens at the record (`options.html#record=<id>`);
 * - for "Encrypt for …", the file was sealed at capture (./notice-file.ts), while the values
 *   were in hand (the vault needs a passphrase to open them later). Only that ciphertext is kept (storage.session: this browser session, an hour, no content script
 *   can read it). The vault page opens with the button's id and downloads it
 *   (`#record=<id>&file=<id>`; 'notice:file'), as the vault downloads everything: an extension
 *   page's download, so no `downloads` permission.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { NoticeFile } from './notice-file';

interface Offered {
  tab: number;
  recordId: string;
  at: number;
  /** "Encrypt for …": the sealed file (age ciphertext, base64) and who it is sealed for. */
  file?: NoticeFile;
}

const KEEP_MS = 60 * 60_000;
const MAX_OFFERED = 20;
const offered = storage.defineItem<Record<string, Offered>>('session:noticeActions', { fallback: {} });

/** One write after another: captures in several tabs at once each add their buttons. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

async function current(): Promise<Array<[string, Offered]>> {
  const now = Date.now();
  return Object.entries((await offered.getValue()) ?? {}).filter(([, o]) => now - o.at < KEEP_MS);
}

/** The notice's button ids for a stored capture: `seal` only when a file was sealed for it
 *  (sealing failing costs the button, never the capture). */
export function offerNoticeActions(tab: number, recordId: string, file?: NoticeFile): Promise<{ vault: string; seal?: string; sealedFor?: string }> {
  return serial(async () => {
    const at = Date.now();
    const ids = { vault: crypto.randomUUID(), ...(file ? { seal: crypto.randomUUID(), sealedFor: file.sealedFor } : {}) };
    const added: Array<[string, Offered]> = [[ids.vault, { tab, recordId, at }]];
    if (ids.seal) added.push([ids.seal, { tab, recordId, at, ...(file ? { file } : {}) }]);
    const kept = [...(await current()), ...added].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_OFFERED);
    await offered.setValue(Object.fromEntries(kept));
    return ids;
  });
}

/** A trusted click on a notice button in tab `tab` (beside which the vault opens). */
export async function pressNoticeAction(id: string, tab: { id: number; index: number; windowId?: number }): Promise<{ ok: boolean }> {
  const found = (await current()).find(([key]) => key === id)?.[1];
  if (!found || found.tab !== tab.id) return { ok: false };
  const hash = `record=${encodeURIComponent(found.recordId)}${found.file ? `&file=${id}` : ''}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`), index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId });
  return { ok: true };
}

/** The sealed file of an "Encrypt for …" button, for the vault page its click opened. */
export async function noticeFile(id: string): Promise<{ name: string; base64: string; recordId: string; sealedFor: string } | null> {
  const found = (await current()).find(([key]) => key === id)?.[1];
  return found?.file ? { ...found.file, recordId: found.recordId } : null;
}
