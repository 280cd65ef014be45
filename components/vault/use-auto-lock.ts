/**
 * The vault page's side of the shared unlock (utils/vault-session.ts, docs/vault-design.md §12):
 *  - a page that opens while the vault is unlocked elsewhere takes that unlock (self-tested);
 *  - Lock anywhere (this page, another vault page, the popup) removes the shared key, and every
 *    page drops its own;
 *  - input in any vault page starts the idle time again; when it runs out (the setting: 1, 5, 15
 *    or 60 minutes, or only when the browser closes) the next check removes the key. Checks run at
 *    the expected expiry and when the page becomes visible again, against the wall clock, because
 *    timers are throttled in background tabs and paused while the computer sleeps.
 * Closing or leaving one vault page no longer locks the others; a page restored from the
 * back/forward cache checks again before it shows anything unlocked.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { UnlockedKey } from '../../utils/vault';
import { encodeBase64url } from '../../utils/vault/base64url';
import {
  lockEnd,
  readIdleLock,
  readSession,
  touchSession,
  watchIdleLock,
  watchSession,
  writeSession,
} from '../../utils/vault-session';
import { pageVault } from './page-vault';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
/** Input refreshes the shared timestamp at most this often. */
const TOUCH_EVERY_MS = 5_000;

export type LockReason = 'idle' | 'elsewhere';

/** Pass as `share` to unlock, setPassphrase and changePassphrase: publishes the unlock to every vault page. */
export async function shareUnlock(keyId: string, pkcs8: Uint8Array): Promise<void> {
  await writeSession(keyId, encodeBase64url(pkcs8));
}

export function useSharedUnlock(props: {
  held: UnlockedKey | null;
  /** The key id the page holds now (ahead of `held`, which changes at the next render). */
  heldKeyId: () => string | undefined;
  /** The vault was unlocked in another page (or before this page opened). */
  onShared: (key: UnlockedKey) => void;
  onLocked: (reason: LockReason) => void;
}): void {
  const propsRef = useRef(props);
  propsRef.current = props;
  const active = props.held !== null;

  // Take the shared unlock when the page opens and whenever it changes; drop the key when it goes.
  useEffect(() => {
    let disposed = false;
    const sync = async () => {
      const session = await readSession();
      if (disposed) return;
      const { heldKeyId, onShared, onLocked } = propsRef.current;
      if (!session) {
        if (heldKeyId() !== undefined) onLocked((await lockEnd()) === 'idle' ? 'idle' : 'elsewhere');
        return;
      }
      if (heldKeyId() === session.keyId) return;
      try {
        const key = await pageVault().openShared(session.keyId, session.sk);
        if (!disposed && propsRef.current.heldKeyId() !== key.keyId) onShared(key);
      } catch {
        // A key for another vault (rotated meanwhile, or not yet stored): the next change brings the right one.
      }
    };
    void sync();
    const unwatch = watchSession(() => void sync());
    const unwatchIdle = watchIdleLock(() => void sync());
    const onShow = (event: PageTransitionEvent) => event.persisted && void sync();
    window.addEventListener('pageshow', onShow);
    return () => {
      disposed = true;
      unwatch();
      unwatchIdle();
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  // While unlocked: input refreshes the shared timestamp; a check at the expected expiry locks.
  useEffect(() => {
    if (!active) return;
    let lastTouch = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const check = async () => {
      clearTimeout(timer);
      const [session, idle] = await Promise.all([readSession(), readIdleLock()]);
      if (stopped) return;
      if (!session) {
        propsRef.current.onLocked((await lockEnd()) === 'idle' ? 'idle' : 'elsewhere');
        return;
      }
      if (idle === 'browser') return;
      timer = setTimeout(() => void check(), Math.max(1_000, session.lastActive + idle * 60_000 - Date.now() + 250));
    };
    const onInput = () => {
      const now = Date.now();
      if (now - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = now;
      void touchSession(now);
    };
    const onVisible = () => document.visibilityState === 'visible' && void check();
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    const unwatchIdle = watchIdleLock(() => void check());
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatchIdle();
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active]);
}
