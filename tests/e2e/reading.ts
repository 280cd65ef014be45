/**
 * Expectations shared by the reading specs (languages, frames, honest status): what a fill with
 * a preset must leave in the page's React state, in whatever language the fixture speaks.
 */
import type { Frame, Page } from '@playwright/test';
import { LANGUAGES, type FixtureLanguage } from '../fixtures/control-panel/src/languages';
import { BUILTIN_PRESETS } from '../../utils/presets/builtin';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import { expect, type FixtureState } from './harness';

const ENGLISH_LEVEL: Record<string, string> = {
  none: 'None', 'read-only': 'read-only', modify: 'modify', login: 'login', create: 'create', manage: 'manage',
  standard: 'Standard', full: 'Full', 'create-preview': 'create preview',
};

function preset(id: string) {
  const found = BUILTIN_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no built-in preset ${id}`);
  return found;
}

/** Row label → option text the page must show after a fill with `presetId`, every other row at its default. */
export function expectedState(presetId: string, labels: FixtureLanguage, options: FixtureLanguage = labels, ids = STORE_SCOPES.slice(0, 28).map((s) => s.id)) {
  const scopes = preset(presetId).scopes as Record<string, { level: string } | undefined>;
  const out: Record<string, string> = {};
  for (const id of ids) {
    const row = STORE_SCOPES.find((s) => s.id === id)!;
    const level = scopes[id]?.level ?? row.defaultLevel;
    const label = labels === 'en' ? row.label : LANGUAGES[labels].rows[id]!;
    out[label] = options === 'en' ? ENGLISH_LEVEL[level]! : LANGUAGES[options].levels[level]!;
  }
  return out;
}

/** The page's React state settles a moment after the DOM (downshift reports from an effect): poll. */
export async function expectScopes(target: Page | Frame, expected: Record<string, string>) {
  await expect
    .poll(async () => (await target.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => FixtureState } }).__FIXTURE__.state()))?.scopes)
    .toEqual(expected);
}

export async function fixtureStateIn(target: Page | Frame): Promise<FixtureState> {
  return target.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => FixtureState } }).__FIXTURE__.state());
}

export async function waitForForm(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => (window as unknown as { __FIXTURE__?: { ready?: boolean } }).__FIXTURE__?.ready === true);
}
