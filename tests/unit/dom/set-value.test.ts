// @vitest-environment happy-dom
/**
 * set-value on the fixture's rendered markup. Comboboxes need the page to react to clicks, so
 * those tests run with fakeReactComboboxes (tests/unit/fixtures/markup/index.ts) standing in for
 * React: it opens the menu on a click and writes the input's value when an option is clicked.
 * That the real BigDesign/downshift components accept these clicks is proven by the e2e tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findControls, findLabelledInput, NAME_LABEL, type ControlHandle } from '../../../utils/dom/find-controls';
import { setCombobox, setControl, setNativeSelect, setTextInput, waitFor } from '../../../utils/dom/set-value';
import { fakeReactComboboxes, loadPage, type FakeReact } from '../fixtures/markup';

const is = (want: string) => (text: string) => text === want;
const row = (label: string): ControlHandle => findControls(document).find((h) => h.label === label)!;

function recordEvents(el: Element): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change', 'click', 'keydown']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

describe('setTextInput on the create page’s Name field', () => {
  it('writes the value and announces it with bubbling input and change events', () => {
    loadPage('bigdesign-create');
    const name = findLabelledInput(document, NAME_LABEL)!;
    const bubbled: string[] = [];
    for (const type of ['input', 'change']) document.addEventListener(type, () => bubbled.push(type));
    expect(setTextInput(name, 'Warehouse sync')).toBe(true);
    expect(name.value).toBe('Warehouse sync');
    expect(bubbled).toEqual(['input', 'change']);
  });

  it('leaves an input that already holds the value alone', () => {
    loadPage('native-create');
    const name = findLabelledInput(document, NAME_LABEL)!;
    name.value = 'Same';
    const seen = recordEvents(name);
    expect(setTextInput(name, 'Same')).toBe(true);
    expect(seen).toEqual([]);
  });

  it('refuses the read-only API path and a disabled input', () => {
    loadPage('legacy-create');
    const apiPath = findLabelledInput(document, /^api path\b/i)!;
    expect(setTextInput(apiPath, 'https://example.com/')).toBe(false);
    expect(apiPath.value).toBe('https://api.bigcommerce.com/stores/abc123/v3/');
    const name = findLabelledInput(document, NAME_LABEL)!;
    name.disabled = true;
    expect(setTextInput(name, 'Warehouse sync')).toBe(false);
  });
});

describe('setNativeSelect on the native create page', () => {
  it('selects the matching option and fires input and change once', () => {
    loadPage('native-create');
    const select = row('Orders').element as HTMLSelectElement;
    const seen = recordEvents(select);
    expect(setNativeSelect(select, is('modify'))).toBe(true);
    expect(select.value).toBe('modify');
    expect(seen).toEqual(['input', 'change']);
    // Already selected: no events.
    expect(setNativeSelect(select, is('modify'))).toBe(true);
    expect(seen).toEqual(['input', 'change']);
  });

  it('fails without touching the select when no enabled option matches', () => {
    loadPage('native-create');
    const select = row('Customers login').element as HTMLSelectElement;
    expect(setNativeSelect(select, is('modify'))).toBe(false);
    const login = Array.from(select.options).find((o) => o.textContent === 'login')!;
    login.disabled = true;
    const seen = recordEvents(select);
    expect(setNativeSelect(select, is('login'))).toBe(false);
    expect(select.value).toBe('None');
    expect(seen).toEqual([]);
  });

  it('is what setControl uses for a native select', async () => {
    loadPage('native-create');
    expect(await setControl(row('Token type'), is('Stencil-CLI token'))).toBe(true);
    expect((row('Token type').element as HTMLSelectElement).value).toBe('Stencil-CLI token');
  });
});

describe.each(['bigdesign', 'legacy'] as const)('setCombobox on the %s create page', (variant) => {
  let fake: FakeReact;
  afterEach(() => fake.uninstall());

  it('opens the menu, clicks the matching option and waits until the input shows it', async () => {
    loadPage(`${variant}-create`);
    fake = fakeReactComboboxes(variant);
    const orders = row('Orders');
    expect(await setCombobox(orders, is('modify'))).toBe(true);
    expect(orders.element.value).toBe('modify');
    expect(orders.roleElement.getAttribute('aria-expanded')).toBe('false');
  });

  it('does not open a menu for a value already shown', async () => {
    loadPage(`${variant}-create`);
    fake = fakeReactComboboxes(variant);
    const orders = row('Orders');
    const seen = recordEvents(orders.element);
    expect(await setCombobox(orders, is('None'))).toBe(true);
    expect(seen).toEqual([]);
  });

  it('closes the menu it opened and fails when no option matches', async () => {
    loadPage(`${variant}-create`);
    fake = fakeReactComboboxes(variant);
    const login = row('Customers login');
    const seen = recordEvents(login.element);
    vi.useFakeTimers();
    try {
      const result = setCombobox(login, is('modify'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(await result).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    expect(seen).toEqual(['click', 'keydown']);
    expect(login.roleElement.getAttribute('aria-expanded')).toBe('false');
    expect(login.element.value).toBe('None');
  });

  it('fails when the page does not take the clicked option', async () => {
    loadPage(`${variant}-create`);
    fake = fakeReactComboboxes(variant);
    fake.refuse.add('Orders');
    vi.useFakeTimers();
    try {
      const result = setCombobox(row('Orders'), is('read-only'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(await result).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    expect(row('Orders').element.value).toBe('None');
  });

  it('picks the option from an already open menu without clicking the input', async () => {
    loadPage(`${variant}-create-menu-open`);
    fake = fakeReactComboboxes(variant);
    const orders = row('Orders');
    const inputClicks = recordEvents(orders.element);
    expect(await setCombobox(orders, is('read-only'))).toBe(true);
    expect(orders.element.value).toBe('read-only');
    expect(inputClicks).toEqual([]);
  });
});

describe('waitFor', () => {
  it('answers at once when the probe already succeeds', async () => {
    expect(await waitFor(document.body, () => 'here')).toBe('here');
  });

  it('answers after the mutation that makes the probe succeed', async () => {
    document.body.innerHTML = '<ul></ul>';
    const found = waitFor(document.body, () => document.querySelector('li'));
    document.querySelector('ul')!.append(document.createElement('li'));
    expect(await found).toBe(document.querySelector('li'));
  });

  it('gives up with null after its timeout', async () => {
    vi.useFakeTimers();
    try {
      const found = waitFor(document.body, () => null, 500);
      await vi.advanceTimersByTimeAsync(499);
      let settled = false;
      void found.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await found).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
