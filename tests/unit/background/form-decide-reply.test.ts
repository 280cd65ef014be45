// @vitest-environment happy-dom
/**
 * What the page is told about a reading of its form (form:decide): the words, markers, steps and
 * targets it acts on, not the reading it sent nor the diff behind the words nor the taught
 * mappings the background forgets (utils/decide/types.ts PageDecision).
 */
import { beforeEach, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentRequest } from '../../../utils/background/handle-content-request';
import { scanForm } from '../../../utils/dom/scan-form';
import type { Vault } from '../../../utils/vault';
import { useEnglishMessages } from '../english';
import { loadPage } from '../fixtures/markup';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

const STORE = 'https://store-abc123.mybigcommerce.com';
const url = `${STORE}/manage/settings/api-accounts/create`;
const sender = { id: fakeBrowser.runtime.id, url, frameId: 0, origin: STORE, tab: { id: 9, url } } as Browser.runtime.MessageSender;

it('answers a reading with what the page acts on, without echoing the reading or the diff', async () => {
  loadPage('bigdesign-create');
  const { model } = scanForm(document);
  const reply = await handleContentRequest(
    { type: 'form:decide', model, presetId: 'litextension-to-bigcommerce', lastFill: null },
    sender,
    fakeBrowser.runtime.id,
    () => ({}) as Vault,
  );
  const answer = reply as Record<string, unknown>;
  expect(Object.keys(answer).sort()).toEqual(['fill', 'markers', 'optional', 'steps', 'targets', 'view']);
  // What the page acts on is all there: a marker per row, and the steps to the preset.
  expect(answer.markers).toHaveLength(model.rows.length);
  expect((answer.steps as unknown[]).length).toBeGreaterThan(0);
});
