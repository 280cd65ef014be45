/**
 * The one question the page side asks about a form: the background's decision on a reading of it
 * against the preset of this id (null when it does not answer). The optional rows left out are
 * the background's to know: a left-out row's target is its default.
 */
import type { FillReport, PageDecision } from '../decide/types';
import { sendToBackground } from '../messaging/send';
import type { ScannedForm } from './scan-form';

export function decide(form: ScannedForm, presetId: string | null, lastFill: FillReport | null, failed?: string[]): Promise<PageDecision | null> {
  return sendToBackground('form:decide', { model: form.model, presetId, lastFill, failed });
}
