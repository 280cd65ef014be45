/**
 * "Copy page report" (issue 10): a JSON outline of what the adapter saw, for a bug report where
 * the page is not fully understood. It holds the page's own label and option texts and how each
 * row was identified, and never a value: not the Name or API path typed or shown in an input, not
 * a row's current choice, and nothing inside a dialog (where the credentials pop-up lives).
 */
import type { ControlKind, PageModel, RowSignal } from '../form/model';
import type { ScannedForm } from './scan-form';

export interface PageReport {
  format: 'scopekeeper-page-report';
  version: 1;
  extensionVersion: string;
  /** The URL path, without query or fragment. */
  path: string;
  htmlLang: string | null;
  /** The language table the page was read with, or null. */
  language: string | null;
  frame: { top: boolean; childFrames: number };
  tokenType: { control: ControlKind; label: string; options: string[] } | null;
  accessLevel: { control: ControlKind; options: string[] } | null;
  fields: { name: boolean; apiPath: boolean };
  rows: { label: string; control: ControlKind; options: string[]; signal: RowSignal | null; scopeId: string | null }[];
}

/** What the page adds to the model for a report; read here, assembled in the background (budget). */
export interface PageFacts {
  path: string;
  htmlLang: string | null;
  frame: PageReport['frame'];
  tokenType: PageReport['tokenType'];
  accessOptions: string[];
  fields: PageReport['fields'];
  /** The model without anything inside a dialog, and without the Name and API path values. */
  model: PageModel;
}

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

/** The report, from the page's facts (assembled in the background). */
export function buildPageReport(facts: PageFacts, extensionVersion: string): PageReport {
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
    rows: model.rows.map((r) => ({ label: r.label, control: r.control, options: r.offered, signal: r.signal, scopeId: r.scopeId })),
  };
}

/** A native select's option texts (never its value); a combobox shows none while closed. */
function optionsOf(element: HTMLSelectElement | HTMLInputElement): string[] {
  return element instanceof HTMLSelectElement ? Array.from(element.options, (o) => (o.textContent ?? '').trim()) : [];
}
