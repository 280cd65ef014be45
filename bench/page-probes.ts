/**
 * Main-world probes, installed with page.addInitScript before the fixture's own scripts. They
 * only read the clock and the DOM; the extension never sees them (its content script lives in
 * an isolated world). Times are `performance.timeOrigin + performance.now()` (ms since the epoch,
 * sub-ms resolution); see clock.ts for comparing them with the service worker's clock.
 */

export interface CaptureProbe {
  /** The credentials dialog became part of the document (DOM insertion call returned). */
  inserted: number[];
  /** A MutationObserver created before the content script's first saw it (end of that task). */
  observed: number[];
  /** The content script put up its result notice (after the background acknowledged). */
  notices: number[];
}

/** Serialised by Playwright into the page: must be self-contained. */
export function installCaptureProbe(): void {
  const now = () => performance.timeOrigin + performance.now();
  const probe: CaptureProbe = { inserted: [], observed: [], notices: [] };
  (window as unknown as { __benchCapture: CaptureProbe }).__benchCapture = probe;
  const seen = new WeakSet<Element>();
  const isDialog = (el: Element) => el.matches('[role="dialog"], dialog');
  const dialogIn = (node: Node): Element | null =>
    node instanceof Element ? (isDialog(node) ? node : node.querySelector('[role="dialog"], dialog')) : null;

  // React commits (and BigDesign's portal) insert with appendChild/insertBefore; plain DOM code
  // may use append. Wrapping them timestamps the insertion itself, not the end of the task.
  const note = (node: unknown) => {
    if (!(node instanceof Element) || !node.isConnected) return;
    const dialog = dialogIn(node);
    if (dialog && !seen.has(dialog)) {
      seen.add(dialog);
      probe.inserted.push(now());
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- saved to be called with .call(this, …) from the patched method
  const appendChild = Node.prototype.appendChild;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    const result = appendChild.call(this, node) as T;
    note(node);
    return result;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- saved to be called with .call(this, …) from the patched method
  const insertBefore = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    const result = insertBefore.call(this, node, child) as T;
    note(node);
    return result;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- saved to be called with .call(this, …) from the patched method
  const append = Element.prototype.append;
  Element.prototype.append = function (this: Element, ...nodes: (Node | string)[]) {
    append.apply(this, nodes);
    nodes.forEach(note);
  };

  new MutationObserver((records) => {
    const t = now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName === 'scopekeeper-notice') probe.notices.push(t);
        else if (dialogIn(node)) {
          const dialog = dialogIn(node)!;
          if (!seen.has(dialog)) {
            seen.add(dialog);
            probe.inserted.push(t);
          }
          probe.observed.push(t);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

export interface FillProbe {
  clicked: number | null;
  /** Panel status first read "28 of 28 scopes match" with the button enabled again. */
  statusDone: number | null;
  /** The page's own React state first held every target level. */
  stateDone: number | null;
  /** Long tasks (≥ 50 ms) that started after the click: the page is idle until then. */
  longTasks: number[];
}

/**
 * Arms a probe on the in-page panel (an open shadow root, so the main world can observe it):
 * the click on "Fill form" starts the clock, the status line and the page state stop it.
 */
export function armFillProbe(target: Record<string, string>): void {
  const probe: FillProbe = { clicked: null, statusDone: null, stateDone: null, longTasks: [] };
  const w = window as unknown as { __benchFill: FillProbe; __FIXTURE__: { state: () => { scopes: Record<string, string> } | null } };
  w.__benchFill = probe;
  const shadow = document.querySelector('scopekeeper-panel')!.shadowRoot!;
  const button = shadow.querySelector('button')!;
  const status = shadow.querySelector('[role="status"]')!;
  const stateMatches = () => {
    const scopes = w.__FIXTURE__.state()?.scopes ?? {};
    return Object.entries(target).every(([label, level]) => scopes[label] === level);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (probe.clicked !== null && entry.startTime + entry.duration >= probe.clicked) probe.longTasks.push(entry.duration);
    }
  }).observe({ type: 'longtask' });
  // Capture phase on the shadow root: runs before the panel's own listener on the button.
  shadow.addEventListener('click', (e) => {
    if (e.target === button && probe.clicked === null) probe.clicked = performance.now();
  }, { capture: true });
  // React state settles a task after the DOM (downshift reports from a passive effect). Polled
  // once per task, and only after the status line settled, so the probe never competes with
  // the fill it is timing.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (stateMatches()) probe.stateDone = performance.now();
    else channel.port2.postMessage(null);
  };
  const observer = new MutationObserver(() => {
    if (probe.clicked === null || probe.statusDone !== null) return;
    if (status.textContent?.includes('28 of 28 scopes match') && !button.disabled) {
      probe.statusDone = performance.now();
      observer.disconnect();
      if (stateMatches()) probe.stateDone = probe.statusDone;
      else channel.port2.postMessage(null);
    }
  });
  observer.observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
}

export interface FloorResult {
  /** First click → the page's React state holds every target level (ms). */
  ms: number;
  /** How the options of each opened menu came to exist: after how many microtasks, or only after a task. */
  optionsAfterMicrotasks: number[];
  optionsAfterTasks: number;
  /** Long tasks (≥ 50 ms) overlapping the floor fill: all of them are the page's own. */
  longTasks: number[];
}

/**
 * The page's own floor for a fill: the same open-and-choose the extension performs, dispatched
 * by the page itself with nothing in between. Comboboxes: click the input (opens the menu), then
 * click the option; native selects: the prototype's value setter and a bubbling change. The only
 * waiting is for options to exist: React 19 renders a discrete click's update in a microtask, so
 * the options are looked for after each microtask (a task is the fallback, counted separately).
 * Controls are resolved before the clock starts; the clock stops when `__FIXTURE__.state()`
 * holds every target level, checked after each microtask and then once a task.
 *
 * Serialised by Playwright into the page: must be self-contained.
 */
export async function floorFill(target: Record<string, string>): Promise<FloorResult> {
  const w = window as unknown as { __FIXTURE__: { state: () => { scopes: Record<string, string> } | null } };
  const stateMatches = () => {
    const scopes = w.__FIXTURE__.state()?.scopes ?? {};
    return Object.entries(target).every(([label, level]) => scopes[label] === level);
  };
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const labels = Array.from(document.querySelectorAll('label'));
  const controls = Object.entries(target).map(([label, option]) => {
    const el = labels.find((l) => text(l) === label);
    if (!el) throw new Error(`floor: no label "${label}"`);
    // <label for> (bigdesign, native), or aria-labelledby only (legacy downshift 6).
    const control = (el.htmlFor ? document.getElementById(el.htmlFor) : document.querySelector(`input[aria-labelledby~="${el.id}"]`)) as
      | HTMLInputElement
      | HTMLSelectElement
      | null;
    if (!control) throw new Error(`floor: no control for "${label}"`);
    return { control, option };
  });
  const menuOf = (input: HTMLInputElement) => {
    const id = input.getAttribute('aria-controls') ?? input.closest('[role="combobox"]')?.getAttribute('aria-owns');
    return id ? document.getElementById(id) : null;
  };
  const findOption = (input: HTMLInputElement, option: string) =>
    Array.from(menuOf(input)?.querySelectorAll<HTMLElement>('[role="option"]') ?? []).find((o) => text(o) === option) ?? null;
  const nextTask = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native setter is only ever invoked with .call(select, …)
  const selectSetter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;

  const result: FloorResult = { ms: 0, optionsAfterMicrotasks: [], optionsAfterTasks: 0, longTasks: [] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime + entry.duration >= start) result.longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  for (const { control, option } of controls) {
    if (control instanceof HTMLSelectElement) {
      const value = Array.from(control.options).find((o) => text(o) === option)!.value;
      selectSetter.call(control, value);
      control.dispatchEvent(new Event('change', { bubbles: true }));
      continue;
    }
    control.click();
    let found = findOption(control, option);
    let microtasks = 0;
    while (!found && microtasks < 50) {
      await Promise.resolve();
      microtasks++;
      found = findOption(control, option);
    }
    if (found) result.optionsAfterMicrotasks.push(microtasks);
    while (!found) {
      await nextTask();
      result.optionsAfterTasks++;
      found = findOption(control, option);
    }
    found.click();
  }
  for (let microtasks = 0; !stateMatches(); microtasks++) {
    if (microtasks < 50) await Promise.resolve();
    else await nextTask();
  }
  result.ms = performance.now() - start;
  // Long-task entries arrive after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  return result;
}

export interface InputProbe {
  /** Each keydown's wait: from the key's own time stamp (when the browser received it) to the
   *  page's listener running, ms. */
  delays: number[];
  /** When each keydown was handled (performance.now()). */
  handledAt: number[];
}

/**
 * Times how long a key pressed during a fill waits before the page can handle it: a main-world
 * keydown listener in the capture phase, the first code of the page to run for it. The delay is
 * `performance.now() - event.timeStamp` (the event's time stamp is when the browser received the
 * input, on the same clock). Serialised by Playwright into the page: must be self-contained.
 */
export function armInputProbe(): void {
  const probe: InputProbe = { delays: [], handledAt: [] };
  (window as unknown as { __benchInput: InputProbe }).__benchInput = probe;
  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      probe.delays.push(now - event.timeStamp);
      probe.handledAt.push(now);
    },
    { capture: true },
  );
}
