/**
 * The capture notice's buttons: worded by the background, bound to the tab they were shown in,
 * and "Encrypt for …" sealed at capture into one file that each hand-off key opens.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { noticeFile, offerNoticeActions, pressNoticeAction } from '../../../utils/background/notice-actions';
import { sealNoticeFile } from '../../../utils/background/notice-file';
import { captureNotice } from '../../../utils/decide/capture-notice';
import { useEnglishMessages } from '../english';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

const fields = { name: 'Acme sync', apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/', clientId: 'id123', clientSecret: 'secret456', accessToken: 'token789' };

async function opened(base64: string, identity: string): Promise<string> {
  const d = new Decrypter();
  d.addIdentity(identity);
  return d.decrypt(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), 'text');
}

describe('capture notice', () => {
  it('words the notice: what happened, what is missing, and the buttons (seal first)', () => {
    const n = captureNotice({ missing: ['clientSecret'], keepTxt: false, rescued: false }, { vault: 'v', seal: 's', sealedFor: 'Acme, Agency' });
    expect(n.warn).toBe(true);
    expect(n.title).toBe('Credentials captured and encrypted');
    expect(n.detail).toContain('Not found in the pop-up: Client Secret.');
    expect(n.detail).toContain('"Encrypt for Acme, Agency" downloads a file only those keys open');
    expect(n.actions).toEqual([
      { id: 's', label: 'Encrypt for Acme, Agency' },
      { id: 'v', label: 'Open in vault' },
    ]);
    expect(captureNotice({ missing: [], keepTxt: true, rescued: false }, { vault: 'v' })).toMatchObject({ warn: false, actions: [{ id: 'v', label: 'Open in vault' }] });
    expect(captureNotice({ missing: [], keepTxt: false, rescued: false }, null).actions).toEqual([]);
  });

  it('seals one file for every hand-off key, named for the account; only the fields the preset needs', async () => {
    const a = await generateX25519Identity();
    const b = await generateX25519Identity();
    const recipients = [
      { recipient: await identityToRecipient(a), name: 'Acme' },
      { recipient: await identityToRecipient(b), name: 'Agency' },
    ];
    const ids = await offerNoticeActions(7, 'rec-1', await sealNoticeFile({ recipients, selection: ['accessToken', 'apiPath', 'clientId'], fields }));
    expect(ids.sealedFor).toBe('Acme, Agency');
    const file = (await noticeFile(ids.seal!))!;
    expect(file).toMatchObject({ name: 'acme-sync.txt.age', recordId: 'rec-1', sealedFor: 'Acme, Agency' });
    const txt = `ACCESS TOKEN: token789\nAPI PATH: ${fields.apiPath}\nCLIENT ID: id123\n`;
    expect(await opened(file.base64, a)).toBe(txt);
    expect(await opened(file.base64, b)).toBe(txt);
    // The secret never sits there in clear.
    expect(atob(file.base64)).not.toContain('token789');
    // "Open in vault" has no file.
    expect(await noticeFile(ids.vault)).toBeNull();
  });

  it('opens the vault at the record only for the tab the notice was shown in', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const recipient = await identityToRecipient(await generateX25519Identity());
    const ids = await offerNoticeActions(7, 'rec-2', await sealNoticeFile({ recipients: [{ recipient }], selection: 'all', fields }));
    expect(await pressNoticeAction(ids.vault, { id: 8, index: 0 })).toEqual({ ok: false });
    expect(await pressNoticeAction(crypto.randomUUID(), { id: 7, index: 0 })).toEqual({ ok: false });
    expect(create).not.toHaveBeenCalled();
    expect(await pressNoticeAction(ids.vault, { id: 7, index: 3 })).toEqual({ ok: true });
    expect(await pressNoticeAction(ids.seal!, { id: 7, index: 3 })).toEqual({ ok: true });
    const urls = create.mock.calls.map(([c]) => c.url);
    expect(urls[0]).toMatch(/\/options\.html#record=rec-2$/);
    expect(urls[1]).toMatch(new RegExp(`/options\\.html#record=rec-2&file=${ids.seal!}$`));
    expect(create.mock.calls[0]![0]).toMatchObject({ index: 4, openerTabId: 7 });
  });

  it('offers no seal button without keys', async () => {
    const ids = await offerNoticeActions(7, 'rec-3');
    expect(ids.seal).toBeUndefined();
  });
});
