/**
 * A capture message as the service worker receives it (entrypoints/background.ts): checked once,
 * sender then schema, then handed to ./handle-capture.ts. Apart from the other content-script
 * requests (./handle-content-request.ts) because a capture that wakes the worker must load only
 * what sealing needs. A refused capture still gets an answer, so the page can tell the user.
 */
import type { Browser } from 'wxt/browser';
import type { CaptureReply } from '../messaging/protocol';
import { captureRequestSchema } from './capture-schema';
import { handleCapture, type CaptureVaults } from './handle-capture';
import { isControlPanelContentScript } from './sender';

function hasType(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === type;
}

/** Whether a message claims to be a capture (before any check of who sent it or its shape). */
export function isCaptureMessage(message: unknown): boolean {
  return hasType(message, 'capture');
}

export async function receiveCapture(message: unknown, sender: Browser.runtime.MessageSender, runtimeId: string, vaults: CaptureVaults): Promise<CaptureReply> {
  if (!isControlPanelContentScript(sender, runtimeId)) return { ok: false, code: 'sender' };
  const parsed = captureRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, code: 'schema' };
  return handleCapture(parsed.data, sender, vaults);
}

/** Whether a message is the content script's word that a Save was clicked or is about to be
 *  (BackgroundProtocol 'capture:expect'). */
export function isCaptureExpected(message: unknown): boolean {
  return hasType(message, 'capture:expect');
}

/**
 * A Save was clicked on a control-panel page, or the pointer or focus is on it: read the vault's
 * sealing key now (kept for the capture, ../vault/sealing-vault.ts), while the control panel
 * saves. Being asked at all started the worker if it was asleep. Nothing is stored or answered
 * beyond ok; any other sender gets no work done.
 */
export function expectCapture(sender: Browser.runtime.MessageSender, runtimeId: string, vaults: Pick<CaptureVaults, 'main'>): Promise<{ ok: true }> {
  if (isControlPanelContentScript(sender, runtimeId)) void vaults.main.sealingKey().catch(() => undefined);
  return Promise.resolve({ ok: true });
}
