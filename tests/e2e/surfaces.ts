/**
 * The extension's surfaces in the states that stretch them most, for the layout and axe specs
 * (tests/e2e/layout.spec.ts, tests/e2e/a11y.spec.ts): records captured through the fixture's
 * create forms (a store-level one made with an imported preset that names its credential fields
 * and a hand-off key, so the vault shows "Fields" and "Encrypt for …"; an account-level one), a
 * preset link waiting for review, and what the layout spec measures in each.
 */
import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { BUILTIN_PRESETS } from '../../utils/presets/builtin';
import { ACCOUNT_CREATE_PATH, CREATE_PATH, STORE_ORIGIN, chooseByKeyboard, expect, openPanel, waitForFixtureForm, type ControlPanelServer } from './harness';
import { expectCaptured, saveAndEscape } from './vault-helpers';

/** The public key of tests/fixtures/handoff/integrator-key.txt. */
const KEY = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';

/** An integrator's preset with a long name (it appears in the vault's "Only what … needs"), the
 *  fields it needs and a hand-off key (a 62-character word in the preset details). */
export const LONG_PRESET = {
  ...BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!,
  id: 'acme-long-migration',
  name: 'Acme Integrations: two-way order, product and inventory sync',
  handoff: { recipient: KEY, name: 'Acme Integrations Ltd' },
};
export const ACCOUNT_PRESET = 'Unified billing: app partner';
export const STORE_RECORD = 'Acme order sync';
export const ACCOUNT_RECORD = 'Billing partner';

/** Imports LONG_PRESET (as a file would) and chooses it. */
async function seedPreset(worker: Worker): Promise<void> {
  await worker.evaluate(async (preset) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome;
    await api.storage.local.set({ selectedPresetId: preset.id, customPresets: [preset] });
  }, LONG_PRESET);
}

/** Two captured records: STORE_RECORD made with LONG_PRESET, ACCOUNT_RECORD on the account-level form. */
export async function captureRecords(context: BrowserContext, server: ControlPanelServer, worker: Worker): Promise<void> {
  await seedPreset(worker);
  const store = await openPanel(context, server, CREATE_PATH);
  await saveAndEscape(store, STORE_RECORD);
  await expectCaptured(store);
  await store.close();

  const account = await openPanel(context, server, ACCOUNT_CREATE_PATH, { variant: 'bigdesign', accountControls: 'checkboxes', accountUuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' });
  await waitForFixtureForm(account);
  const panel = account.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), ACCOUNT_PRESET);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('Resources set.');
  await account.getByRole('textbox', { name: 'Token name' }).fill(ACCOUNT_RECORD);
  await account.getByRole('button', { name: 'Save', exact: true }).click();
  await expectCaptured(account);
  await account.close();
}

/**
 * A create page opened through a preset link for a copy of LONG_PRESET (BigCommerce's deep link
 * mimicked), its panel showing the offer, and the review page "Review preset link" opens.
 */
export async function openLinkReview(context: BrowserContext): Promise<{ page: Page; review: Page }> {
  await context.route('https://login.bigcommerce.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace(${JSON.stringify(STORE_ORIGIN + CREATE_PATH)})</script>` }),
  );
  const file = { format: 'scopekeeper-preset', version: 1, presets: [{ ...LONG_PRESET, id: 'acme-link', name: 'Acme link preset' }] };
  const page = await context.newPage();
  await page.goto(`https://login.bigcommerce.com/deep-links/settings/api-accounts/create#scopekeeper-preset=1.${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`);
  await waitForFixtureForm(page);
  const offer = page.getByRole('region', { name: 'Scopekeeper' }).locator('.offer');
  await expect(offer).toContainText('A preset link you opened is waiting.');
  const [review] = await Promise.all([context.waitForEvent('page', (p) => p.url().includes('/link-review.html#')), offer.getByRole('button', { name: 'Review preset link' }).click()]);
  await review.waitForLoadState();
  await expect(review.getByRole('button', { name: 'Add preset' })).toBeVisible();
  return { page, review };
}

/** Pills that must stay on one line ("Account-level" broke into two); a record's label is the
 *  merchant's own text, up to 80 characters, and may wrap. */
const ONE_LINE = '.badge, .vault-chip:not(.vault-chip--label), .vault-state';

