/**
 * Locks the vault when the page is hidden for good (pagehide: closing, navigating, or entering
 * the back/forward cache, from which it must come back locked) and after IDLE_LOCK_MS without
 * any input. Elapsed time is checked against the wall clock as well as by the timer, because
 * timers are throttled in background tabs and paused while the computer sleeps.
 */
import { useEffect, useRef } from 'preact/hooks';

const IDLE_LOCK_MS = 5 * 60_000;

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input', 'focusin'] as const;

export type LockReason = 'idle' | 'pagehide';

export function useAutoLock(active: boolean, lock: (reason: LockReason) => void, idleMs: number = IDLE_LOCK_MS): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;

  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const left = last + idleMs - Date.now();
      if (left <= 0) lockRef.current('idle');
      else timer = setTimeout(check, left);
    };
    const onInput = () => {
      last = Date.now();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        clearTimeout(timer);
        check();
      }
    };
    const onPageHide = () => lockRef.current('pagehide');

    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pagehide', onPageHide);
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [active, idleMs]);
}
