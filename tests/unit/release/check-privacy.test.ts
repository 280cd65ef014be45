import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyProblems, tableStrings, type Manifest } from '../../../scripts/check-privacy';

const privacy = readFileSync(path.resolve(import.meta.dirname, '../../../PRIVACY.md'), 'utf8');

/** The shape of the built manifests (the real ones are checked by `npm run check:privacy`). */
const chrome: Manifest = {
  permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
  host_permissions: ['https://*.mybigcommerce.com/manage/*', 'https://accounts.bigcommerce.com/tokens*'],
  content_scripts: [{ matches: ['https://*.mybigcommerce.com/manage/*'] }, { matches: ['https://login.bigcommerce.com/deep-links/*'] }],
};
const firefox: Manifest = {
  permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'https://*.mybigcommerce.com/manage/*', 'https://accounts.bigcommerce.com/tokens*'],
  content_scripts: chrome.content_scripts,
  browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } },
};

describe('PRIVACY.md against the manifests', () => {
  it('names every access string and the data-collection declaration', () => {
    expect(privacyProblems({ chrome, firefox }, privacy)).toEqual([]);
  });

  it('fails on a permission without a row, even one it names elsewhere ("No `tabs`")', () => {
    const more = { ...chrome, permissions: [...chrome.permissions!, 'tabs'] };
    expect(privacyProblems({ chrome: more, firefox }, privacy)).toEqual(["PRIVACY.md's permissions table has no row for `tabs` (chrome)"]);
  });

  it('fails on a host permission it does not name, in either manifest', () => {
    const more = { ...firefox, permissions: [...firefox.permissions!, 'https://*.bigcommerce.com/*'] };
    expect(privacyProblems({ chrome, firefox: more }, privacy)).toEqual(["PRIVACY.md's permissions table has no row for `https://*.bigcommerce.com/*` (firefox)"]);
  });

  it('fails when the table lists a permission no manifest asks for', () => {
    const fewer = { ...chrome, permissions: ['storage', 'scripting'] };
    const fewerFx = { ...firefox, permissions: firefox.permissions!.filter((p) => p !== 'unlimitedStorage') };
    expect(privacyProblems({ chrome: fewer, firefox: fewerFx }, privacy)).toEqual(['PRIVACY.md\'s table lists `unlimitedStorage`, which no built manifest asks for']);
  });

  it('fails when Firefox declares data collection PRIVACY.md does not state', () => {
    const collecting = { ...firefox, browser_specific_settings: { gecko: { data_collection_permissions: { required: ['technicalAndInteraction'] } } } };
    expect(privacyProblems({ chrome, firefox: collecting }, privacy)).toEqual(['PRIVACY.md does not state `required: ["technicalAndInteraction"]` (firefox\'s data_collection_permissions)']);
  });

  it('reads the table', () => {
    expect(tableStrings(privacy)).toContain('https://login.bigcommerce.com/deep-links/*');
  });
});
