/**
 * Option texts read from comboboxes' menus (BigDesign renders them only while a menu is open), per
 * control element. Shared by the content script and the on-demand page UI (components/page/ui.ts):
 * both run in the extension's isolated world but bundle their own copies of this module, so the
 * map lives under a symbol-keyed global of that world, which the page cannot see. A fill that
 * opened a menu leaves its texts here for the next reading (a level word no table knows is then
 * asked about, utils/decide/read-levels.ts).
 */
const KEY = Symbol.for('scopekeeper.menu-texts');

export const menuTexts: WeakMap<Element, string[]> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new WeakMap()) as WeakMap<Element, string[]>;
