/** Copy-then-clear: the clear comes after the delay, a newer copy restarts it, and a clear that
 *  fails (page not focused) is retried on focus. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoClearClipboard } from '../../utils/clipboard';

function fakeClipboard() {
  const state = { text: '', focused: true };
  return {
    state,
    writeText: vi.fn((text: string) => {
      if (!state.focused) return Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));
      state.text = text;
      return Promise.resolve();
    }),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autoClearClipboard', () => {
  it('clears after 30 seconds, not before', async () => {
    const clipboard = fakeClipboard();
    const onCleared = vi.fn();
    const auto = autoClearClipboard({ clipboard, target: new EventTarget() as unknown as Window, onCleared });
    await auto.copy('secret-token');
    expect(clipboard.state.text).toBe('secret-token');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(clipboard.state.text).toBe('secret-token');
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.state.text).toBe('');
    expect(onCleared).toHaveBeenCalledOnce();
    expect(auto.pending).toBe(false);
  });

  it('a second copy restarts the timer', async () => {
    const clipboard = fakeClipboard();
    const auto = autoClearClipboard({ clipboard, target: new EventTarget() as unknown as Window });
    await auto.copy('first');
    await vi.advanceTimersByTimeAsync(20_000);
    await auto.copy('second');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.state.text).toBe('second');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(clipboard.state.text).toBe('');
  });

  it('retries the clear when the page gets focus back', async () => {
    const clipboard = fakeClipboard();
    const target = new EventTarget();
    const auto = autoClearClipboard({ clipboard, target: target as unknown as Window });
    await auto.copy('secret-token');
    clipboard.state.focused = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.state.text).toBe('secret-token');
    expect(auto.pending).toBe(true);
    clipboard.state.focused = true;
    target.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(0);
    expect(clipboard.state.text).toBe('');
    expect(auto.pending).toBe(false);
  });

  it('dispose drops the pending clear', async () => {
    const clipboard = fakeClipboard();
    const auto = autoClearClipboard({ clipboard, target: new EventTarget() as unknown as Window });
    await auto.copy('secret-token');
    auto.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
  });
});

describe('compare, then clear', () => {
  function readableClipboard() {
    const board = fakeClipboard();
    return { ...board, readText: vi.fn(() => Promise.resolve(board.state.text)) };
  }

  it('leaves the clipboard alone when it no longer holds the copied value', async () => {
    const clipboard = readableClipboard();
    const onCleared = vi.fn();
    const onReplaced = vi.fn();
    const auto = autoClearClipboard({ clipboard, target: new EventTarget() as unknown as Window, onCleared, onReplaced });
    await auto.copy('secret-token');
    clipboard.state.text = 'something the user copied elsewhere';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.state.text).toBe('something the user copied elsewhere');
    expect(onCleared).not.toHaveBeenCalled();
    expect(onReplaced).toHaveBeenCalledOnce();
    expect(auto.pending).toBe(false);
  });

  it('clears when it still holds the value, and when it cannot be read at all', async () => {
    const clipboard = readableClipboard();
    const auto = autoClearClipboard({ clipboard, target: new EventTarget() as unknown as Window });
    await auto.copy('secret-token');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.state.text).toBe('');

    const unreadable = { ...fakeClipboard(), readText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) };
    const auto2 = autoClearClipboard({ clipboard: unreadable, target: new EventTarget() as unknown as Window });
    await auto2.copy('secret-token');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(unreadable.state.text).toBe('');
  });
});
