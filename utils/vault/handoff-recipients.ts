/**
 * Where a record's "Encrypt for …" goes: the integrator keys bound into its header when it was
 * captured (trust boundaries, item 1), never the key its preset names today. A preset link or an
 * edited preset that changes the key therefore never re-aims a record captured before it; only an
 * explicit, named choice in the vault does (components/vault). Pure; for the vault page and for
 * anyone handing a record off.
 */
import type { RecordHeader } from './schemas';

export interface HandoffRecipient {
  /** An age X25519 public key, `age1…`. */
  recipient: string;
  /** The integrator's name for the key, when the preset gave one. */
  name?: string;
}

/** The recipients bound into the record at capture; empty when none were (older records, or no
 *  preset with a key was chosen). */
export function recordRecipients(header: Pick<RecordHeader, 'handoff'>): readonly HandoffRecipient[] {
  return header.handoff ?? [];
}

/** How a key is named to the merchant: its name, else its first characters ("age1abc…xyz"). */
export function recipientLabel(r: HandoffRecipient): string {
  return r.name ?? `${r.recipient.slice(0, 10)}…${r.recipient.slice(-4)}`;
}
