/** The editor's sources: one URL and title per row, add and remove. At least one is required. */
import { t } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import type { SourceDraft } from './draft';
import { FIELD_IDS, sourceFieldId } from './editor-fields';
import { FieldIssues, invalidProps } from './FieldIssues';

interface Props {
  sources: SourceDraft[];
  issuesFor: (fieldId: string) => StoreIssue[];
  onChange: (sources: SourceDraft[]) => void;
}

export function SourceFields({ sources, issuesFor, onChange }: Props) {
  const set = (i: number, part: Partial<SourceDraft>) => onChange(sources.map((s, j) => (j === i ? { ...s, ...part } : s)));
  return (
    <fieldset class="source-fields">
      <legend>{t('presets_editor_sources')}</legend>
      <p class="muted small">{t('presets_editor_sources_help')}</p>
      {sources.map((s, i) => {
        const urlId = sourceFieldId(i, 'url');
        const titleId = sourceFieldId(i, 'title');
        const urlIssues = issuesFor(urlId);
        const titleIssues = issuesFor(titleId);
        return (
          <div class="source-row" key={i}>
            <div class="field">
              <label for={urlId}>{t('presets_editor_source_url', String(i + 1))}</label>
              <input id={urlId} type="url" inputMode="url" value={s.url} onInput={(e) => set(i, { url: e.currentTarget.value })} {...invalidProps(`${urlId}-issues`, urlIssues)} />
              <FieldIssues id={`${urlId}-issues`} issues={urlIssues} />
            </div>
            <div class="field">
              <label for={titleId}>{t('presets_editor_source_title', String(i + 1))}</label>
              <input id={titleId} type="text" value={s.title} onInput={(e) => set(i, { title: e.currentTarget.value })} {...invalidProps(`${titleId}-issues`, titleIssues)} />
              <FieldIssues id={`${titleId}-issues`} issues={titleIssues} />
            </div>
            <button type="button" class="remove" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
              {t('presets_editor_remove_source', String(i + 1))}
            </button>
          </div>
        );
      })}
      <FieldIssues id="pe-sources-issues" issues={issuesFor(FIELD_IDS.addSource)} />
      <button type="button" id={FIELD_IDS.addSource} onClick={() => onChange([...sources, { url: '', title: '' }])}>
        {t('presets_editor_add_source')}
      </button>
    </fieldset>
  );
}
