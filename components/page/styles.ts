/**
 * The in-page UI's style sheets (panel, row markers). They are data, so the background sends them
 * with the vocabulary (utils/background/vocabulary.ts) instead of every control-panel load
 * carrying them in the content script (its budget is 30 KB). The panel and markers are shown
 * only once the vocabulary has arrived, so they never render unstyled.
 */
import type { PageStyles } from '../../utils/scopes/vocabulary';

let styles: PageStyles = { panel: '', marker: '' };

export function usePageStyles(next: PageStyles): void {
  styles = next;
}

export function pageStyles(): PageStyles {
  return styles;
}
