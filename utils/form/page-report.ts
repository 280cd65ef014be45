/**
 * "Copy page report": a JSON outline of what the adapter saw, for a bug report where the page is
 * not fully understood. It holds the page's own label and option texts and how each row was
 * identified, and never a value. Types only: the page reads the facts (utils/dom/page-facts.ts),
 * the background assembles the report (utils/decide/page-report.ts).
 */
import type { ControlKind, PageModel, RowSignal } from './model';

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
  rows: { label: string; control: ControlKind; options: string[]; signal: RowSignal | null; scopeId: string | null; levelByPosition?: boolean; levelTaught?: boolean }[];
  /** What the merchant taught about this page's labels in its language (scopeId null: "Not a
   *  scope"): a maintainer can turn each into a language table entry (utils/languages/). */
  taught: { label: string; scopeId: string | null }[];
  /** The option texts of this page the merchant taught a level for ("Which level is …?"), likewise. */
  taughtLevels: { option: string; level: string }[];
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
