import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factValues } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { buildPlan, ImportError, importErrorText, importText } from '@multichannel/rules/plan';
import { describe, expect, it } from 'vitest';
import { MAX_INVENTORY_CHARS } from '../inventory-limits.ts';
import { importedCustomerFacts } from '../storage/import-records.ts';
import { previewImport, recordsToImport } from './import-preview.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'rules', 'src', 'import', 'fixtures');
const file = (name: string, as = name) => ({
  fileName: as,
  text: readFileSync(join(fixtures, name), 'utf8'),
});
const table = latestEdition;
const TENANT = '11111111-2222-4333-8444-555555555555';
const EA_OR_MCA = '00000000-0000-4000-8000-000000000002'; // quotaId EnterpriseAgreement_2014-09-01

const arm = file('arm-subscriptions.json', 'arm.json');
const accounts = file('billing-accounts-ea.json', 'accounts.json');
const graph = file('graph-directory-subscriptions.json', 'graph.json');

describe('previewImport', () => {
  it('previews every subscription of one file with its facts, readings and status', () => {
    const preview = previewImport(table, { files: [arm], locale: 'en' });
    expect(preview).toMatchObject({ edition: table.edition.id, failed: [] });
    expect(preview.files).toEqual([expect.stringMatching(/^arm\.json \(.+\)$/)]);
    const row = preview.rows.find((r) => r.subscriptionId === '00000000-0000-4000-8000-000000000001');
    expect(row?.status).toBe('new-azure-subscription');
    expect(row?.files).toEqual(['arm.json']);
    expect(row?.facts.some((f) => f.readings.some((t) => t.includes('PayAsYouGo')))).toBe(true);
    expect(recordsToImport(table, { files: [arm], locale: 'en' }).records).toHaveLength(preview.rows.length);
  });

  it('reads several files as one plan: the statuses are buildPlan’s for the same files', () => {
    const files = [arm, accounts, graph];
    const preview = previewImport(table, { files, locale: 'en', partnerTenant: TENANT });
    const plan = buildPlan(
      table,
      files.map((f) => importText(f.fileName, f.text, { partnerTenant: TENANT })),
      { locale: 'en' },
    );
    const expected = plan.groups.flatMap((g) => g.rows.map((r) => [r.id, r.status ?? '']));
    expect(preview.rows.map((r) => [r.subscriptionId, r.status])).toEqual(expected);
    expect(preview.files.map((f) => f.split(' (')[0])).toEqual(['arm.json', 'accounts.json', 'graph.json']);
    // The billing accounts settle the EA-or-customer-agreement subscription the list leaves open.
    const alone = previewImport(table, { files: [arm], locale: 'en' });
    const status = (p: typeof preview) => p.rows.find((r) => r.subscriptionId === EA_OR_MCA)?.status;
    expect(status(preview)).not.toBe(status(alone));
    const records = recordsToImport(table, { files, locale: 'en', partnerTenant: TENANT }).records;
    expect(records.map((r) => r.subscriptionId).sort()).toEqual(
      preview.rows.map((r) => r.subscriptionId).sort(),
    );
  });

  it('leaves out a file it cannot read, naming it with its place, where and what was expected; uses the others', () => {
    const cut = { fileName: 'cut.json', text: arm.text.slice(0, 200) };
    const preview = previewImport(table, { files: [graph, cut, accounts], locale: 'en' });
    expect(preview.failed).toEqual([
      { file: 'cut.json', index: 2, error: expect.stringMatching(/^cut\.json: line \d+, column \d+: /) },
    ]);
    expect(preview.files.map((f) => f.split(' (')[0])).toEqual(['graph.json', 'accounts.json']);
    const without = previewImport(table, { files: [graph, accounts], locale: 'en' });
    expect(preview.rows).toEqual(without.rows);
    const read = recordsToImport(table, { files: [graph, cut, accounts], locale: 'en' });
    expect(read.failed).toEqual(preview.failed);
    expect(read.records).toHaveLength(without.rows.length);
  });

  it('says why a file was left out in the dialog’s language', () => {
    const cut = { fileName: 'cut.json', text: arm.text.slice(0, 200) };
    let error: unknown;
    try {
      importText(cut.fileName, cut.text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    const hu = previewImport(table, { files: [cut], locale: 'hu' }).failed[0]?.error;
    expect(hu).toBe(importErrorText('hu', error as ImportError));
    expect(hu).not.toBe((error as ImportError).message);
    const late = previewImport(table, { files: [arm, { fileName: 'late.csv', size: 10 }], locale: 'hu' });
    expect(late.failed[0]?.error).toContain('egy importálás fájljai együtt');
  });

  it('names a file the page did not read for its size: over the size of one file, or over what one import takes', () => {
    const big = { fileName: 'big.csv', size: MAX_INVENTORY_CHARS + 1 };
    const late = { fileName: 'late.csv', size: 10 };
    const preview = previewImport(table, { files: [arm, big, late], locale: 'en' });
    expect(preview.failed).toEqual([
      {
        file: 'big.csv',
        index: 2,
        error: expect.stringMatching(/^big\.csv: 8\.0 MB: expected at most 8\.0 MB/),
      },
      { file: 'late.csv', index: 3, error: expect.stringContaining('for all the files of one import') },
    ]);
    expect(preview.files.map((f) => f.split(' (')[0])).toEqual(['arm.json']);
  });

  it('saves nothing when no file can be read', () => {
    const cut = { fileName: 'cut.json', text: arm.text.slice(0, 200) };
    const preview = previewImport(table, { files: [cut], locale: 'en' });
    expect(preview).toMatchObject({ files: [], rows: [], failed: [{ file: 'cut.json', index: 1 }] });
    expect(recordsToImport(table, { files: [cut], locale: 'en' }).records).toEqual([]);
  });

  it('tells the partner’s own subscriptions from another partner’s with the tenant id of the options', () => {
    const without = previewImport(table, { files: [graph], locale: 'en' });
    const withTenant = previewImport(table, { files: [graph], locale: 'en', partnerTenant: TENANT });
    expect(withTenant.rows.map((r) => r.status)).not.toEqual(without.rows.map((r) => r.status));
  });

  it('decides with the partner’s stored answers about the customer, as a save does, and shows them beside the files', () => {
    const partner = file('billing-accounts-partner.json', 'partner.json');
    const fromFiles = previewImport(table, { files: [arm, partner], locale: 'en' });
    const told = importedCustomerFacts(
      table,
      [arm, partner].map((f) => importText(f.fileName, f.text)),
    );
    const [fact, value] = Object.entries(told)[0] as [string, string | boolean];
    const other = factValues(table, fact).find((v) => v !== value) as string | boolean;
    const answered = previewImport(table, {
      files: [arm, partner],
      locale: 'en',
      customerFacts: { [fact]: other },
    });
    const expected = buildPlan(
      table,
      [arm, partner].map((f) => importText(f.fileName, f.text)),
      {
        locale: 'en',
        answers: Object.fromEntries(answered.rows.map((r) => [r.subscriptionId, { [fact]: other }])),
      },
    );
    const statusIn = (rows: { subscriptionId: string; status: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.subscriptionId, r.status]));
    expect(statusIn(answered.rows)).toEqual(
      statusIn(
        expected.groups.flatMap((g) => g.rows).map((r) => ({ subscriptionId: r.id, status: r.status ?? '' })),
      ),
    );
    expect(statusIn(answered.rows)).not.toEqual(statusIn(fromFiles.rows));
    // The file's reading stays beside the answer, so the disagreement is visible.
    const shown = answered.rows[0]?.facts.find((f) => f.fact === fact);
    expect(shown?.readings.length).toBeGreaterThan(1);
  });
});
