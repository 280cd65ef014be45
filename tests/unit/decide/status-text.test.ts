/**
 * The status never claims more than was verified (issue 10).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeDiff } from '../../../utils/decide/status-text';
import { diffForm } from '../../../utils/decide/diff';
import type { PageModel, ScopeRowModel } from '../../../utils/form/model';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage);
});

const preset = (id: string) => BUILTIN_PRESETS.find((p) => p.id === id)!;

/** The docs/control-panel-facts.md §4.1 rows as the preset wants them (a fill that worked), minus `omit`. */
function filled(presetId: string, omit: string[] = [], signal: ScopeRowModel['signal'] = 'label'): PageModel {
  const scopes = preset(presetId).scopes as Record<string, { level: string } | undefined>;
  const rows = STORE_SCOPES.slice(0, 28)
    .filter((s) => !omit.includes(s.id))
    .map((s, key) => {
      const level = (scopes[s.id]?.level ?? s.defaultLevel) as ScopeRowModel['currentLevel'];
      return { key, label: s.label, scopeId: s.id, signal, control: 'native-select' as const, currentText: level ?? '', currentLevel: level, offered: [] };
    });
  return { tokenType: { key: 99, control: 'native-select', currentText: 'V2/V3 API token' }, name: 'My account', apiPath: null, rows, accessLevel: null, language: 'en' };
}

const OK_FILL = { ok: true, message: 'content_fillDone', notSet: [] };

describe('describeDiff', () => {
  it('says filled and matching only when everything was verified', () => {
    const model = filled('modern-retail-integration');
    const view = describeDiff(model, diffForm(model, preset('modern-retail-integration')), preset('modern-retail-integration'), OK_FILL);
    expect(view).toMatchObject({ status: 'content_matchCount_other(28|28) content_fillDone', verified: true, problems: [] });
  });

  it('names absent rows, marks the required ones, says not to save, and never says match or filled', () => {
    const p = preset('litextension-to-bigcommerce');
    const model = filled(p.id, ['orders', 'channel-listings']);
    const view = describeDiff(model, diffForm(model, p), p, OK_FILL);
    expect(view.status).toBe('content_absentRows(Orders, content_levelRequired(Channel listings)) content_doNotSave');
    expect(view.verified).toBe(false);
    expect(JSON.stringify(view)).not.toMatch(/matchCount|fillDone/);
  });

  it('rows read by position are never "matching": the user is told to check each', () => {
    const model = filled('modern-retail-integration', [], 'position');
    const view = describeDiff(model, diffForm(model, preset('modern-retail-integration')), preset('modern-retail-integration'), OK_FILL);
    expect(view.status).toBe('content_positionAllSet_other(28)');
    expect(view.puzzled).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/matchCount|fillDone/);
  });

  it('a required row not set yet is named with "do not save"', () => {
    const p = preset('modern-retail-integration');
    const model = filled('stencil-cli-v2v3-themes');
    const view = describeDiff(model, diffForm(model, p), p, null);
    expect(view.problems).toContain('content_doNotSave');
    expect(view.problems.find((x) => x.startsWith('content_requiredUnset'))).toContain('Customers');
  });
});
