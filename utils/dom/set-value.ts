/**
 * Execute: write values the way the page's React state accepts them.
 * - Text inputs and native selects: the prototype's native value setter (React's value tracker
 *   ignores a plain `el.value = …`), then bubbling input and change events.
 * - Comboboxes (BigDesign/downshift): options exist only while the menu is open, so open it with
 *   a click, wait for the option, click it, and confirm the input shows it.
 */
import { cleanText, type ControlHandle } from './find-controls';
import { menuTexts } from './menu-texts';

/** Whether the option with this text, at this place among the enabled options, is the wanted one. */
export type TextMatcher = (optionText: string, index: number) => boolean;

const MENU_TIMEOUT_MS = 1000;

function nativeValueSetter(element: HTMLInputElement | HTMLSelectElement): (v: string) => void {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native setter is only ever invoked with .call(element, …)
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  return (v) => (setter ? setter.call(element, v) : (element.value = v));
}

function fire(element: Element, type: string): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

export function setTextInput(input: HTMLInputElement, value: string): boolean {
  if (input.readOnly || input.disabled) return false;
  if (input.value === value) return true;
  input.focus({ preventScroll: true });
  nativeValueSetter(input)(value);
  fire(input, 'input');
  fire(input, 'change');
  input.blur();
  return input.value === value;
}

export function setNativeSelect(select: HTMLSelectElement, matches: TextMatcher): boolean {
  const option = Array.from(select.options)
    .filter((o) => !o.disabled)
    .find((o, i) => matches(cleanText(o.textContent), i));
  if (!option) return false;
  if (select.value !== option.value) {
    nativeValueSetter(select)(option.value);
    fire(select, 'input');
    fire(select, 'change');
  }
  return select.value === option.value;
}

/**
 * Checks before watching: React renders a click's update in a microtask, so a check after each of
 * the next few microtasks nearly always finds what the click produced, without a MutationObserver
 * (set up, and called for every mutation of the page while it watches) for each wait.
 */
const MICROTASK_CHECKS = 4;

/**
 * Resolves with `probe()`'s first non-null result: checked now and after each of the next few
 * microtasks, then after each DOM mutation under `root`, until `timeoutMs`.
 */
export async function waitFor<T>(root: Node, probe: () => T | null, timeoutMs = MENU_TIMEOUT_MS): Promise<T | null> {
  for (let check = 0; ; check++) {
    const found = probe();
    if (found !== null) return found;
    if (check === MICROTASK_CHECKS) break;
    await Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value !== null) done(value);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => done(probe()), timeoutMs);
  });
}

function menuOf(handle: ControlHandle): Element | null {
  const doc = handle.element.ownerDocument;
  const id =
    handle.element.getAttribute('aria-controls') ??
    handle.roleElement.getAttribute('aria-owns') ??
    handle.roleElement.getAttribute('aria-controls');
  return id ? doc.getElementById(id) : null;
}

/** The open menu's enabled options, in order; empty while it is closed. */
function openOptions(handle: ControlHandle): HTMLElement[] {
  const menu = menuOf(handle);
  if (!menu) return [];
  return Array.from(menu.querySelectorAll<HTMLElement>('[role="option"]')).filter((o) => o.getAttribute('aria-disabled') !== 'true');
}

/**
 * The open menu's option texts, kept for the next reading of the form (./menu-texts.ts); null
 * while it shows none. Whatever opened it (reading a row by its place, or a fill choosing).
 */
export function rememberOpenMenu(handle: ControlHandle): string[] | null {
  const open = openOptions(handle);
  if (open.length === 0) return null;
  const texts = open.map((o) => cleanText(o.textContent));
  menuTexts.set(handle.element, texts);
  return texts;
}

/**
 * The wanted option; `false` once the menu shows options and none is wanted (no point waiting).
 * The texts it read are remembered as rememberOpenMenu does, from the same reading (the menu is
 * read once per row, not again after the wait).
 */
function findOption(handle: ControlHandle, matches: TextMatcher): HTMLElement | false | null {
  const options = openOptions(handle);
  if (options.length === 0) return null;
  const texts = options.map((o) => cleanText(o.textContent));
  menuTexts.set(handle.element, texts);
  const index = texts.findIndex((text, i) => matches(text, i));
  return index < 0 ? false : options[index]!;
}

export function isOpen(handle: ControlHandle): boolean {
  return handle.roleElement.getAttribute('aria-expanded') === 'true' || handle.element.getAttribute('aria-expanded') === 'true';
}

/**
 * Opens the menu and clicks the wanted option. `false` when there is none (the menu is closed
 * again); else a check of whether the input shows the option now. The page takes the click at
 * once but renders the input's new text on its own time (a passive effect, a frame later), so a
 * fill clicks every row first and checks them all once at the end, the way a person's clicks
 * follow each other (waiting for each row cost a frame per row).
 */
async function chooseOption(handle: ControlHandle, matches: TextMatcher, currentIndex = -1): Promise<false | (() => boolean)> {
  const input = handle.element as HTMLInputElement;
  if (matches(cleanText(input.value), currentIndex)) return () => true;
  const body = input.ownerDocument.body;
  // A click opens the menu (it also focuses nothing): no separate focus and blur, which would
  // each cost the page another render of the whole form.
  if (!isOpen(handle)) input.click();
  // What the menu offered is remembered for the next reading (an option no table reads can then be asked about).
  const option = await waitFor(body, () => findOption(handle, matches));
  if (!option) {
    closeMenu(handle);
    return false;
  }
  const text = cleanText(option.textContent);
  option.click();
  return () => cleanText(input.value) === text;
}

/** Sets one combobox and waits until its input shows the chosen option. */
export async function setCombobox(handle: ControlHandle, matches: TextMatcher, currentIndex = -1): Promise<boolean> {
  const shown = await chooseOption(handle, matches, currentIndex);
  if (!shown) return false;
  return (await waitFor(handle.element.ownerDocument.body, () => (shown() ? true : null))) === true;
}

/** Leave the page as it was: close a menu we opened (Esc only closes an open menu). */
export function closeMenu(handle: ControlHandle): void {
  if (isOpen(handle)) handle.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

/**
 * Sets a native select (checked at once) or chooses a combobox's option (`chooseOption`: checked
 * by the caller once the page has rendered). `currentIndex`: the current option's place, where
 * known (rows read by position match by place).
 */
export async function setControl(handle: ControlHandle, matches: TextMatcher, currentIndex = -1): Promise<boolean | (() => boolean)> {
  if (handle.element instanceof HTMLSelectElement) return setNativeSelect(handle.element, matches);
  return chooseOption(handle, matches, currentIndex);
}
