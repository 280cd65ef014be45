/**
 * Probes for the agency-vault benchmark (vault-agency.bench.ts), evaluated in the options page or
 * installed in the control panel's main world. Each is self-contained (Playwright serialises it).
 *
 * "Painted" is the first moment after the DOM holds the result that a frame has been produced:
 * a requestAnimationFrame callback after the change, then a message posted from it (which runs
 * after that frame's paint). Times are performance.now() of the page that measures them.
 */

export type Until =
  /** The unlocked vault list: the Lock button, and the first record's actions. */
  | { kind: 'unlocked-list' }
  /** The vault section's status line says `text`. */
  | { kind: 'status'; text: string };

export interface Timing {
  /** The click's event time (when the input happened). */
  clicked: number;
  /** The DOM first held the result. */
  ready: number;
  /** The frame after that was produced. */
  painted: number;
}

/**
 * Arms a timing on the options page: the next click on the button named `button` starts it, and
 * `until` ends it. The result is awaited with `timingResult`.
 */
export function armTiming({ button, until, timeoutMs }: { button: string; until: Until; timeoutMs: number }): void {
  const g = globalThis as unknown as { __agencyTiming?: Promise<Timing> };
  g.__agencyTiming = new Promise<Timing>((resolve, reject) => {
    let clicked = 0;
    const onClick = (event: Event) => {
      const target = (event.target as Element | null)?.closest('button');
      if (target && target.textContent?.trim() === button && !clicked) clicked = event.timeStamp;
    };
    document.addEventListener('click', onClick, { capture: true });
    const holds = (): boolean => {
      if (until.kind === 'status') return document.querySelector('.vault-status')?.textContent?.includes(until.text) ?? false;
      const lock = [...document.querySelectorAll('.vault-actions button')].some((b) => b.textContent?.trim() === 'Lock');
      const first = document.querySelector('.vault-list > .vault-record');
      const actions = first ? [...first.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Download .txt') : false;
      return lock && actions;
    };
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${JSON.stringify(until)}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!clicked || !holds()) return;
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('click', onClick, { capture: true });
      const ready = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ clicked, ready, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

export function timingResult(): Promise<Timing> {
  return (globalThis as unknown as { __agencyTiming: Promise<Timing> }).__agencyTiming;
}

/**
 * Arms one keystroke in the vault search: from the keydown's event time to the frame after the
 * list changed (or, when the key changes nothing visible, after the input was handled).
 */
export function armKeystroke(timeoutMs: number): void {
  const g = globalThis as unknown as { __agencyKey?: Promise<{ ms: number; shown: number }> };
  const input = document.querySelector<HTMLInputElement>('#vault-search');
  if (!input) throw new Error('no search field');
  g.__agencyKey = new Promise((resolve, reject) => {
    let down = 0;
    const timer = setTimeout(() => reject(new Error('keystroke not seen')), timeoutMs);
    input.addEventListener('keydown', (event) => (down = event.timeStamp), { once: true });
    input.addEventListener(
      'input',
      () => {
        // Preact renders a state change in a microtask: by the next frame the list is current.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            clearTimeout(timer);
            resolve({ ms: performance.now() - down, shown: document.querySelectorAll('.vault-list > .vault-record').length });
          };
          channel.port2.postMessage(0);
        });
      },
      { once: true },
    );
  });
}

export function keystrokeResult(): Promise<{ ms: number; shown: number }> {
  return (globalThis as unknown as { __agencyKey: Promise<{ ms: number; shown: number }> }).__agencyKey;
}

export interface ListAuditProbe {
  /** The account table held every listed account. */
  table: number;
  /** Scopekeeper's bar said how many are in the vault, with every row marked. */
  ready: number;
  painted: number;
  inVaultText: string;
}

/**
 * Installed in the control panel's main world before its scripts: times the list page's audit
 * from the account table being rendered to the bar and the row marks painted with the vault's
 * answer. The bar's shadow root is open, so its text is read (and observed) from here.
 */
export function installListAuditProbe(accounts: number): void {
  const probe: ListAuditProbe = { table: 0, ready: 0, painted: 0, inVaultText: '' };
  (window as unknown as { __agencyList: ListAuditProbe }).__agencyList = probe;
  const observed = new WeakSet<Node>();
  const check = () => {
    if (!probe.table && document.querySelectorAll('table tbody tr').length >= accounts) probe.table = performance.now();
    const bar = document.querySelector('scopekeeper-list');
    if (bar?.shadowRoot && !observed.has(bar.shadowRoot)) {
      observed.add(bar.shadowRoot);
      observer.observe(bar.shadowRoot, { childList: true, subtree: true, characterData: true });
    }
    if (!probe.table || probe.ready) return;
    const text = bar?.shadowRoot?.textContent ?? '';
    const match = /\d+ of them have their credentials in the vault\./.exec(text);
    if (!match || document.querySelectorAll('scopekeeper-mark').length < accounts) return;
    probe.ready = performance.now();
    probe.inVaultText = match[0];
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.painted = performance.now());
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

interface KeyImport {
  name: string;
  usages: string[];
  start: number;
  end: number;
}

/**
 * Timestamps every SubtleCrypto.importKey in the options page. An unlock imports the vault's
 * public key, derives the KEK with Argon2id, then imports the derived bytes as an AES-GCM
 * unwrapping key: the gap between those two imports is the derivation, as the unlock ran it.
 */
export function installKeyImportProbe(): void {
  const g = globalThis as unknown as { __agencyImports?: KeyImport[] };
  if (g.__agencyImports) return;
  const imports: KeyImport[] = [];
  g.__agencyImports = imports;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back on the prototype and called with .apply
  const original = SubtleCrypto.prototype.importKey;
  SubtleCrypto.prototype.importKey = function (this: SubtleCrypto, ...args: unknown[]) {
    const start = performance.now();
    const algorithm = args[2] as string | { name?: string };
    const entry: KeyImport = { name: typeof algorithm === 'string' ? algorithm : (algorithm?.name ?? ''), usages: [...((args[4] as string[]) ?? [])], start, end: 0 };
    imports.push(entry);
    const result = (original as (...a: unknown[]) => Promise<CryptoKey>).apply(this, args);
    void result.then(() => (entry.end = performance.now())).catch(() => undefined);
    return result;
  } as typeof original;
}

/** The unlock's Argon2id derivation (see installKeyImportProbe), after `since`. */
export function unlockDerivation(since: number): { ms: number; start: number; end: number } | null {
  const imports = (globalThis as unknown as { __agencyImports?: KeyImport[] }).__agencyImports ?? [];
  const kek = imports.find((i) => i.start >= since && i.name === 'AES-GCM' && i.usages.includes('unwrapKey'));
  if (!kek) return null;
  const before = imports.filter((i) => i.start >= since && i.end > 0 && i.end <= kek.start).at(-1);
  if (!before) return null;
  return { ms: kek.start - before.end, start: before.end, end: kek.start };
}
