/**
 * Frames (docs/control-panel-facts.md §14): the form may live in a same-origin child frame of the control
 * panel. The content script runs in every frame the manifest matches; these decide which frames
 * it serves and which of them answers the popup.
 */
import { classifyStoreUrl, type PageInfo } from '../control-panel-url';

export const isTopFrame = (): boolean => window === window.top;

/**
 * The address that decides what this document is: its own, or, in a same-origin child frame
 * whose own path says nothing (the shell's frame), the top page's. null: a frame we do not serve
 * (its top is another origin, so it is not the control panel's own frame). `classify`: the
 * script's own reading of URLs (bc.js knows store-level pages only).
 */
export function pageHref(classify: (href: string) => PageInfo = classifyStoreUrl): string | null {
  if (isTopFrame()) return location.href;
  try {
    const top = window.top!.location;
    if (top.origin !== location.origin) return null;
    return classify(location.href).kind === 'control-panel' ? top.href : location.href;
  } catch {
    return null; // cross-origin top: reading its location throws
  }
}

/** Whether a same-origin child frame (at any depth) shows our panel, i.e. holds the form. */
export function childFrameHoldsForm(win: Window = window): boolean {
  for (let i = 0; i < win.frames.length; i++) {
    try {
      const child = win.frames[i]!;
      if (child.document.querySelector('scopekeeper-panel') || childFrameHoldsForm(child)) return true;
    } catch {
      // cross-origin child: not ours to read
    }
  }
  return false;
}
