/** Passphrase strength by zxcvbn-ts (issue 12, item 6): weak passphrases of a legal length are
 *  refused with a reason and a suggestion, in the extension's own words. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkNewPassphrase, passphraseVerdict } from '../../../components/vault/passphrase-policy';
import { judgePassphrase } from '../../../components/vault/passphrase-strength';
import { useEnglishMessages } from '../english';


beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('judgePassphrase', () => {
  it.each([
    ['aaaaaaaaaaaa', 'Repeated characters or patterns are easy to guess.', 'Avoid repeated words and characters.'],
    ['passwordpass', 'This is too similar to a commonly used password.', 'Add a few more uncommon words.'],
  ])('refuses %j with a reason and a suggestion', async (passphrase, reason, suggestion) => {
    const verdict = await judgePassphrase(passphrase);
    expect(verdict).toMatchObject({ ok: false, reason, suggestion });
    expect(verdict.score).toBeLessThan(3);
  });

  it('accepts a few unrelated words', async () => {
    await expect(judgePassphrase('tangerine quorum fjord lantern')).resolves.toMatchObject({ ok: true });
  });

  it('the form check runs length first, then strength, then the confirmation', async () => {
    expect(await checkNewPassphrase('short', 'short')).toEqual({ next: 'Use at least 12 characters.' });
    expect((await checkNewPassphrase('aaaaaaaaaaaa', 'aaaaaaaaaaaa')).next).toBe(
      'Choose a stronger passphrase. Repeated characters or patterns are easy to guess. Avoid repeated words and characters.',
    );
    expect(await checkNewPassphrase('tangerine quorum fjord lantern', 'tangerine quorum fjord')).toEqual({ confirmation: 'The two passphrases do not match.' });
    expect(await checkNewPassphrase('tangerine quorum fjord lantern', 'tangerine quorum fjord lantern')).toEqual({});
  });

  // Issue 20, item 10: one rule. A word with a year and symbols is as guessable as a word with
  // digits; both are refused, by the meter's verdict and by the submit check alike.
  it.each(['Summer2024!!', 'password1234', 'Winter2025!!', 'Scopekeeper2026', 'Qwerty123456!'])('refuses %j, in the meter and on submit', async (passphrase) => {
    const verdict = await passphraseVerdict(passphrase);
    expect(verdict.ok).toBe(false);
    expect(verdict.problem).toMatch(/^Choose a stronger passphrase\./);
    expect((await checkNewPassphrase(passphrase, passphrase)).next).toBe(verdict.problem);
  });

  it.each(['correct horse battery staple', 'tangerine quorum fjord lantern', 'a brand new passphrase'])('accepts %j, in the meter and on submit', async (passphrase) => {
    await expect(passphraseVerdict(passphrase)).resolves.toEqual({ ok: true, score: 4, problem: null });
    await expect(checkNewPassphrase(passphrase, passphrase)).resolves.toEqual({});
  });
});
