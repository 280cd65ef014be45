/**
 * The shared unlock (issue 20, item 9; docs/vault-design.md §12): one unlock serves every open
 * vault page until the lock. The unlocked private key is kept as PKCS#8 bytes (base64url) in
 * `storage.session`, which the browser holds in memory only, clears when it closes, and opens to
 * extension pages and the background only (content scripts are refused by default in Chrome and
 * Firefox; nothing here widens that). Each page imports it again as a non-extractable key and runs
 * the vault's self-test before using it.
 *
 * The idle lock is a timestamp checked on every use (readSession removes an expired entry before
 * anyone can use it), so it holds with no vault page open; the background's alarm also removes it
 * (entrypoints/background.ts), so the bytes do not outlive the lock by more than a minute.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Minutes of no input in any vault page before the lock, or 'browser': only when the browser closes. */
export const IDLE_LOCK_CHOICES = [1, 5, 15, 60, 'browser'] as const;
export type IdleLock = (typeof IDLE_LOCK_CHOICES)[number];
const IDLE_LOCK_DEFAULT: IdleLock = 5;

const sessionSchema = z
  .object({
    keyId: z.string().min(1).max(64),
    /** PKCS#8 of the X25519 private key, base64url. */
    sk: z.string().min(1).max(256),
    /** When it was unlocked (ms since the epoch). */
    lastActive: z.number().int().nonnegative(),
  })
  .strict();
type StoredSession = z.infer<typeof sessionSchema>;
/** The shared unlock as read: `lastActive` is the later of the unlock and the last input. */
type VaultSession = StoredSession;

const idleSchema = z.union([z.literal(1), z.literal(5), z.literal(15), z.literal(60), z.literal('browser')]);

const sessionItem = storage.defineItem<unknown>('session:vaultSession', { fallback: null });
/** The last input in any vault page, apart from the key: a touch racing a Lock must never write
 *  the key back after the Lock removed it. */
const activityItem = storage.defineItem<unknown>('session:vaultActivity', { fallback: null });
const idleItem = storage.defineItem<unknown>('local:vaultIdleLock', { fallback: IDLE_LOCK_DEFAULT });

/** Why the last unlock ended, so every page says the same: the idle time, or a Lock. */
const endedItem = storage.defineItem<unknown>('session:vaultLockReason', { fallback: null });
export type LockEnd = 'idle' | 'lock';

/** The name of the background's alarm that removes an expired session. */
export const IDLE_ALARM = 'vault-idle-lock';

export function parseIdleLock(raw: unknown): IdleLock {
  const parsed = idleSchema.safeParse(raw);
  return parsed.success ? parsed.data : IDLE_LOCK_DEFAULT;
}

/** Whether an unlock last used at `lastActive` is over under `idle` (pure). */
export function sessionExpired(lastActive: number, idle: IdleLock, now: number): boolean {
  if (idle === 'browser') return false;
  return now - lastActive >= idle * 60_000;
}

export async function readIdleLock(): Promise<IdleLock> {
  return parseIdleLock(await idleItem.getValue());
}

export async function writeIdleLock(idle: IdleLock): Promise<void> {
  await idleItem.setValue(idle);
}

/**
 * The shared unlock if there is one and it is still valid; an expired or malformed one is removed
 * first, so no caller can use it.
 */
export async function readSession(now: number = Date.now()): Promise<VaultSession | null> {
  const [raw, activity, idle] = await Promise.all([sessionItem.getValue(), activityItem.getValue(), readIdleLock()]);
  if (raw === null || raw === undefined) return null;
  const parsed = sessionSchema.safeParse(raw);
  const touched = typeof activity === 'number' && Number.isSafeInteger(activity) ? activity : 0;
  const lastActive = parsed.success ? Math.max(parsed.data.lastActive, touched) : 0;
  if (!parsed.success || sessionExpired(lastActive, idle, now)) {
    await clearSession('idle');
    return null;
  }
  return { ...parsed.data, lastActive };
}

export async function writeSession(keyId: string, sk: string, now: number = Date.now()): Promise<void> {
  await Promise.all([activityItem.removeValue(), endedItem.removeValue()]);
  await sessionItem.setValue({ keyId, sk, lastActive: now } satisfies StoredSession);
  // The background's check once a minute while a key is shared (it clears the alarm when none is).
  await browser.alarms.create(IDLE_ALARM, { periodInMinutes: 1 });
}

/** Input in a vault page: the idle time starts again (for every page). */
export async function touchSession(now: number = Date.now()): Promise<void> {
  if (await readSession(now)) await activityItem.setValue(now);
}

/** The lock: every vault page drops its key when this is removed (watchSession). */
export async function clearSession(reason: LockEnd = 'lock'): Promise<void> {
  await endedItem.setValue(reason);
  await Promise.all([sessionItem.removeValue(), activityItem.removeValue()]);
}

/** Why the unlock ended (after the key went): the idle time, or a Lock anywhere. */
export async function lockEnd(): Promise<LockEnd> {
  return (await endedItem.getValue()) === 'idle' ? 'idle' : 'lock';
}

/** Calls `onChange` with whether a key is now shared (locked: false); returns the unwatch function. */
export function watchSession(onChange: (present: boolean) => void): () => void {
  return sessionItem.watch((value) => onChange(value !== null && value !== undefined));
}

export function watchIdleLock(onChange: (idle: IdleLock) => void): () => void {
  return idleItem.watch((value) => onChange(parseIdleLock(value)));
}
