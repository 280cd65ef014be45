/**
 * The popup's two questions to a page (TabProtocol), answered the same way by both content
 * scripts (control panel and account-level): where the tab is, and fill with this preset.
 */
import type { PageInfo } from '../control-panel-url';
import { t } from '../i18n';
import type { TabHandlers } from '../messaging/receive';
import type { CreatePageSession } from './create-page-session';

/** `classify`: the script's own URL classifier (bc.js knows store-level pages only). */
export function pageHandlers(session: () => CreatePageSession | null, classify: (href: string) => PageInfo): TabHandlers {
  return {
    'page:status': () => {
      const page = classify(location.href);
      const s = session();
      return { kind: page.kind, storeHash: page.storeHash, formFound: s?.formFound ?? false, summary: s?.summary ?? null };
    },
    'page:fill': ({ preset, excluded }) => session()?.fill(preset, excluded) ?? { ok: false, message: t('content_fillNotCreatePage'), notSet: [] },
  };
}
