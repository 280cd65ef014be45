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

/** Whether a message claims to be a capture (before any check of who sent it or its shape). */
export function isCaptureMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === 'capture';
}

export async function receiveCapture(message: unknown, sender: Browser.runtime.MessageSender, runtimeId: string, vaults: CaptureVaults): Promise<CaptureReply> {
  if (!isControlPanelContentScript(sender, runtimeId)) return { ok: false, code: 'sender' };
  const parsed = captureRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, code: 'schema' };
  return handleCapture(parsed.data, sender, vaults);
}
