// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { credentialPopupsIn, isCredentialsPopup, readCredentials, readPopup } from '../../../utils/dom/read-credentials';
import { CREDENTIALS, loadPage, VARIANTS } from '../fixtures/markup';

const ID = 'abcdefghijklmnopqrstuvwxyz01234';
const SECRET = 'a'.repeat(32) + 'b'.repeat(32);
const TOKEN = 'zyxwvutsrqponmlkjihgfedcba43210';
const HEX = '0f1e2d3c4b5a6978'.repeat(4);

function dialog(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'dialog');
  el.innerHTML = `<h2>BigCommerce API Credentials</h2><p>Copy these now.</p>${html}`;
  return el;
}

const MARKUPS: Record<string, string> = {
  'labelled inputs': `
    <div><label for="a">Client ID</label><div><input id="a" readonly value="${ID}"></div></div>
    <div><label for="b">Client Secret</label><div><input id="b" readonly value="${SECRET}"></div></div>
    <div><label for="c">Access Token</label><div><input id="c" readonly value="${TOKEN}"></div></div>`,
  'dt/dd pairs': `<dl><div><dt>Client ID</dt><dd>${ID}</dd></div><div><dt>Client Secret</dt><dd>${SECRET}</dd></div>
    <div><dt>Access Token</dt><dd><span>${TOKEN}</span></dd></div></dl>`,
  'label: value in one element': `<p>Client ID: ${ID}</p><p>Client Secret: ${SECRET}</p><p>Access token: ${TOKEN}</p>`,
  'unlabelled inputs after label text': `
    <div><span>Client ID</span><input value="${ID}"></div>
    <div><span>Client Secret</span><input value="${SECRET}"></div>
    <div><span>Access Token</span><input value="${TOKEN}"></div>`,
  'copy buttons between label and value': `
    <div><span>Client ID</span><button>Copy</button><code>${ID}</code></div>
    <div><span>Client Secret</span><button><svg><title>Copy</title></svg></button><code>${SECRET}</code></div>
    <div><span>Access Token</span><button>Copy</button><code>${TOKEN}</code></div>`,
  'fields in another order': `<dl><dt>Access Token</dt><dd>${TOKEN}</dd><dt>Client ID</dt><dd>${ID}</dd><dt>Client Secret</dt><dd>${SECRET}</dd></dl>`,
};

describe('readCredentials', () => {
  for (const [name, html] of Object.entries(MARKUPS)) {
    it(`reads ${name}`, () => {
      expect(readCredentials(dialog(html))).toEqual({ clientId: ID, clientSecret: SECRET, accessToken: TOKEN });
    });
  }

  it('reads a pop-up already removed from the document (same-task removal)', () => {
    const el = dialog(MARKUPS['labelled inputs']!);
    document.body.append(el);
    el.remove();
    expect(readCredentials(el).accessToken).toBe(TOKEN);
  });

  it('reports a field with no value as null instead of taking the next label', () => {
    const el = dialog(`<dl><dt>Client ID</dt><dd></dd><dt>Client Secret</dt><dd>${SECRET}</dd><dt>Access Token</dt><dd>${TOKEN}</dd></dl>`);
    expect(readCredentials(el)).toEqual({ clientId: null, clientSecret: SECRET, accessToken: TOKEN });
  });

  it('reads nothing from a pop-up with labels only', () => {
    expect(readCredentials(dialog('<p>Client ID</p><p>Client Secret</p><p>Access Token</p>'))).toEqual({
      clientId: null,
      clientSecret: null,
      accessToken: null,
    });
  });
});

describe('credentialPopupsIn', () => {
  it('finds the credentials dialog in an added subtree, and ignores other dialogs', () => {
    const wrapper = document.createElement('div');
    wrapper.append(dialog(MARKUPS['dt/dd pairs']!));
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    other.textContent = 'Delete this account?';
    wrapper.append(other);
    expect(credentialPopupsIn(wrapper)).toHaveLength(1);
    expect(credentialPopupsIn(other)).toHaveLength(0);
    expect(credentialPopupsIn(document.createTextNode('Access Token Client ID'))).toHaveLength(0);
  });
});

describe.each(VARIANTS)('the %s fixture’s credentials pop-up', (variant) => {
  it('is found among the page’s dialogs and read completely', () => {
    loadPage(`${variant}-credentials-popup`);
    const popups = credentialPopupsIn(document.body);
    expect(popups).toHaveLength(1);
    expect(readCredentials(popups[0]!)).toEqual(CREDENTIALS);
  });

  it('is read after the page removed it', () => {
    loadPage(`${variant}-credentials-popup`);
    const popup = credentialPopupsIn(document.body)[0]!;
    popup.remove();
    expect(readCredentials(popup)).toEqual(CREDENTIALS);
  });

  it('is not mistaken for the create form, which names no credentials', () => {
    loadPage(`${variant}-create`);
    expect(credentialPopupsIn(document.body)).toEqual([]);
  });
});

describe('readPopup in other languages and shapes', () => {
  it('reads a French pop-up with the French labels the background sends', async () => {
    const { popupLabels } = await import('../../../utils/background/popup-labels');
    const el = dialog(`<dl><dt>ID client</dt><dd>${ID}</dd><dt>Secret client</dt><dd>${SECRET}</dd><dt>Jeton d’accès</dt><dd>${TOKEN}</dd></dl>`);
    expect(readPopup(el, popupLabels())).toMatchObject({ clientId: ID, clientSecret: SECRET, accessToken: TOKEN, labelled: [] });
  });

  it('keeps every credential-shaped value under labels it does not know, with those labels', () => {
    const el = dialog(`<div><label for="x">Klant-ID</label><input id="x" readonly value="${ID}"></div>
      <p>Klantgeheim: <code>${HEX}</code></p><div><span>Toegangstoken</span><button data-clipboard-text="${TOKEN}">Kopieer</button></div>`);
    expect(isCredentialsPopup(el)).toBe(true);
    expect(readPopup(el).labelled).toEqual([
      { label: 'Klant-ID', value: ID },
      { label: 'Toegangstoken', value: TOKEN },
      { label: 'Klantgeheim', value: HEX },
    ]);
  });

  it('takes the token of a token-only Stencil-CLI pop-up from its stencil init line', () => {
    const el = dialog(`<pre><code>stencil init -p 3000 -t ${TOKEN} -u https://store-abc123.mybigcommerce.com</code></pre>`);
    expect(readPopup(el)).toMatchObject({ clientId: null, clientSecret: null, accessToken: TOKEN, stencilCommand: true, labelled: [] });
  });
});
