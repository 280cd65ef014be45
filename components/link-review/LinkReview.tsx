/**
 * What a preset link would add, before anything is added: the outcome (added as it is, added as a
 * separate copy marked "from a link", or an identical preset chosen), every field that matters
 * (rows with those at their highest level marked, notes, who credentials can be sealed for and the
 * start of their key, the credential values and the .txt the integration asks for, sources), and
 * "Add preset" / "Dismiss". Everything comes from the background, which alone writes presets.
 */
import { useEffect, useState } from 'preact/hooks';
import { ImportantNotes } from '../presets/ImportantNotes';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging/ask-background';
import type { LinkReviewData } from '../../utils/messaging/protocol';
import { formRows } from '../../utils/presets/form-rows';
import { presetKind, type Preset } from '../../utils/presets/types';
import { credentialFieldLabel, kindLabel, levelLabel, tokenTypeLabel } from '../presets/labels';
import './link-review.css';

/** How much of an age key is shown: "age1" and enough to compare with the integrator's site. */
const KEY_START_CHARS = 16;

const homeName = (home: string) => (home === 'account' ? t('links_home_account') : `store-${home}`);

type State = { phase: 'loading' } | { phase: 'gone' } | { phase: 'ready'; data: LinkReviewData } | { phase: 'done'; text: string };

function Outcome({ data }: { data: Extract<LinkReviewData, { ok: true }> }) {
  const { intake } = data;
  if (intake.action === 'select') {
    return <p class="outcome">{t(intake.builtin ? 'links_outcome_builtin' : 'links_outcome_same', intake.name)}</p>;
  }
  const { preset, copyOf } = intake;
  if (!copyOf) return <p class="outcome">{t('links_outcome_new', preset.name)}</p>;
  const why = copyOf.reason === 'id' ? 'links_copy_reason_id' : copyOf.reason === 'name' ? 'links_copy_reason_name' : 'links_copy_reason_lookalike';
  return (
    <div class="outcome copy" role="note">
      <p>
        <strong>{t(why, copyOf.name)}</strong>
      </p>
      <p>{t('links_outcome_copy', preset.name, preset.id, copyOf.name)}</p>
    </div>
  );
}

function Facts({ preset }: { preset: Preset }) {
  const account = presetKind(preset) === 'account-level';
  // Every key the credentials would be sealed for: the integrator's, and any further ones (an agency's).
  const keys = preset.handoff ? [preset.handoff, ...(preset.handoff.more ?? [])] : [];
  return (
    <dl class="facts">
      <dt>{t('links_field_form')}</dt>
      <dd>{account ? kindLabel('account-level') : `${kindLabel('store-level')} · ${tokenTypeLabel(preset.tokenType)}`}</dd>
      {preset.accountName !== undefined && (
        <>
          <dt>{t('links_field_account_name')}</dt>
          <dd>{preset.accountName}</dd>
        </>
      )}
      <dt>{t('links_field_handoff')}</dt>
      <dd data-field="handoff">
        {keys.length > 0
          ? keys.map((k) => (
              <p key={k.recipient} class="handoff-key">
                {t('links_handoff_to', k.name ?? t('links_handoff_unnamed'))} <code>{`${k.recipient.slice(0, KEY_START_CHARS)}…`}</code>
              </p>
            ))
          : t('links_handoff_none')}
      </dd>
      <dt>{t('links_field_credentials')}</dt>
      <dd>{preset.credentialFields ? preset.credentialFields.map(credentialFieldLabel).join(', ') : t('links_credentials_all')}</dd>
      <dt>{t('links_field_txt')}</dt>
      <dd>{preset.keepTxt ? t('links_txt_keep') : t('links_txt_delete')}</dd>
    </dl>
  );
}

function Rows({ data }: { data: Extract<LinkReviewData, { ok: true }> }) {
  const rows = formRows(presetKind(data.linked));
  return (
    <>
      {data.allTop && (
        <p class="warning" role="alert">
          {t('links_all_top')}
        </p>
      )}
      {data.rows.length === 0 ? (
        <p>{t('links_no_rows')}</p>
      ) : (
        <ul class="rows">
          {data.rows.map((r) => {
            const row = rows.find((x) => x.id === r.id)!;
            return (
              <li key={r.id} class={r.top ? 'top' : undefined}>
                {t('content_linkRow', row.label, levelLabel(row, r.level as never), t(r.required ? 'content_required' : 'content_optional'))}
                {r.top && <strong class="mark"> {t('links_top_mark')}</strong>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function LinkReview({ offer }: { offer: string }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void askBackground('link:review-get', { offer }).then((data) => setState(data ? { phase: 'ready', data } : { phase: 'gone' }));
  }, [offer]);

  const settle = async (add: boolean) => {
    setBusy(true);
    const reply = add ? await askBackground('link:review-add', { offer }) : await askBackground('link:review-dismiss', { offer });
    setBusy(false);
    if (!reply?.ok) {
      setState({ phase: 'done', text: t('links_add_failed') });
      return;
    }
    setState({ phase: 'done', text: add ? t('links_added') : t('links_dismissed') });
  };

  if (state.phase === 'loading') return <main class="review" aria-busy="true" />;
  if (state.phase === 'gone') {
    return (
      <main class="review">
        <h1>{t('links_review_title')}</h1>
        <p>{t('links_gone')}</p>
      </main>
    );
  }
  if (state.phase === 'done') {
    return (
      <main class="review">
        <h1>{t('links_review_title')}</h1>
        <p role="status">{state.text}</p>
      </main>
    );
  }
  const { data } = state;
  const actions = (add: boolean) => (
    <div class="actions">
      {add && (
        <button type="button" class="primary" disabled={busy} onClick={() => void settle(true)}>
          {t('content_linkAdd')}
        </button>
      )}
      <button type="button" disabled={busy} onClick={() => void settle(false)}>
        {t('content_linkDismiss')}
      </button>
    </div>
  );
  if (!data.ok) {
    return (
      <main class="review">
        <h1>{t('links_review_title')}</h1>
        <p>{t('links_intro', homeName(data.home))}</p>
        <h2>{t('content_linkInvalid')}</h2>
        <ul>
          {data.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {actions(false)}
      </main>
    );
  }
  const preset = data.linked;
  const shown = data.intake.action === 'add' ? data.intake.preset : preset;
  return (
    <main class="review">
      <h1>{t('links_review_title')}</h1>
      <p>{t('links_intro', homeName(data.home))}</p>
      <section aria-labelledby="link-name">
        <h2 id="link-name">{shown.name}</h2>
        <p class="muted small">{t('links_source', new Date(data.at).toLocaleString(t('i18n_locale')))}</p>
        {data.intake.action === 'add' && data.intake.lookalike && (
          <p class="warning" role="alert">
            {t('links_lookalike', data.intake.lookalike)}
          </p>
        )}
        <Outcome data={data} />
        {preset.description && <p>{preset.description}</p>}
        <Facts preset={preset} />
        <h3>{t('links_field_rows')}</h3>
        <Rows data={data} />
        {preset.importantNotes?.length ? <ImportantNotes notes={preset.importantNotes} /> : null}
        <h3>{t('links_field_notes')}</h3>
        {preset.notes?.length ? (
          <ul class="notes">
            {preset.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : (
          <p>{t('links_notes_none')}</p>
        )}
        <h3>{t('content_sources')}</h3>
        <ul>
          {preset.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              <span class="muted small">{s.url}</span>
            </li>
          ))}
        </ul>
      </section>
      {actions(true)}
    </main>
  );
}
