/**
 * The words of each row's marker: what the preset wants and how the row stands. Decided in the
 * background with the rest of the status (utils/background/decide.ts); components/page/markers.ts
 * only renders them. Words and colour, never colour alone.
 */
import { t } from '../i18n';
import type { PageModel } from '../form/model';
import { scopeById } from '../scopes/registry';
import type { FormDiff, MarkerView, RowDiff } from './types';

function levelLabel(scopeId: string, levelId: string | null): string {
  if (levelId === null) return 'unknown';
  return scopeById(scopeId)?.levels.find((l) => l.id === levelId)?.label ?? levelId;
}

/** The marker's words: what the preset wants and how the row stands. */
function markerText(row: RowDiff | null): { text: string; className: string; status: string } {
  if (!row) return { text: t('content_markerUnknownRow'), className: 'unknown', status: 'unknown' };
  const want = levelLabel(row.scopeId, row.target);
  const need = t(
    row.excluded ? 'content_levelLeftOut' : row.inPreset ? (row.required ? 'content_levelRequired' : 'content_levelOptional') : 'content_levelNotInPreset',
    want,
  );
  switch (row.status) {
    case 'right':
      // A left-out optional row at its default is right, not missing.
      if (row.excluded) return { text: t('content_markerLeftOut', need), className: 'right', status: 'right' };
      return row.inPreset
        ? { text: t('content_markerRight', need), className: 'right', status: 'right' }
        : { text: t('content_markerNotInPreset', want), className: 'neutral', status: 'not-in-preset' };
    case 'missing':
      return { text: t('content_markerMissing', need), className: 'missing', status: 'missing' };
    case 'over-granted':
      return { text: t('content_markerOver', need), className: 'over-granted', status: 'over-granted' };
    case 'unrecognised':
      return { text: t('content_markerUnrecognised', need), className: 'unrecognised', status: 'unrecognised' };
  }
}

/** One marker per row of the model; none without a diff (no preset chosen). */
export function markerViews(model: PageModel, diff: FormDiff | null): MarkerView[] | null {
  if (!diff) return null;
  const byKey = new Map(diff.rows.map((r) => [r.key, r]));
  return model.rows.map((row) => {
    const marked = markerText(byKey.get(row.key) ?? null);
    // A row read by its place names the catalogue row it was taken for: the user must check it.
    const text =
      row.signal === 'position' && row.scopeId
        ? `${t('content_markerPosition', scopeById(row.scopeId)?.label ?? row.scopeId)} — ${marked.text}`
        : marked.text;
    return { key: row.key, ...marked, text, scope: row.scopeId ?? '', signal: row.signal ?? '' };
  });
}
