/**
 * Small DOM helpers for the in-page UI (plain DOM: this code loads on every control-panel page).
 * Everything is built with createElement, attributes and text nodes: no markup is ever parsed
 * (no innerHTML), so no text can become HTML and Mozilla's add-on linter has nothing to flag.
 */

/** An element with attributes and children; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string> | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  node.append(...children);
  return node;
}

/** Opens `host`'s shadow root (open, like every in-page host) with a style sheet and `children`. */
export function shadowWith(host: Element, css: string, ...children: Node[]): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', null, css), ...children);
  return root;
}

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
