/**
 * The panel's fixed words (title, labels, buttons) from one language's messages: the page's, which
 * the background sends with each decision (./decide.ts), or the browser's, which the panel shows
 * until the first decision arrives (components/page/panel.ts). Pure.
 */
import type { MessageKey } from '../i18n';
import type { PanelWords } from './types';

export function panelWords(lang: string, t: (key: MessageKey) => string): PanelWords {
  return {
    lang,
    title: t('content_panelTitle'),
    presetLabel: t('content_presetLabel'),
    choosePreset: t('content_choosePreset'),
    fill: t('content_fillButton'),
    includeLegend: t('content_includeLegend'),
    pageReport: t('content_pageReport'),
    pageReportCopied: t('content_pageReportCopied'),
    pageReportFailed: t('content_pageReportFailed'),
    notes: t('content_notes'),
    importantNotes: t('presets_important_notes'),
    sources: t('content_sources'),
  };
}
