import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  EXPORT_FORMAT,
  exportCustomer,
  mergeImport,
  migrateStore,
  parseImport,
  type Store,
  withCspPartner,
} from './bought-elsewhere-schema.ts';

const record = {
  id: 'r1',
  product: 'Azure (EA)',
  channel: 'ea',
  billing: 'usage',
  offerId: 'MS-AZR-0017P',
  updatedAt: '2026-05-01T10:00:00.000Z',
} as const;
const other = { id: 'r2', product: 'Visio Plan 2', updatedAt: '2026-05-02T10:00:00.000Z' } as const;

describe('stored data migrations', () => {
  it('keeps current data as it is', () => {
    const store = {
      version: CURRENT_VERSION,
      customers: { t1: { customerIsCspPartner: true, records: [record] }, t2: { records: [other] } },
    };
    expect(migrateStore(store)).toEqual({ ok: true, store, migratedFrom: null, setAside: [] });
  });

  it('migrates version 1 (no ids, no dates) to the current version', () => {
    const result = migrateStore({
      version: 1,
      customers: { t1: [{ product: 'Microsoft 365 E3', channel: 'microsoft-direct', billing: 'license' }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.store.version).toBe(3);
    expect(result.store.customers.t1?.customerIsCspPartner).toBeUndefined();
    const [migrated] = result.store.customers.t1?.records ?? [];
    expect(migrated).toMatchObject({
      product: 'Microsoft 365 E3',
      channel: 'microsoft-direct',
      billing: 'license',
    });
    expect(migrated?.id).toMatch(/\w/);
  });

  it('migrates version 2: the records’ CSP partner answers become the customer’s, records kept', () => {
    const result = migrateStore({
      version: 2,
      customers: {
        yes: [{ ...record, customerIsCspPartner: true }, other],
        no: [
          { ...record, customerIsCspPartner: false },
          { ...other, customerIsCspPartner: false },
        ],
        unknown: [record, other],
        empty: [],
      },
    });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 2,
      setAside: [],
      store: {
        version: 3,
        customers: {
          yes: { customerIsCspPartner: true, records: [record, other] },
          no: { customerIsCspPartner: false, records: [record, other] },
          unknown: { records: [record, other] },
          empty: { records: [] },
        },
      },
    });
  });

  it('leaves the answer unknown when version 2 records disagree, and says so', () => {
    const result = migrateStore({
      version: 2,
      customers: {
        t1: [
          { ...record, customerIsCspPartner: true },
          { ...other, customerIsCspPartner: false },
        ],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.customers.t1).toEqual({ records: [record, other] });
    // The customer's records as they were stay available, shaped like a version 2 store.
    expect(result.setAside).toEqual([
      {
        error: expect.stringContaining('customer t1'),
        raw: {
          version: 2,
          customers: {
            t1: [
              { ...record, customerIsCspPartner: true },
              { ...other, customerIsCspPartner: false },
            ],
          },
        },
      },
    ]);
  });

  it('fails only on data it cannot read as a whole, saying why', () => {
    expect(migrateStore('garbage')).toMatchObject({ ok: false });
    expect(migrateStore({ version: 9, customers: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer'),
    });
    expect(migrateStore({ version: 3, customers: [] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('customers'),
    });
  });

  it.each([
    ['version 1, an unknown channel', { version: 1, customers: { t1: [{ channel: 'nowhere' }] } }],
    [
      'version 2, an unknown billing type',
      { version: 2, customers: { t1: [{ ...record, billing: 'seats' }] } },
    ],
    [
      'version 2, an answer that is not yes or no',
      { version: 2, customers: { t1: [{ ...record, customerIsCspPartner: 'yes' }] } },
    ],
    // In version 3 the answer belongs to the customer, not to a record.
    [
      'version 3, an answer on a record',
      { version: 3, customers: { t1: { records: [{ ...record, customerIsCspPartner: true }] } } },
    ],
  ])('sets aside a record with %s, keeping the others and saying why', (_, data) => {
    const withGood = structuredClone(data) as { version: number; customers: Record<string, unknown> };
    const good = withGood.version === 1 ? { product: other.product } : other;
    withGood.customers.t2 = withGood.version === 3 ? { records: [good] } : [good];
    const result = migrateStore(withGood);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.customers.t2?.records.map((r) => r.product)).toEqual([other.product]);
    expect(result.store.customers.t1?.records).toEqual([]);
    expect(result.setAside).toEqual([
      { raw: data, error: expect.stringMatching(/^customer t1: record 1: /) },
    ]);
  });

  it('sets aside a customer whose data is not of its version’s shape, keeping the others', () => {
    const result = migrateStore({ version: 3, customers: { t1: [record], t2: { records: [other] } } });
    expect(result).toMatchObject({
      ok: true,
      store: { customers: { t2: { records: [other] } } },
      setAside: [
        { raw: { version: 3, customers: { t1: [record] } }, error: expect.stringContaining('customer t1') },
      ],
    });
  });
});

describe('the CSP partner answer', () => {
  const store: Store = { version: 3, customers: { t1: { records: [record] } } };

  it('is set, changed and forgotten per customer', () => {
    const yes = withCspPartner(store, 't1', true);
    expect(yes.customers.t1).toEqual({ customerIsCspPartner: true, records: [record] });
    expect(withCspPartner(yes, 't1', false).customers.t1?.customerIsCspPartner).toBe(false);
    expect(withCspPartner(yes, 't1', null).customers.t1).toEqual({ records: [record] });
    expect(withCspPartner(yes, 't2', true).customers).toEqual({
      t1: { customerIsCspPartner: true, records: [record] },
      t2: { customerIsCspPartner: true, records: [] },
    });
  });

  it('a customer with nothing recorded is not kept', () => {
    const set = withCspPartner(store, 't2', false);
    expect(withCspPartner(set, 't2', null)).toEqual(store);
  });
});

describe('import and export', () => {
  const file = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: 3, customerId: 't1', records: [record], ...fields });

  it('round-trips a customer through the export file, with the CSP partner answer', () => {
    const store: Store = { version: 3, customers: { t1: { customerIsCspPartner: true, records: [record] } } };
    const text = exportCustomer(store, 't1');
    expect(JSON.parse(text)).toEqual({
      format: EXPORT_FORMAT,
      version: 3,
      customerId: 't1',
      customerIsCspPartner: true,
      records: [record],
    });
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.file).toMatchObject({ customerIsCspPartner: true, records: [record] });
  });

  it('leaves an unknown answer out of the file', () => {
    const text = exportCustomer({ version: 3, customers: { t1: { records: [record] } } }, 't1');
    expect(JSON.parse(text)).not.toHaveProperty('customerIsCspPartner');
    expect(JSON.parse(exportCustomer({ version: 3, customers: {} }, 'nobody'))).toMatchObject({
      records: [],
    });
  });

  it('reads files exported by version 2, moving the answer to the customer', () => {
    const parsed = parseImport(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        customerId: 't1',
        records: [{ ...record, customerIsCspPartner: false }, other],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        version: 3,
        customerId: 't1',
        customerIsCspPartner: false,
        records: [record, other],
      },
    });
  });

  it.each([
    ['not JSON', '{"format":'],
    ['a JSON array', '[]'],
    ['the wrong format', file({ format: 'other' })],
    ['a newer version', file({ version: 4 })],
    ['an unknown channel', file({ records: [{ ...record, channel: 'moon' }] })],
    ['a malformed offer ID', file({ records: [{ ...record, offerId: '0017P' }] })],
    ['an extra field', file({ records: [{ ...record, script: '<img onerror>' }] })],
    ['an answer that is not yes or no', file({ customerIsCspPartner: 'maybe' })],
    ['an answer on a record', file({ records: [{ ...record, customerIsCspPartner: true }] })],
    [
      'version 2 records that disagree on the answer',
      file({
        version: 2,
        records: [
          { ...record, customerIsCspPartner: true },
          { ...other, customerIsCspPartner: false },
        ],
      }),
    ],
  ])('rejects %s with a readable error', (_, text) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(0);
  });

  it('merges imported records by id, and takes the file’s answer when it has one', () => {
    const store: Store = {
      version: 3,
      customers: { t1: { customerIsCspPartner: false, records: [record] } },
    };
    const merged = mergeImport(store, 't1', {
      records: [
        { ...record, product: 'renamed' },
        { ...record, id: 'r2' },
      ],
    });
    expect(merged.customers.t1?.records.map((r) => [r.id, r.product])).toEqual([
      ['r1', 'renamed'],
      ['r2', 'Azure (EA)'],
    ]);
    expect(merged.customers.t1?.customerIsCspPartner).toBe(false);
    expect(mergeImport(store, 't1', { records: [], customerIsCspPartner: true }).customers.t1).toEqual({
      customerIsCspPartner: true,
      records: [record],
    });
  });
});
