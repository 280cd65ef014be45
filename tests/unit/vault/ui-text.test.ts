/**
 * The vault section's words for headers and errors: every flag gets a sentence from the locale,
 * redundant ones are folded, and errors are worded by type, never by their message (which could
 * carry anything).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeError, describeFlags, describeOptionalRows, describeRescueMove, describeScopes, describeTokenType } from '../../../components/vault/record-text';
import { confirmProblem, newPassphraseProblem } from '../../../components/vault/passphrase-policy';
import { useEnglishMessages } from '../english';
import { PassphrasePolicyError, TamperedRecordError, VaultStateError, WrongPassphraseError } from '../../../utils/vault';


beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('describeFlags', () => {
  it('words every flag the capture and import paths can set', () => {
    const flags = [
      'client-id-format',
      'client-secret-format',
      'access-token-format',
      'api-path-format',
      'store-hash-mismatch',
      'missing-client-id',
      'missing-client-secret',
      'missing-access-token',
      'api-path-from-host',
      'missing-api-path',
      'name-missing',
      'imported',
      'preset-unread',
    ];
    for (const flag of flags) {
      const [only] = describeFlags([flag]);
      expect(only?.text, flag).toMatch(/^[A-Z].*\.$/);
      expect(only?.text, flag).not.toContain('vault_');
    }
    expect(describeFlags(['store-hash-mismatch'])[0]?.text).toContain('fake pop-up');
    expect(describeFlags(['imported'])[0]?.tone).toBe('info');
    // Says what the record lacks, not that its values are in doubt.
    const [unread] = describeFlags(['preset-unread']);
    expect(unread?.tone).toBe('info');
    expect(unread?.text).toContain('could not read which preset');
  });

  it('does not repeat a missing value as a format problem, and shows the summary flag only alone', () => {
    expect(describeFlags(['access-token-format', 'missing-access-token', 'unexpected-format']).map((f) => f.flag)).toEqual(['missing-access-token']);
    expect(describeFlags(['client-id-format', 'unexpected-format']).map((f) => f.flag)).toEqual(['client-id-format']);
    expect(describeFlags(['unexpected-format']).map((f) => f.flag)).toEqual(['unexpected-format']);
  });

  it('an account-level record: no API path is said once, and a path of the wrong shape names the account shape', () => {
    expect(describeFlags(['api-path-format', 'missing-api-path', 'unexpected-format'], 'account-level').map((f) => f.flag)).toEqual(['missing-api-path']);
    expect(describeFlags(['missing-api-path'])[0]?.text).toContain('cannot be built');
    expect(describeFlags(['api-path-format'], 'account-level')[0]?.text).toContain('/accounts/');
    expect(describeFlags(['api-path-format'])[0]?.text).toContain('/stores/');
  });

  it('shows a flag from a newer version as it is (flags are [a-z0-9-] by schema)', () => {
    expect(describeFlags(['future-thing'])[0]?.text).toBe('Note: future-thing');
  });
});

describe('headers in words', () => {
  it('token types', () => {
    expect(describeTokenType('v2v3')).toBe('V2/V3 API token');
    expect(describeTokenType('stencil-cli')).toBe('Stencil-CLI token');
    expect(describeTokenType('unknown')).toBe('Token type not recorded');
    expect(describeTokenType('account-level')).toBe('Account-level');
  });

  it('scopes of an account-level record: resource labels and levels, in the form order', () => {
    expect(describeScopes({ 'account-users': 'write', charges: 'modify', account: 'read-only', 'account-apps': 'none' })).toEqual([
      'Account: read-only',
      'Account Users: write',
      'Charges: modify',
    ]);
  });

  it('scopes: granted rows only, in the form order, with the UI labels', () => {
    expect(describeScopes({ products: 'modify', content: 'read-only', orders: 'none', 'some-new-row': 'modify' })).toEqual([
      'Content: read-only',
      'Products: modify',
      'some-new-row: modify',
    ]);
  });

  it('scopes: a row at its own default is not granted (Metafields Access: Standard)', () => {
    expect(describeScopes({ 'metafields-access': 'standard', orders: 'none', products: 'read-only' })).toEqual(['Products: read-only']);
    expect(describeScopes({ 'metafields-access': 'full' })).toEqual(['Metafields Access: Full']);
  });

  it('optional rows: included and left out, by their labels', () => {
    expect(describeOptionalRows({ included: ['customers', 'products'], excluded: ['orders'] })).toEqual([
      'Optional rows included: Customers, Products',
      'Optional rows left out: Orders',
    ]);
    expect(describeOptionalRows(undefined)).toEqual([]);
  });

  it('the keep-txt flag is information, not a warning', () => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
    expect(describeFlags(['keep-txt'])).toEqual([{ flag: 'keep-txt', text: expect.stringContaining('keep it until you have uploaded it'), tone: 'info' }]);
  });
});

describe('describeError', () => {
  it('maps each vault error to its sentence', () => {
    expect(describeError(new WrongPassphraseError())).toBe('That passphrase is not right.');
    expect(describeError(new PassphrasePolicyError('too-short', 12))).toBe('Use at least 12 characters.');
    expect(describeError(new VaultStateError('concurrent-change'))).toContain('changed in another tab');
  });

  it('never passes an error message through', () => {
    const secret = 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a';
    expect(describeError(new Error(`boom ${secret}`))).toBe('Something went wrong. Nothing was changed.');
    expect(describeError(new TamperedRecordError('auth-failed'))).not.toContain('auth-failed');
  });
});

describe('describeRescueMove', () => {
  const none = { moved: 0, alreadyThere: 0, altered: [], unreadable: 0, notPlaced: 0 };
  it('says what moved, what was already there, and names what stayed behind', () => {
    expect(describeRescueMove({ ...none, moved: 3, alreadyThere: 1 })).toBe('3 moved into your vault. 1 already in your vault, not added twice.');
    expect(describeRescueMove({ ...none, moved: 1, altered: [{ recordId: 'r1', name: 'orders sync' }], notPlaced: 2, unreadable: 1 })).toBe(
      '1 moved into your vault. Could not be opened (altered in storage), kept in the rescue vault: “orders sync”. ' +
        '2 could not be added to your vault and stay in the rescue vault. ' +
        '1 entry is in a format this version of Scopekeeper cannot read; it stays in the rescue vault.',
    );
    expect(describeRescueMove(none)).toBe('Nothing was moved.');
  });
});

describe('passphrase policy in the form', () => {
  it('counts characters after NFC, like the vault', () => {
    expect(newPassphraseProblem('elevenchars')).toBe('Use at least 12 characters.');
    // 12 decomposed "é" are 24 code units but 12 characters after NFC.
    expect(newPassphraseProblem('e\u0301'.repeat(12))).toBeNull();
    expect(newPassphraseProblem('x'.repeat(1025))).toBe('Use at most 1024 characters.');
    expect(confirmProblem('crème brûlée!!', 'cre\u0300me bru\u0302le\u0301e!!')).toBeNull();
    expect(confirmProblem('a passphrase here', 'a passphrase herE')).toBe('The two passphrases do not match.');
  });
});
