/** Small DOM helpers for the in-page UI (plain DOM: this code loads on every control-panel page). */

/** An element with its text set as text (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** A source link: https only (presetSchema), opened outside the page. */
export function link(url: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}
