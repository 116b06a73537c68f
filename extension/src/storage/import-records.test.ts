import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factValues } from '@multichannel/rules';
import { getEdition, latestEdition } from '@multichannel/rules/editions';
import { importText, subscriptionFacts } from '@multichannel/rules/plan';
import { describe, expect, it } from 'vitest';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import { MAX_INVENTORY_FILES, MAX_INVENTORY_TOTAL_CHARS } from '../inventory-limits.ts';
import { BackgroundRequest, MAX_INVENTORY_CHARS } from '../messages.ts';
import { CURRENT_VERSION, migrateStore } from './bought-elsewhere-schema.ts';
import {
  fillCustomerFacts,
  importedCustomerFacts,
  importedRecords,
  mergeBySubscription,
} from './import-records.ts';
import { readSettings, SETTINGS_VERSION } from './settings.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'rules', 'src', 'import', 'fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const csv = fixture('resource-graph.csv');
const table = latestEdition;

describe('importedRecords', () => {
  const file = importText('resource-graph.csv', csv);
  const records = importedRecords(table, [file], new Date('2026-12-01T00:00:00Z'));

  it('makes one record per subscription, with its id, the file as source and only declared facts', () => {
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.subscriptionId)).size).toBe(records.length);
    for (const r of records) {
      expect(r.sources).toEqual(['resource-graph.csv']);
      for (const fact of Object.keys(r.facts)) expect(Object.hasOwn(table.facts, fact)).toBe(true);
    }
    const sales = records.find((r) => r.subscriptionId === '00000000-0000-4000-8000-000000000201');
    expect(sales?.product).toBe('Sales, "EMEA" team');
  });

  it('makes one record of a subscription several files list, naming every file, with what they tell together', () => {
    const arm = importText('arm.json', fixture('arm-subscriptions.json'));
    const accounts = importText('accounts.json', fixture('billing-accounts-ea.json'));
    const alone = importedRecords(table, [arm]);
    const together = importedRecords(table, [arm, accounts]);
    expect(together.map((r) => r.subscriptionId)).toEqual(alone.map((r) => r.subscriptionId));
    const id = '00000000-0000-4000-8000-000000000002'; // quotaId EnterpriseAgreement_2014-09-01
    const before = alone.find((r) => r.subscriptionId === id);
    const after = together.find((r) => r.subscriptionId === id);
    expect(before?.facts.channel).toBeUndefined();
    expect(after?.facts.channel).toBeDefined();
    expect(after?.sources).toEqual(['arm.json', 'accounts.json']);
  });

  it('fills the facts the edition in use declares (an older edition gets its own)', () => {
    const old = importedRecords(getEdition('2020-06'), [file]);
    for (const r of old)
      for (const f of Object.keys(r.facts)) expect(getEdition('2020-06').facts[f]).toBeDefined();
  });
});

