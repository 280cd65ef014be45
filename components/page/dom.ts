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

/**
 * A click the merchant could see: trusted, and, when made with a pointer, on a button of a sane
 * size that is the topmost thing at the click point, with nothing on the way to the page
 * (button, shadow hosts) made transparent, hidden or filtered. The page can reach an open shadow
 * root and its host: without this it could stretch a button transparently over its own content
 * and have the merchant click it unknowingly (clickjacking). Keyboard activation (detail 0) needs
 * focus on the button and is taken as seen.
 */
export function seenClick(e: Event, button: Element): boolean {
  if (!e.isTrusted) return false;
  const m = e as MouseEvent;
  if (m.detail === 0) return true;
  const r = button.getBoundingClientRect();
  if (r.width > 480 || r.height > 120 || m.clientX < r.left || m.clientX > r.right || m.clientY < r.top || m.clientY > r.bottom) return false;
  for (let n: Element | null = button; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
    const s = getComputedStyle(n);
    if (Number(s.opacity) < 0.99 || s.visibility !== 'visible' || (s.filter && s.filter !== 'none')) return false;
  }
  const root = button.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(m.clientX, m.clientY);
  return top !== null && (top === button || button.contains(top));
}
