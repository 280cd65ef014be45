/**
 * The page's half of "Copy page report": the facts the report needs beyond the form's model,
 * read here (the in-page UI's module, not the content script: budget) and assembled in the
 * background (utils/decide/page-report.ts). Never a value: not the Name or API path typed or
 * shown in an input, not a row's current choice, and nothing inside a dialog (where the
 * credentials pop-up lives).
 */
import type { PageFacts } from '../form/page-report';
import type { ScannedForm } from './scan-form';

function inDialog(el: Element): boolean {
  return el.closest('[role="dialog"], [role="alertdialog"], dialog') !== null;
}

export function pageFacts(form: ScannedForm, doc: Document = document): PageFacts {
  const { model, handles } = form;
  const tokenHandle = model.tokenType ? handles[model.tokenType.key] : undefined;
  const accessHandle = model.accessLevel && model.accessLevel.key >= 0 ? handles[model.accessLevel.key] : undefined;
  const win = doc.defaultView;
  return {
    path: doc.location?.pathname ?? '',
    htmlLang: doc.documentElement.getAttribute('lang'),
    frame: { top: win === win?.top, childFrames: win?.frames.length ?? 0 },
    tokenType: tokenHandle ? { control: tokenHandle.kind, label: tokenHandle.label, options: optionsOf(tokenHandle.element) } : null,
    accessOptions: accessHandle ? optionsOf(accessHandle.element) : (form.accessGroup?.choices.map((c) => c.access) ?? []),
    fields: { name: model.name !== null, apiPath: model.apiPath !== null },
    model: { ...model, name: null, apiPath: null, rows: model.rows.filter((r) => !inDialog(handles[r.key]!.element)) },
  };
}

/** A native select's option texts (never its value); a combobox shows none while closed. */
function optionsOf(element: HTMLSelectElement | HTMLInputElement): string[] {
  return element instanceof HTMLSelectElement ? Array.from(element.options, (o) => (o.textContent ?? '').trim()) : [];
}
