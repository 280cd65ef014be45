// @vitest-environment happy-dom
/**
 * find-controls on the fixture's rendered markup: every variant's dropdowns are found, with the
 * label, the element holding the value and the row container each kind needs.
 */
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  currentText,
  findControls,
  findLabelledInput,
  lowestCommonAncestor,
  NAME_LABEL,
} from '../../../utils/dom/find-controls';
import { optionTexts } from '../../../utils/dom/options';
import { fixtureOptions, fixtureRowLabels, loadPage, VARIANTS } from '../fixtures/markup';

const KIND = { bigdesign: 'combobox', legacy: 'legacy-combobox', native: 'native-select' } as const;

describe.each(VARIANTS)('findControls on the %s create page', (variant) => {
  it('finds Token type and the 28 scope rows, labelled as the page labels them, and nothing else', () => {
    loadPage(`${variant}-create`);
    const handles = findControls(document);
    expect(handles.map((h) => h.label)).toEqual(fixtureRowLabels());
    expect(handles).toHaveLength(29);
    expect(new Set(handles.map((h) => h.kind))).toEqual(new Set([KIND[variant]]));
  });

  it('holds the value element, the role element and the label element of each row', () => {
    loadPage(`${variant}-create`);
    for (const handle of findControls(document)) {
      const id = variant === 'native' ? handle.element.id : handle.element.getAttribute('aria-labelledby');
      expect(handle.labelElement?.textContent, handle.label).toBe(handle.label);
      if (variant === 'native') expect(handle.labelElement?.getAttribute('for')).toBe(id);
      else expect(handle.labelElement?.id).toBe(id);
      if (variant === 'bigdesign') expect(handle.roleElement).toBe(handle.element);
      if (variant === 'legacy') {
        // The role sits on a wrapper around the input (BigDesign 0.x / downshift 6).
        expect(handle.roleElement).not.toBe(handle.element);
        expect(handle.roleElement.getAttribute('role')).toBe('combobox');
        expect(handle.roleElement.contains(handle.element)).toBe(true);
      }
    }
  });

  it('puts each row container around its own label and control, and no other row’s', () => {
    loadPage(`${variant}-create`);
    const handles = findControls(document);
    for (const handle of handles) {
      expect(handle.container.contains(handle.roleElement), handle.label).toBe(true);
      expect(handle.container.contains(handle.labelElement), handle.label).toBe(true);
      // A marker appended to the container must sit beside the control, not inside it.
      expect(handle.roleElement.contains(handle.container), handle.label).toBe(false);
      const others = handles.filter((h) => h !== handle && handle.container.contains(h.element));
      expect(others.map((h) => h.label), handle.label).toEqual([]);
    }
  });

  it('reads the shown value and, for native selects only, the offered options', () => {
    loadPage(`${variant}-create`);
    const handles = findControls(document);
    expect(currentText(handles[0]!)).toBe('V2/V3 API token');
    expect(currentText(handles.find((h) => h.label === 'Orders')!)).toBe('None');
    expect(currentText(handles.find((h) => h.label === 'Metafields Access')!)).toBe('Standard');
    // A closed combobox shows no options: unknown (null) until its menu was read.
    const orders = optionTexts(handles.find((h) => h.label === 'Orders')!);
    expect(orders).toEqual(variant === 'native' ? fixtureOptions('Orders') : null);
  });

  it('finds the Name and API path inputs by their labels, never a combobox', () => {
    loadPage(`${variant}-create`);
    expect(findLabelledInput(document, NAME_LABEL)?.placeholder).toBe('e.g. Warehouse sync');
    expect(findLabelledInput(document, /^api path\b/i)?.value).toBe('https://api.bigcommerce.com/stores/abc123/v3/');
    expect(findLabelledInput(document, /^orders$/i)).toBeNull();
  });
});

describe('findControls on an open menu', () => {
  it.each(['bigdesign', 'legacy'] as const)('%s: options in the DOM add no controls', (variant) => {
    loadPage(`${variant}-create-menu-open`);
    expect(document.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
    expect(findControls(document).map((h) => h.label)).toEqual(fixtureRowLabels());
  });
});

describe('labels other pages may use', () => {
  it('falls back to aria-label on the control or its wrapper', () => {
    document.body.innerHTML = `
      <select aria-label="Orders"><option>None</option></select>
      <div role="combobox" aria-label="Products"><input></div>`;
    const handles = findControls(document);
    expect(handles.map((h) => [h.kind, h.label, h.labelElement])).toEqual([
      ['native-select', 'Orders', null],
      ['legacy-combobox', 'Products', null],
    ]);
  });

  it('joins several aria-labelledby ids', () => {
    document.body.innerHTML = `<span id="a">Order</span><span id="b">transactions</span><input role="combobox" aria-labelledby="a b">`;
    expect(findControls(document)[0]?.label).toBe('Order transactions');
  });

  it('knows "Account name" as the Name field', () => {
    document.body.innerHTML = `<label for="n">Account name</label><input id="n" value="x">`;
    expect(findLabelledInput(document, NAME_LABEL)?.value).toBe('x');
  });
});

describe('helpers', () => {
  it('cleanText collapses whitespace, NBSP included', () => {
    expect(cleanText('  Store\u00a0 logs \n')).toBe('Store logs');
    expect(cleanText(null)).toBe('');
  });

  it('lowestCommonAncestor is the lowest element holding them all', () => {
    document.body.innerHTML = `<div id="top"><div id="mid"><i id="a"></i><b id="b"></b></div><u id="c"></u></div>`;
    const $ = (id: string) => document.getElementById(id)!;
    expect(lowestCommonAncestor([$('a'), $('b')])?.id).toBe('mid');
    expect(lowestCommonAncestor([$('a'), $('c')])?.id).toBe('top');
    expect(lowestCommonAncestor([$('a')])?.id).toBe('a');
    expect(lowestCommonAncestor([])).toBeNull();
  });
});
