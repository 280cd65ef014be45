/**
 * Just enough WebDriver BiDi to drive Debian's Firefox ESR: Playwright 1.65's BiDi Firefox needs
 * commands ESR 153 does not have (emulation.setMediaFeaturesOverride), and its own patched
 * Firefox cannot be downloaded here. Launches Firefox headless on a fresh profile, and offers
 * send / events / evaluate over the session's WebSocket (Node 22's global WebSocket).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Json = Record<string, unknown>;

export class Bidi {
  #socket: WebSocket;
  #next = 1;
  #pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void; method: string }>();
  #listeners = new Map<string, Array<(params: Json) => void>>();

  readonly firefox: ChildProcess;
  version = 'unknown';

  // No parameter properties: scripts run under Node's type stripping, which cannot rewrite them.
  private constructor(socket: WebSocket, firefox: ChildProcess) {
    this.#socket = socket;
    this.firefox = firefox;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; type: string; method?: string; params?: Json; result?: Json; error?: string; message?: string };
      if (message.id !== undefined) {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.type === 'error') pending?.reject(new Error(`${pending.method}: ${message.error} ${message.message ?? ''}`));
        else pending?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {});
      }
    });
  }

  static async launch(executable: string, prefs: Record<string, string | number | boolean>): Promise<Bidi> {
    const profile = mkdtempSync(path.join(tmpdir(), 'scopekeeper-firefox-'));
    writeFileSync(path.join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
    const firefox = spawn(executable, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let log = '';
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (match) resolve(match[1]!);
      };
      firefox.stderr.on('data', onData);
      firefox.stdout.on('data', onData);
      firefox.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${log}`)));
      setTimeout(() => reject(new Error(`Firefox did not start BiDi in time:\n${log}`)), 30_000);
    });
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    const bidi = new Bidi(socket, firefox);
    const session = (await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } })) as { capabilities?: { browserVersion?: string } };
    bidi.version = session.capabilities?.browserVersion ?? 'unknown';
    return bidi;
  }

  send(method: string, params: Json = {}): Promise<Json> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method: string, listener: (params: Json) => void): void {
    this.#listeners.set(method, [...(this.#listeners.get(method) ?? []), listener]);
  }

  /** Evaluates `expression` (awaiting a promise) in a browsing context's page realm; returns its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception') throw new Error(`evaluate failed: ${result.exceptionDetails?.text ?? 'exception'} in ${expression.slice(0, 120)}`);
    const value = result.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  }

  /**
   * Real input, as a person's: the panel acts only on trusted events, so a page script's click()
   * or dispatched change would be ignored. `expression` must evaluate to the element to click.
   */
  async click(context: string, expression: string): Promise<void> {
    const result = (await this.send('script.evaluate', {
      // In view first: a pointer can only move inside the viewport.
      expression: `(() => { const e = (${expression}); e?.scrollIntoView({ block: 'center' }); return e; })()`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'root',
    })) as { type: string; result?: { sharedId?: string } };
    const sharedId = result.result?.sharedId;
    if (result.type !== 'success' || !sharedId) throw new Error(`click: no element for ${expression.slice(0, 120)}`);
    await this.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Presses keys (WebDriver key values, e.g. '\uE015' for ArrowDown) on the focused element. */
  async press(context: string, keys: string[]): Promise<void> {
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    });
  }

  /** Polls `expression` until it is truthy. */
  async waitFor<T>(context: string, expression: string, what: string, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    await this.send('browser.close').catch(() => undefined);
    this.#socket.close();
    await new Promise((resolve) => {
      if (this.firefox.exitCode !== null) resolve(null);
      else this.firefox.once('exit', resolve);
      setTimeout(() => {
        this.firefox.kill('SIGKILL');
        resolve(null);
      }, 5_000);
    });
  }
}