/**
 * Every layout defect in the elements matched by `scope` (and everything inside them), one line
 * each, naming the element by tag, class and the start of its text:
 *
 * - **content wider than its box**: scrollWidth > clientWidth (a long word or a control running
 *   past the box's edge, whether the box clips it or lets it spill over its neighbours);
 * - **outside its container**: the element's box reaches past the left or right edge of its
 *   nearest ancestor that clips or scrolls, or of the viewport (and, where that ancestor clips
 *   vertically, past its top or bottom);
 * - **overlaps**: two controls (buttons, selects, inputs, links) whose boxes cross;
 * - **wraps**: a pill of {@link ONE_LINE} broken across lines.
 *
 * Left out: what is not rendered or is visually hidden (1 px clip boxes), text inputs (their
 * value scrolls by design), and text cut on purpose with an ellipsis (a folded one-line note).
 */
export async function layoutProblems(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ({ scope, oneLine }) => {
      const problems: string[] = [];
      const name = (el: Element) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `<${el.localName}${cls}>${text ? ` "${text}"` : ''}`;
      };
      /** The parent, crossing out of a shadow root to its host. */
      const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
      const clips = (s: CSSStyleDeclaration, axis: 'x' | 'y') => (axis === 'x' ? s.overflowX : s.overflowY) !== 'visible';
      const hidden = (el: Element, s: CSSStyleDeclaration, r: DOMRect) =>
        s.visibility !== 'visible' || r.width === 0 || r.height === 0 || (r.width <= 1 && r.height <= 1) || (s.position === 'absolute' && s.clip !== 'auto' && s.clip !== '');
      const all: Element[] = [];
      const collect = (root: ParentNode) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      const roots = Array.from(document.querySelectorAll(scope));
      if (roots.length === 0) return [`nothing matches ${scope}`];
      for (const root of roots) {
        all.push(root);
        if (root.shadowRoot) collect(root.shadowRoot);
        collect(root);
      }
      const viewport = { left: 0, right: document.documentElement.clientWidth, top: -Infinity, bottom: Infinity };
      const controls: { el: Element; r: DOMRect }[] = [];
      for (const el of all) {
        if (el instanceof HTMLStyleElement || el instanceof HTMLScriptElement) continue;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (s.display === 'none' || hidden(el, s, r)) continue;
        // An ancestor that clips this one away entirely (a closed <details>' body has no box).
        const inline = s.display === 'inline' || s.display === 'contents';
        const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
        if (!inline && !input && s.textOverflow !== 'ellipsis' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          problems.push(`${name(el)}: content wider than its box (${el.scrollWidth} > ${el.clientWidth} px)`);
        }
        // The nearest ancestor that clips or scrolls, else the viewport.
        let container: Element | null = parentOf(el);
        while (container && container !== document.documentElement && container !== document.body && !clips(getComputedStyle(container), 'x') && !clips(getComputedStyle(container), 'y')) {
          container = parentOf(container);
        }
        const fixed = s.position === 'fixed';
        const useViewport = fixed || !container || container === document.documentElement || container === document.body;
        const box = useViewport ? viewport : container!.getBoundingClientRect();
        const cs = useViewport ? null : getComputedStyle(container!);
        // Clipped by an ancestor whose ellipsis is on purpose: measured there, not here.
        if (cs && cs.textOverflow === 'ellipsis') continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          problems.push(`${name(el)}: outside ${useViewport ? 'the viewport' : name(container!)} horizontally (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
        }
        if (cs && cs.overflowY !== 'visible' && cs.overflowY !== 'auto' && cs.overflowY !== 'scroll' && (r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
          problems.push(`${name(el)}: cut off by ${name(container!)} (${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)})`);
        }
        if (el.matches('button, select, input:not([type=hidden]), textarea, a[href], summary')) controls.push({ el, r });
        if (el.matches(oneLine) && el.getClientRects().length > 1) problems.push(`${name(el)}: broken across lines`);
        const lineHeight = s.lineHeight === 'normal' ? parseFloat(s.fontSize) * 1.25 : parseFloat(s.lineHeight);
        if (el.matches(oneLine) && !inline && r.height > lineHeight * 1.5 + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderTopWidth) * 2) {
          problems.push(`${name(el)}: broken across lines (${Math.round(r.height)} px high)`);
        }
      }
      for (let i = 0; i < controls.length; i++) {
        for (let j = i + 1; j < controls.length; j++) {
          const a = controls[i]!;
          const b = controls[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (overlapX > 1 && overlapY > 1) problems.push(`${name(a.el)} and ${name(b.el)} overlap`);
        }
      }
      return problems;
    },
    { scope, oneLine: ONE_LINE },
  );
}
