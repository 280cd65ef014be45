/**
 * Assembles "Copy page report" from the facts the page read (utils/dom/page-facts.ts), in the
 * background; the format is utils/form/page-report.ts.
 */
import type { PageFacts, PageReport } from '../form/page-report';

/** The report, from the page's facts (assembled in the background). */
/** `taught`: the page's rows read by what the merchant taught (scopeId null: "Not a scope");
 *  `taughtLevels`: its option texts read likewise. */
export function buildPageReport(facts: PageFacts, extensionVersion: string, taught: PageReport['taught'] = [], taughtLevels: PageReport['taughtLevels'] = []): PageReport {
  const { model } = facts;
  return {
    format: 'scopekeeper-page-report',
    version: 1,
    extensionVersion,
    path: facts.path,
    htmlLang: facts.htmlLang,
    language: model.language,
    frame: facts.frame,
    tokenType: facts.tokenType,
    accessLevel: model.accessLevel ? { control: model.accessLevel.control, options: facts.accessOptions } : null,
    fields: facts.fields,
    rows: model.rows.map((r) => ({
      label: r.label,
      control: r.control,
      options: r.offered,
      signal: r.signal,
      scopeId: r.scopeId,
      ...(r.levelByPosition ? { levelByPosition: true } : {}),
      ...(r.levelTaught ? { levelTaught: true } : {}),
    })),
    taught,
    taughtLevels,
  };
}
