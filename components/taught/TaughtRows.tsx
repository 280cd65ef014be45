/**
 * "Taught rows" on the options page: what merchants told Scopekeeper about row labels no table
 * knows (utils/decide/taught.ts), per control-panel language: the label, its language, what it
 * means, and when it was taught, with Forget for each and for all; export and import as a small
 * file so a mapping can be handed to a colleague. Every write is an intent to the background.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging/ask-background';
import { MAX_TAUGHT_ENTRIES, taughtFileText } from '../../utils/decide/taught';
import type { TaughtEntry } from '../../utils/decide/taught-types';
import { STORE_SCOPES, storeScopeById } from '../../utils/scopes/catalogue';
import { ACCOUNT_SCOPES, accountScopeById } from '../../utils/scopes/account-catalogue';
import { downloadText } from '../../utils/download';
import { tableLevelWord } from '../../utils/decide/row-words';
import type { LevelId } from '../../utils/scopes/types';

/** What an entry means: the catalogue row (or "Not a scope"), or the level an option text is. */
function meaning(e: TaughtEntry): string {
  if (e.kind === 'level') return t('taught_levelMeaning', levelLabel(e.form, e.language, e.level));
  if (e.scopeId === null) return t('taught_notScope');
  return (e.form === 'account-level' ? accountScopeById(e.scopeId) : storeScopeById(e.scopeId))?.label ?? e.scopeId;
}

/** A level's word in the entry's page language ("Aucun"), else the catalogue's ("None"). */
function levelLabel(form: TaughtEntry['form'], language: string | null, level: LevelId): string {
  const rows = form === 'account-level' ? ACCOUNT_SCOPES : STORE_SCOPES;
  return tableLevelWord(language, level) ?? rows.flatMap((r) => r.levels).find((l) => l.id === level)?.label ?? level;
}

export function TaughtRows() {
  const [entries, setEntries] = useState<TaughtEntry[]>([]);
  const [notice, setNotice] = useState('');

  async function reload() {
    setEntries((await askBackground('taught:list', {})) ?? []);
  }
  useEffect(() => void reload(), []);

  async function forget(ids: string[] | null, label: string) {
    await askBackground('taught:forget', { ids });
    setNotice(ids === null ? t('taught_forgotAll') : t('taught_forgot', label));
    await reload();
  }

  async function onImport(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const reply = file.size > 1_000_000 ? null : await askBackground('taught:import', { text: await file.text() });
    setNotice(
      reply?.ok
        ? t('taught_imported', file.name)
        : reply && 'total' in reply
          ? tp('taught_refused_full', reply.total, file.name, reply.total, reply.max)
          : t('taught_refused', file.name, reply ? reply.problems.slice(0, 5).join('; ') : ''),
    );
    await reload();
  }

  return (
    <section id="taught" class="taught" aria-labelledby="taught-heading">
      <h2 id="taught-heading">{t('taught_heading')}</h2>
      <p class="muted">{t('taught_intro')}</p>
      <p class="muted">{t('taught_cap', String(MAX_TAUGHT_ENTRIES))}</p>
      {entries.length === 0 ? (
        <p>{t('taught_empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('taught_label')}</th>
              <th scope="col">{t('taught_language')}</th>
              <th scope="col">{t('taught_meaning')}</th>
              <th scope="col">{t('taught_date')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('taught_forget')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{e.kind === 'level' ? `${e.label} (${t('taught_kindLevel')})` : e.label}</td>
                <td>{e.language ?? t('taught_noLanguage')}</td>
                <td>{meaning(e)}</td>
                <td>{new Date(e.at).toLocaleDateString()}</td>
                <td>
                  <button type="button" class="secondary" aria-label={t('taught_forgetRow', e.label)} onClick={() => void forget([e.id], e.label)}>
                    {t('taught_forget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        {entries.length > 0 && (
          <>
            <button type="button" class="secondary" onClick={() => void forget(null, '')}>
              {t('taught_forgetAll')}
            </button>
            <button type="button" class="secondary" onClick={() => downloadText('scopekeeper-taught-rows.json', taughtFileText(entries), 'application/json')}>
              {t('taught_export')}
            </button>
          </>
        )}
        <label class="button file-button">
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void onImport(e)} />
          {t('taught_import')}
        </label>
      </div>
      <p role="status">{notice}</p>
    </section>
  );
}
