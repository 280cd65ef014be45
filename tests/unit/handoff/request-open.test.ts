/**
 * Request links and sealed files: a request is the preset link format with the key as recipient
 * (a built-in travels as a copy under its own id), several recipients seal one file each opens,
 * and "Open sealed files" names what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { encryptToRecipients } from '../../../utils/backup/age-file';
import { handoffFile, handoffRecipients } from '../../../utils/handoff/file';
import { createHandoffKey } from '../../../utils/handoff/keys';
import { MAX_SEALED_FILE_BYTES, openSealedFile } from '../../../utils/handoff/open';
import { requestLink, requestMessage, requestPreset } from '../../../utils/handoff/request';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { checkPresetLink } from '../../../utils/presets/link';

const litExtension = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const modernRetail = BUILTIN_PRESETS.find((p) => /modern-retail/.test(p.id))!;

describe('request links', () => {
  it('carry the preset with the key as recipient; a built-in travels as a copy', async () => {
    const key = await createHandoffKey();
    const link = await requestLink(litExtension, { name: 'Acme Integrations', recipient: key.recipient });
    expect(link.startsWith('https://login.bigcommerce.com/deep-links/settings/api-accounts/create#scopekeeper-preset=1.')).toBe(true);
    const checked = await checkPresetLink(link.slice(link.indexOf('#')));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.id).toBe('litextension-to-bigcommerce-for-acme-integrations');
    expect(checked.value.handoff).toEqual({ recipient: key.recipient, name: 'Acme Integrations' });
    expect(checked.value.scopes).toEqual(litExtension.scopes);
    // Sizes for the note.
    const mr = await requestLink(modernRetail, { name: 'Acme Integrations', recipient: key.recipient });
    console.log(`request link sizes: LitExtension ${link.length}, Modern Retail ${mr.length}`);
    expect(link.length).toBeLessThan(4000);
    expect(mr.length).toBeLessThan(4000);
  });

  it('keep an earlier recipient as a further one (one file for each)', async () => {
    const agency = await createHandoffKey();
    const integrator = await createHandoffKey();
    const withAgency = { ...litExtension, id: 'custom-lit', handoff: { recipient: agency.recipient, name: 'Agency' } };
    const req = requestPreset(withAgency, { name: 'Integrator', recipient: integrator.recipient });
    expect(req.id).toBe('custom-lit');
    expect(handoffRecipients(req.handoff!)).toEqual([integrator.recipient, agency.recipient]);
    const checked = await checkPresetLink((await requestLink(withAgency, { name: 'Integrator', recipient: integrator.recipient })).split('#')[1]!);
    expect(checked.ok).toBe(true);
  });

  it('the message has the link and three numbered steps', () => {
    const text = requestMessage('https://x', { intro: 'Hi', message: ' Thanks ', steps: ['a', 'b', 'c'], closing: 'Bye' });
    expect(text).toBe('Hi\n\nThanks\n\nhttps://x\n\n1. a\n2. b\n3. c\n\nBye\n');
  });
});

describe('sealed files', () => {
  const cred = {
    name: 'LitExtension migration',
    apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
    clientId: 'a'.repeat(31),
    clientSecret: 'b'.repeat(31),
    accessToken: 'c'.repeat(31),
  };

  it('several recipients: one file that each opens', async () => {
    const a = await createHandoffKey();
    const b = await createHandoffKey();
    const file = await handoffFile(cred as never, [a.recipient, b.recipient], 'all');
    expect(file.name).toBe('litextension-migration.txt.age');
    for (const k of [a, b]) {
      const opened = await openSealedFile(file.bytes, [{ id: 'x', name: 'k', identity: k.identity }]);
      expect(opened.ok && opened.text).toContain(cred.accessToken);
    }
  });

  it('names which key opened it, and refuses wrong key, truncated, too large and not age', async () => {
    const mine = await createHandoffKey();
    const other = await createHandoffKey();
    const keys = [
      { id: '1', name: 'Other', identity: other.identity },
      { id: '2', name: 'Mine', identity: mine.identity },
    ];
    const bytes = await encryptToRecipients('Access Token: xyz\n', [mine.recipient]);
    const opened = await openSealedFile(bytes, keys);
    expect(opened.ok && opened.key.name).toBe('Mine');
    expect(await openSealedFile(bytes, [keys[0]!])).toEqual({ ok: false, problem: 'no-key' });
    expect(await openSealedFile(bytes.subarray(0, bytes.length - 5), keys)).toEqual({ ok: false, problem: 'damaged' });
    expect(await openSealedFile(new Uint8Array(MAX_SEALED_FILE_BYTES + 1), keys)).toEqual({ ok: false, problem: 'too-large' });
    expect(await openSealedFile(new TextEncoder().encode('hello'), keys)).toEqual({ ok: false, problem: 'not-age' });
  });
});

describe('handoff.name and more in files and the editor', () => {
  it('a preset file keeps them; the schema refuses a control character, a long name and a recipient twice', async () => {
    const { parsePresetFile, presetFileText } = await import('../../../utils/presets/file');
    const { draftFromPreset, presetFromDraft } = await import('../../../components/presets/draft');
    const a = (await createHandoffKey()).recipient;
    const b = (await createHandoffKey()).recipient;
    const preset = { ...litExtension, id: 'acme-lit', handoff: { recipient: a, name: 'Acme', more: [{ recipient: b, name: 'Agency' }] } };
    const parsed = parsePresetFile(presetFileText([preset]));
    expect(parsed.ok && parsed.presets[0]!.handoff).toEqual(preset.handoff);
    for (const handoff of [{ recipient: a, name: 'bad\nname' }, { recipient: a, name: 'x'.repeat(61) }, { recipient: a, more: [{ recipient: a }] }]) {
      expect(parsePresetFile(presetFileText([{ ...preset, handoff }])).ok).toBe(false);
    }
    // Editing keeps the name while the key stays, and the further recipients in any case.
    expect(presetFromDraft(draftFromPreset(preset)).handoff).toEqual(preset.handoff);
    const c = (await createHandoffKey()).recipient;
    expect(presetFromDraft({ ...draftFromPreset(preset), handoffRecipient: c }).handoff).toEqual({ recipient: c, more: [{ recipient: b, name: 'Agency' }] });
  });
});
