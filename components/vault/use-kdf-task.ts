/**
 * Runs one passphrase operation (Argon2id inside) with progress and a user-facing error; refuses
 * a second run while one is going, so a double click never derives twice.
 */
import { useRef, useState } from 'preact/hooks';
import { describeError } from './record-text';

export interface KdfTask {
  busy: boolean;
  fraction: number;
  error: string;
  setError: (message: string) => void;
  run: <T>(task: (onProgress: (fraction: number) => void) => Promise<T>) => Promise<T | undefined>;
}

export function useKdfTask(): KdfTask {
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState(0);
  const [error, setError] = useState('');
  const running = useRef(false);

  async function run<T>(task: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T | undefined> {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setFraction(0);
    setError('');
    try {
      return await task(setFraction);
    } catch (e) {
      setError(describeError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return { busy, fraction, error, setError, run };
}
