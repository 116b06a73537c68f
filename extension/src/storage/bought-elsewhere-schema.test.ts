import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  EXPORT_FORMAT,
  exportCustomer,
  mergeImport,
  migrateStore,
  parseImport,
} from './bought-elsewhere-schema.ts';

const record = {
  id: 'r1',
  product: 'Azure (EA)',
  channel: 'ea',
  billing: 'usage',
  offerId: 'MS-AZR-0017P',
  updatedAt: '2026-05-01T10:00:00.000Z',
};

describe('bought-elsewhere storage migrations', () => {
  it('keeps current data as it is', () => {
    const store = { version: CURRENT_VERSION, customers: { t1: [record] } };
    expect(migrateStore(store)).toEqual({ ok: true, store, migratedFrom: null });
  });

  it('migrates version 1 (no ids, no dates) to the current version', () => {
    const result = migrateStore({
      version: 1,
      customers: { t1: [{ product: 'Microsoft 365 E3', channel: 'microsoft-direct', billing: 'license' }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.store.version).toBe(2);
    const [migrated] = result.store.customers.t1 ?? [];
    expect(migrated).toMatchObject({
      product: 'Microsoft 365 E3',
      channel: 'microsoft-direct',
      billing: 'license',
    });
    expect(migrated?.id).toMatch(/\w/);
  });

  it('reports data it cannot read instead of dropping it silently', () => {
    expect(migrateStore('garbage')).toMatchObject({ ok: false });
    expect(migrateStore({ version: 9, customers: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer'),
    });
    expect(migrateStore({ version: 1, customers: { t1: [{ channel: 'nowhere' }] } })).toMatchObject({
      ok: false,
    });
    expect(migrateStore({ version: 2, customers: { t1: [{ ...record, billing: 'seats' }] } })).toMatchObject({
      ok: false,
    });
  });
});

describe('import and export', () => {
  it('round-trips a customer through the export file', () => {
    const store = { version: 2 as const, customers: { t1: [record] } };
    const text = exportCustomer(store as never, 't1');
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, customerId: 't1' });
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.file.records).toEqual([record]);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['a JSON array', '[]'],
    ['the wrong format', JSON.stringify({ format: 'other', version: 2, customerId: 't1', records: [] })],
    [
      'an unknown channel',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        customerId: 't1',
        records: [{ ...record, channel: 'moon' }],
      }),
    ],
    [
      'a malformed offer ID',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        customerId: 't1',
        records: [{ ...record, offerId: '0017P' }],
      }),
    ],
    [
      'an extra field',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        customerId: 't1',
        records: [{ ...record, script: '<img onerror>' }],
      }),
    ],
  ])('rejects %s with a readable error', (_, text) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(0);
  });

  it('merges imported records by id', () => {
    const store = { version: 2 as const, customers: { t1: [record] } };
    const merged = mergeImport(store as never, 't1', [
      { ...record, product: 'renamed' } as never,
      { ...record, id: 'r2' } as never,
    ]);
    expect(merged.customers.t1?.map((r) => [r.id, r.product])).toEqual([
      ['r1', 'renamed'],
      ['r2', 'Azure (EA)'],
    ]);
  });
});