describe('mergeBySubscription', () => {
  const file = importText('resource-graph.csv', csv);
  const first = importedRecords(table, [file]);

  it('adds everything into an empty list', () => {
    const merged = mergeBySubscription([], first);
    expect(merged).toMatchObject({ added: first.length, updated: 0 });
  });

  it('updates instead of doubling on a re-import, keeping record ids and answers given since', () => {
    const [one] = first;
    if (!one) throw new Error('fixture has records');
    const answered = { ...one, facts: { ...one.facts, roles: ['admin-agent'] } };
    const stored = [answered, ...first.slice(1)];
    const again = importedRecords(table, [file]);
    const merged = mergeBySubscription(stored, again);
    expect(merged).toMatchObject({ added: 0, updated: first.length });
    expect(merged.records.map((r) => r.id)).toEqual(stored.map((r) => r.id));
    expect(merged.records[0]?.facts.roles).toEqual(['admin-agent']);
    expect(merged.records[0]?.sources).toEqual(['resource-graph.csv']);
  });

  it('adds the files of a later import to the sources of the records they update', () => {
    const later = importedRecords(table, [importText('later.csv', csv)]);
    const merged = mergeBySubscription(first, later);
    expect(merged.updated).toBe(first.length);
    for (const r of merged.records) expect(r.sources).toEqual(['resource-graph.csv', 'later.csv']);
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

describe('store versions 5 and 6', () => {
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

  it('turns the one source of a version 5 record into its list of sources', () => {
    const imported = { ...v4Record, subscriptionId: 'sub-1', source: 'arm.json' };
    const result = migrateStore({
      version: 5,
      customers: { t1: { facts: {}, records: [imported, v4Record] } },
    });
    expect(result).toMatchObject({ ok: true, migratedFrom: 5, setAside: [] });
    const { source: _, ...rest } = imported;
    expect(result.ok && result.store.customers.t1?.records).toEqual([
      { ...rest, sources: ['arm.json'] },
      v4Record,
    ]);
  });

  it('sets aside a version 5 record with a version 6 field, and a version 6 one with the old field', () => {
    const v5 = { ...v4Record, subscriptionId: 'sub-1', sources: ['arm.json'] };
    const five = migrateStore({ version: 5, customers: { t1: { facts: {}, records: [v5] } } });
    expect(five.ok && five.setAside).toHaveLength(1);
    const v6 = { ...v4Record, subscriptionId: 'sub-1', source: 'arm.json' };
    const six = migrateStore({ version: 6, customers: { t1: { facts: {}, records: [v6] } } });
    expect(six.ok && six.setAside).toHaveLength(1);
  });

  it('keeps a version 6 record with its subscription id and sources', () => {
    const imported = { ...v4Record, subscriptionId: 'sub-1', sources: ['arm.json', 'graph.json'] };
    const result = migrateStore({ version: 6, customers: { t1: { facts: {}, records: [imported] } } });
    expect(result.ok && result.store.customers.t1?.records).toEqual([imported]);
  });
});

describe('inventory messages', () => {
  const request = {
    type: 'multichannel:inventory-save',
    customerId: 't1',
    files: [
      { fileName: 'a.csv', text: csv },
      { fileName: 'b.json', text: fixture('billing-accounts-ea.json') },
    ],
    locale: 'en',
  };
  const one = (text: string) => ({ fileName: 'x.json', text });

  it('accepts one or several file texts with their names', () => {
    expect(BackgroundRequest.safeParse(request).success).toBe(true);
    expect(BackgroundRequest.safeParse({ ...request, type: 'multichannel:inventory-preview' }).success).toBe(
      true,
    );
    expect(BackgroundRequest.safeParse({ ...request, files: [one(csv)] }).success).toBe(true);
  });

  it('accepts files the page did not read by name and size only', () => {
    const unread = { fileName: 'big.csv', size: MAX_INVENTORY_CHARS + 1 };
    expect(BackgroundRequest.safeParse({ ...request, files: [...request.files, unread] }).success).toBe(true);
  });

  it.each([
    ['an oversized file', { files: [one('x'.repeat(MAX_INVENTORY_CHARS + 1))] }],
    [
      'files over the total',
      {
        files: [
          one('x'.repeat(MAX_INVENTORY_TOTAL_CHARS / 2 + 1)),
          one('x'.repeat(MAX_INVENTORY_TOTAL_CHARS / 2)),
        ],
      },
    ],
    [
      'too many files',
      { files: Array.from({ length: MAX_INVENTORY_FILES + 1 }, () => ({ fileName: 'a', size: 1 })) },
    ],
    ['a negative size', { files: [{ fileName: 'a', size: -1 }] }],
    ['no file', { files: [] }],
    ['the one-file shape of before', { files: undefined, fileName: 'a.csv', text: csv }],
    ['a file without a name', { files: [{ fileName: ' ', text: csv }] }],
    ['no customer', { customerId: '' }],
    ['an unknown locale', { locale: 'de' }],
  ])('refuses %s', (_, change) => {
    expect(BackgroundRequest.safeParse({ ...request, ...change }).success).toBe(false);
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

describe('answers about the customer from the files', () => {
  const arm = importText('arm.json', fixture('arm-subscriptions.json'));
  const partner = importText('partner.json', fixture('billing-accounts-partner.json'));

  it('takes the customer-level facts a partner billing account settles, as the plan decides on them', () => {
    const told = importedCustomerFacts(table, [arm, partner]);
    expect(Object.keys(told).length).toBeGreaterThan(0);
    for (const fact of Object.keys(told)) expect(customerFactsOf(table)).toContain(fact);
    // The same value the plan read for every subscription that settles it.
    const settled = subscriptionFacts(table, [arm, partner]).filter((s) => !s.skip);
    for (const [fact, value] of Object.entries(told))
      for (const s of settled) if (Object.hasOwn(s.facts, fact)) expect(s.facts[fact]).toBe(value);
    // The records themselves carry no customer-level fact.
    for (const r of importedRecords(table, [arm, partner]))
      for (const fact of Object.keys(told)) expect(Object.hasOwn(r.facts, fact)).toBe(false);
  });

  it('tells nothing about the customer from a subscription list alone', () => {
    expect(importedCustomerFacts(table, [arm])).toEqual({});
  });

  it('fills only what the partner has not answered', () => {
    const told = importedCustomerFacts(table, [arm, partner]);
    const [fact, value] = Object.entries(told)[0] as [string, string | boolean];
    const other = factValues(table, fact).find((v) => v !== value) as string | boolean;
    expect(fillCustomerFacts({}, told)).toEqual(told);
    expect(fillCustomerFacts({ [fact]: other }, told)).toEqual({ [fact]: other });
  });
});

describe('the sources of a record imported again', () => {
  it('name the file imported last at the end, each once', () => {
    const [record] = importedRecords(table, [importText('resource-graph.csv', csv)]);
    const old = { ...(record as NonNullable<typeof record>), sources: ['resource-graph.csv', 'other.json'] };
    const again = { ...(record as NonNullable<typeof record>), sources: ['resource-graph.csv'] };
    expect(mergeBySubscription([old], [again]).records[0]?.sources).toEqual([
      'other.json',
      'resource-graph.csv',
    ]);
  });
});
