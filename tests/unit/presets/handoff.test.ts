/**
 * Preset hand-off fields (issue 12, items 3 and 4): `handoff.recipient` must be a real X25519
 * age recipient; `credentialFields` lists what the integration needs.
 */
import { bech32 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { ageRecipientProblem } from '../../../utils/handoff/recipient';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { parsePresetFile, presetFileText } from '../../../utils/presets/file';


/** tests/fixtures/handoff/integrator-key.txt's public key (made with age-keygen). */
const RECIPIENT = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';

const litExtension = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;

function fileWith(extra: Record<string, unknown>): string {
  return JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [{ ...(JSON.parse(presetFileText([litExtension])) as { presets: object[] }).presets[0], ...extra }] });
}

describe('ageRecipientProblem', () => {
  it('accepts a key from age-keygen', () => {
    expect(ageRecipientProblem(RECIPIENT)).toBeNull();
  });

  it('refuses a changed character (checksum), a truncated key, other key types and low-order points', () => {
    const flipped = RECIPIENT.slice(0, 20) + (RECIPIENT[20] === 'q' ? 'p' : 'q') + RECIPIENT.slice(21);
    expect(ageRecipientProblem(flipped)).toBe('checksum');
    expect(ageRecipientProblem(RECIPIENT.slice(0, -1))).toBe('format');
    expect(ageRecipientProblem(RECIPIENT.toUpperCase())).toBe('format');
    expect(ageRecipientProblem(`${RECIPIENT} `)).toBe('format');
    expect(ageRecipientProblem('AGE-SECRET-KEY-1ZDFUKW6RPLSCZGTKEPD774Z3MJVQVMVRLS3FW79G749QZC8CQY3S7VRKQ7')).toBe('format');
    expect(ageRecipientProblem(`age1pq1${'q'.repeat(60)}`)).toBe('not-x25519');
    expect(ageRecipientProblem(bech32.encodeFromBytes('age', new Uint8Array(32)))).toBe('weak-key');
    // Right checksum, wrong human-readable part.
    const other = bech32.encodeFromBytes('agf', new Uint8Array(32).fill(7));
    expect(ageRecipientProblem(other)).toBe('format');
  });
});

describe('preset schema: handoff and credentialFields', () => {
  it('LitExtension needs API path, Client ID and Access Token only', () => {
    expect(litExtension.credentialFields).toEqual(['apiPath', 'clientId', 'accessToken']);
  });

  it('a preset with a valid recipient imports back unchanged, fields included', () => {
    const result = parsePresetFile(fileWith({ handoff: { recipient: RECIPIENT } }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.presets[0]!.handoff).toEqual({ recipient: RECIPIENT });
      expect(parsePresetFile(presetFileText(result.presets))).toEqual(result);
    }
  });

  it('refuses a bad recipient, with the path and a reason', () => {
    const result = parsePresetFile(fileWith({ handoff: { recipient: RECIPIENT.slice(0, -1) } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
      expect(result.issues).toEqual([expect.objectContaining({ path: 'presets[0].handoff.recipient', message: expect.stringContaining('age X25519 public key') })]);
    }
    const extra = parsePresetFile(fileWith({ handoff: { recipient: RECIPIENT, url: 'x' } }));
    expect(extra.ok).toBe(false);
  });

  it('refuses unknown or repeated credential fields', () => {
    for (const credentialFields of [['password'], ['clientId', 'clientId'], []]) {
      expect(parsePresetFile(fileWith({ credentialFields })).ok).toBe(false);
    }
  });
});
