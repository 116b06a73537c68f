import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEdition, latestEdition } from '@multichannel/rules/editions';
import { importText } from '@multichannel/rules/plan';
import { describe, expect, it } from 'vitest';
import { previewImport, recordsToImport } from '../background/import-preview.ts';
import { BackgroundRequest, MAX_INVENTORY_CHARS } from '../messages.ts';
import { CURRENT_VERSION, migrateStore } from './bought-elsewhere-schema.ts';
import { importedRecords, mergeBySubscription } from './import-records.ts';
import { readSettings, SETTINGS_VERSION } from './settings.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'rules', 'src', 'import', 'fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const csv = fixture('resource-graph.csv');
const table = latestEdition;

describe('importedRecords', () => {
  const file = importText('resource-graph.csv', csv);
  const records = importedRecords(table, file, new Date('2026-12-01T00:00:00Z'));

  it('makes one record per subscription, with its id, the file as source and only declared facts', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.subscriptionId)).size).toBe(records.length);
    for (const r of records) {
      expect(r.source).toBe('resource-graph.csv');
      for (const fact of Object.keys(r.facts)) expect(Object.hasOwn(table.facts, fact)).toBe(true);
    }
    const sales = records.find((r) => r.subscriptionId === '00000000-0000-4000-8000-000000000201');
    expect(sales?.product).toBe('Sales, "EMEA" team');
  });

  it('fills the facts the edition in use declares (an older edition gets its own)', () => {
    const old = importedRecords(getEdition('2020-06'), file);
    for (const r of old)
      for (const f of Object.keys(r.facts)) expect(getEdition('2020-06').facts[f]).toBeDefined();
  });
});

describe('mergeBySubscription', () => {
  const file = importText('resource-graph.csv', csv);
  const first = importedRecords(table, file);

  it('adds everything into an empty list', () => {
    const merged = mergeBySubscription([], first);
    expect(merged).toMatchObject({ added: first.length, updated: 0 });
  });

  it('updates instead of doubling on a re-import, keeping record ids and answers given since', () => {
    const [one] = first;
    if (!one) throw new Error('fixture has records');
    const answered = { ...one, facts: { ...one.facts, roles: ['admin-agent'] } };
    const stored = [answered, ...first.slice(1)];
    const again = importedRecords(table, file);
    const merged = mergeBySubscription(stored, again);
    expect(merged).toMatchObject({ added: 0, updated: first.length });
    expect(merged.records.map((r) => r.id)).toEqual(stored.map((r) => r.id));
    expect(merged.records[0]?.facts.roles).toEqual(['admin-agent']);
  });

  it('matches subscription ids without case and leaves records typed in by hand alone', () => {
    const typed = { id: 'typed', product: 'Visio', facts: {}, updatedAt: '2026-01-01T00:00:00.000Z' };
    const [one] = first;
    if (!one?.subscriptionId) throw new Error('fixture has records');
    const upper = { ...one, subscriptionId: one.subscriptionId.toUpperCase() };
    const merged = mergeBySubscription([typed, upper], [one]);
    expect(merged).toMatchObject({ added: 0, updated: 1 });
    expect(merged.records).toHaveLength(2);
  });
});

describe('store version 5', () => {
  const v4Record = {
    id: 'r1',
    product: 'A',
    facts: { channel: 'ea' },
    updatedAt: '2026-05-01T10:00:00.000Z',
  };

  it('takes version 4 records as they are', () => {
    const result = migrateStore({ version: 4, customers: { t1: { facts: {}, records: [v4Record] } } });
    expect(result).toMatchObject({ ok: true, migratedFrom: 4, setAside: [] });
    if (result.ok)
      expect(result.store).toEqual({
        version: CURRENT_VERSION,
        customers: { t1: { facts: {}, records: [v4Record] } },
      });
  });

  it('sets aside a version 4 record with a version 5 field (version 4 never wrote one)', () => {
    const bad = { ...v4Record, subscriptionId: 'x' };
    const result = migrateStore({ version: 4, customers: { t1: { facts: {}, records: [bad] } } });
    expect(result.ok && result.setAside).toHaveLength(1);
  });

  it('keeps an imported record with its subscription id and source', () => {
    const imported = { ...v4Record, subscriptionId: 'sub-1', source: 'arm.json' };
    const result = migrateStore({ version: 5, customers: { t1: { facts: {}, records: [imported] } } });
    expect(result.ok && result.store.customers.t1?.records).toEqual([imported]);
  });
});

