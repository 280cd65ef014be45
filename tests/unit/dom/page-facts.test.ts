// @vitest-environment happy-dom
/**
 * The page report holds what the adapter saw (labels, options, signals) and never a value: not
 * the typed Name, not the API path, not anything of an open credentials pop-up.
 */
import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../../utils/dom/page-facts';
import { buildPageReport } from '../../../utils/decide/page-report';
import { scanForm } from '../../../utils/dom/scan-form';
import { CREDENTIALS } from '../fixtures/markup/credentials';
import { loadPage, VARIANTS } from '../fixtures/markup';

describe.each(VARIANTS)('page report on the %s page under an open credentials pop-up', (variant) => {
  it('outlines the form and holds no typed or pop-up value', () => {
    loadPage(`${variant}-credentials-popup`);
    const form = scanForm(document);
    expect(form.model.name).toBe('Snapshot account');
    const report = buildPageReport(pageFacts(form), '1.2.3');
    const json = JSON.stringify(report);
    expect(report).toMatchObject({ format: 'scopekeeper-page-report', extensionVersion: '1.2.3', fields: { name: true, apiPath: true } });
    expect(report.rows).toHaveLength(28);
    expect(report.rows[0]).toMatchObject({ label: 'Content', signal: 'label', scopeId: 'content', control: form.model.rows[0]!.control });
    expect(report.tokenType?.label).toBe('Token type');
    for (const value of [...Object.values(CREDENTIALS), 'Snapshot account', 'api.bigcommerce.com']) expect(json).not.toContain(value);
    // Nor the rows' current choices: options are listed, the chosen one is not marked.
    expect(json).not.toContain('currentText');
  });
});