describe('inventory messages', () => {
  const request = {
    type: 'multichannel:inventory-save',
    customerId: 't1',
    fileName: 'a.csv',
    text: csv,
    locale: 'en',
  };

  it('accepts a file text with its name', () => {
    expect(BackgroundRequest.safeParse(request).success).toBe(true);
    expect(BackgroundRequest.safeParse({ ...request, type: 'multichannel:inventory-preview' }).success).toBe(
      true,
    );
  });

  it.each([
    ['an oversized text', { text: 'x'.repeat(MAX_INVENTORY_CHARS + 1) }],
    ['no file name', { fileName: '' }],
    ['no customer', { customerId: '' }],
    ['an unknown locale', { locale: 'de' }],
  ])('refuses %s', (_, change) => {
    expect(BackgroundRequest.safeParse({ ...request, ...change }).success).toBe(false);
  });
});

describe('previewImport', () => {
  it('previews every subscription with its facts, readings and status', () => {
    const preview = previewImport(table, {
      fileName: 'arm.json',
      text: fixture('arm-subscriptions.json'),
      locale: 'en',
    });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.edition).toBe(table.edition.id);
    const row = preview.rows.find((r) => r.subscriptionId === '00000000-0000-4000-8000-000000000001');
    expect(row?.status).toBe('new-azure-subscription');
    expect(row?.facts.some((f) => f.readings.some((t) => t.includes('PayAsYouGo')))).toBe(true);
    const records = recordsToImport(table, {
      fileName: 'arm.json',
      text: fixture('arm-subscriptions.json'),
      locale: 'en',
    });
    expect(records.ok && records.records.length).toBe(preview.rows.length);
  });

  it('answers a file it cannot read with where and what was expected, and saves nothing', () => {
    const text = fixture('arm-subscriptions.json').slice(0, 200);
    const preview = previewImport(table, { fileName: 'cut.json', text, locale: 'en' });
    expect(preview).toMatchObject({ ok: false, error: expect.stringContaining('cut.json') });
    expect(recordsToImport(table, { fileName: 'cut.json', text, locale: 'en' }).ok).toBe(false);
  });

  it('tells the partner’s own subscriptions from another partner’s with the tenant id of the options', () => {
    const text = fixture('graph-directory-subscriptions.json');
    const input = { fileName: 'graph.json', text, locale: 'en' as const };
    const without = previewImport(table, input);
    const withTenant = previewImport(table, {
      ...input,
      partnerTenant: '11111111-2222-4333-8444-555555555555',
    });
    if (!without.ok || !withTenant.ok) throw new Error('fixture reads');
    expect(withTenant.rows.map((r) => r.status)).not.toEqual(without.rows.map((r) => r.status));
  });
});

describe('settings version 3', () => {
  const v2 = { version: 2, roles: [], language: 'auto', annotate: true, extraHosts: [] };

  it('reads version 2 settings with no tenant id', () => {
    const read = readSettings(v2);
    expect(read.settings).toEqual({ ...v2, version: SETTINGS_VERSION });
    expect(read.setAside).toEqual([]);
  });

  it('keeps a valid tenant id (lower-cased) and sets an invalid one aside', () => {
    const tenant = '11111111-2222-4333-8444-555555555555';
    const ok = readSettings({ ...v2, version: SETTINGS_VERSION, partnerTenant: tenant.toUpperCase() });
    expect(ok.settings.partnerTenant).toBe(tenant);
    const bad = readSettings({ ...v2, version: SETTINGS_VERSION, partnerTenant: 'contoso' });
    expect(bad.settings.partnerTenant).toBeUndefined();
    expect(bad.setAside).toHaveLength(1);
  });
});
