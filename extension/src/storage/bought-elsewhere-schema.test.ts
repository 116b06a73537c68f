import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  EXPORT_FORMAT,
  exportCustomer,
  mergeImport,
  migrateStore,
  parseImport,
  type Store,
  withCustomerFacts,
} from './bought-elsewhere-schema.ts';

// Versions 1 to 3 kept the facts (of edition 2020-06) as fields of the record and the customer.
const legacyRecord = {
  id: 'r1',
  product: 'Azure (EA)',
  channel: 'ea',
  billing: 'usage',
  offerId: 'MS-AZR-0017P',
  updatedAt: '2026-05-01T10:00:00.000Z',
} as const;
const other = { id: 'r2', product: 'Visio Plan 2', updatedAt: '2026-05-02T10:00:00.000Z' } as const;
// The same records in version 4: the facts in a record of their own.
const record = {
  id: 'r1',
  product: 'Azure (EA)',
  facts: { channel: 'ea', billing: 'usage' },
  offerId: 'MS-AZR-0017P',
  updatedAt: '2026-05-01T10:00:00.000Z',
};
const otherV4 = { ...other, facts: {} };

describe('stored data migrations', () => {
  it('keeps current data as it is, with facts no shipped edition declares', () => {
    const store = {
      version: CURRENT_VERSION,
      customers: {
        t1: { facts: { customerIsCspPartner: true }, records: [record] },
        // A fact and a value of a later edition: kept for the edition that knows them.
        t2: {
          facts: {},
          records: [{ ...otherV4, facts: { channel: 'volume-licensing', commerce: 'legacy' } }],
        },
      },
    };
    expect(migrateStore(store)).toEqual({ ok: true, store, migratedFrom: null, setAside: [] });
  });

  it('migrates version 1 (no ids, no dates, facts as fields) to the current version', () => {
    const result = migrateStore({
      version: 1,
      customers: { t1: [{ product: 'Microsoft 365 E3', channel: 'microsoft-direct', billing: 'license' }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.store.version).toBe(CURRENT_VERSION);
    expect(result.store.customers.t1?.facts).toEqual({});
    const [migrated] = result.store.customers.t1?.records ?? [];
    expect(migrated).toMatchObject({
      product: 'Microsoft 365 E3',
      facts: { channel: 'microsoft-direct', billing: 'license' },
    });
    expect(migrated?.id).toMatch(/\w/);
  });

  it('migrates version 2: the records’ answers about the customer become the customer’s facts', () => {
    const result = migrateStore({
      version: 2,
      customers: {
        yes: [{ ...legacyRecord, customerIsCspPartner: true }, other],
        no: [
          { ...legacyRecord, customerIsCspPartner: false },
          { ...other, customerIsCspPartner: false },
        ],
        unknown: [legacyRecord, other],
        empty: [],
      },
    });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 2,
      setAside: [],
      store: {
        version: CURRENT_VERSION,
        customers: {
          yes: { facts: { customerIsCspPartner: true }, records: [record, otherV4] },
          no: { facts: { customerIsCspPartner: false }, records: [record, otherV4] },
          unknown: { facts: {}, records: [record, otherV4] },
          empty: { facts: {}, records: [] },
        },
      },
    });
  });

  it('migrates version 3: the customer’s answer and each record’s fields become facts', () => {
    const result = migrateStore({
      version: 3,
      customers: { t1: { customerIsCspPartner: false, records: [legacyRecord, other] }, t2: { records: [] } },
    });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 3,
      setAside: [],
      store: {
        version: CURRENT_VERSION,
        customers: {
          t1: { facts: { customerIsCspPartner: false }, records: [record, otherV4] },
          t2: { facts: {}, records: [] },
        },
      },
    });
  });

  it('leaves the answer unknown when version 2 records disagree, and says so', () => {
    const disagreeing = [
      { ...legacyRecord, customerIsCspPartner: true },
      { ...other, customerIsCspPartner: false },
    ];
    const result = migrateStore({ version: 2, customers: { t1: disagreeing } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.customers.t1).toEqual({ facts: {}, records: [record, otherV4] });
    // The customer's records as they were stay available, shaped like a version 2 store.
    expect(result.setAside).toEqual([
      {
        error: expect.stringContaining('customer t1: the records disagreed on customerIsCspPartner'),
        raw: { version: 2, customers: { t1: disagreeing } },
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
    [
      'version 1, an unknown channel',
      { version: 1, customers: { t1: [{ product: 'X', channel: 'nowhere' }] } },
    ],
    [
      'version 2, an unknown billing type',
      { version: 2, customers: { t1: [{ ...legacyRecord, billing: 'seats' }] } },
    ],
    [
      'version 2, an answer that is not yes or no',
      { version: 2, customers: { t1: [{ ...legacyRecord, customerIsCspPartner: 'yes' }] } },
    ],
    // In version 3 the answer belongs to the customer, not to a record.
    [
      'version 3, an answer on a record',
      { version: 3, customers: { t1: { records: [{ ...legacyRecord, customerIsCspPartner: true }] } } },
    ],
    [
      'version 3, a field that is no fact of its edition',
      { version: 3, customers: { t1: { records: [{ ...legacyRecord, script: '<img onerror>' }] } } },
    ],
    [
      'version 4, facts that are not a record of values',
      { version: 4, customers: { t1: { facts: {}, records: [{ ...record, facts: ['ea'] }] } } },
    ],
  ])('sets aside a record with %s, keeping the others and saying why', (_, data) => {
    const withGood = structuredClone(data) as { version: number; customers: Record<string, unknown> };
    const good = { 1: { product: other.product }, 2: other, 3: other, 4: otherV4 }[withGood.version];
    withGood.customers.t2 =
      withGood.version === 3
        ? { records: [good] }
        : withGood.version === 4
          ? { facts: {}, records: [good] }
          : [good];
    const result = migrateStore(withGood);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.customers.t2?.records.map((r) => r.product)).toEqual([other.product]);
    expect(result.store.customers.t1?.records).toEqual([]);
    expect(result.setAside).toEqual([
      { raw: data, error: expect.stringMatching(/^customer t1: record 1: /) },
    ]);
  });

  it('names what the edition allows when a legacy fact has a value it does not know', () => {
    const result = migrateStore({
      version: 3,
      customers: { t1: { records: [{ ...legacyRecord, billing: 'seats' }] } },
    });
    expect(result.ok && result.setAside[0]?.error).toContain('use one of: license, usage');
  });

  it('sets aside a customer whose data is not of its version’s shape, keeping the others', () => {
    const result = migrateStore({ version: 3, customers: { t1: [legacyRecord], t2: { records: [other] } } });
    expect(result).toMatchObject({
      ok: true,
      store: { customers: { t2: { facts: {}, records: [otherV4] } } },
      setAside: [
        {
          raw: { version: 3, customers: { t1: [legacyRecord] } },
          error: expect.stringContaining('customer t1'),
        },
      ],
    });
  });
});

describe('the answers about a customer', () => {
  const store: Store = { version: CURRENT_VERSION, customers: { t1: { facts: {}, records: [record] } } };

  it('are set, changed and forgotten per customer and per fact', () => {
    const yes = withCustomerFacts(store, 't1', { customerIsCspPartner: true, commerce: 'legacy' });
    expect(yes.customers.t1).toEqual({
      facts: { customerIsCspPartner: true, commerce: 'legacy' },
      records: [record],
    });
    expect(withCustomerFacts(yes, 't1', { customerIsCspPartner: false }).customers.t1?.facts).toEqual({
      customerIsCspPartner: false,
      commerce: 'legacy',
    });
    expect(withCustomerFacts(yes, 't1', { customerIsCspPartner: null }).customers.t1?.facts).toEqual({
      commerce: 'legacy',
    });
    expect(withCustomerFacts(store, 't2', { customerIsCspPartner: true }).customers.t2).toEqual({
      facts: { customerIsCspPartner: true },
      records: [],
    });
  });

  it('a customer with nothing recorded is not kept', () => {
    const set = withCustomerFacts(store, 't2', { customerIsCspPartner: false });
    expect(withCustomerFacts(set, 't2', { customerIsCspPartner: null })).toEqual(store);
  });
});

describe('import and export', () => {
  const file = (fields: Record<string, unknown>) =>
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: CURRENT_VERSION,
      customerId: 't1',
      facts: {},
      records: [record],
      ...fields,
    });

  it('round-trips a customer through the export file, with its answers', () => {
    const store: Store = {
      version: CURRENT_VERSION,
      customers: { t1: { facts: { customerIsCspPartner: true }, records: [record] } },
    };
    const text = exportCustomer(store, 't1');
    expect(JSON.parse(text)).toEqual({
      format: EXPORT_FORMAT,
      version: CURRENT_VERSION,
      customerId: 't1',
      facts: { customerIsCspPartner: true },
      records: [record],
    });
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.file).toMatchObject({
      facts: { customerIsCspPartner: true },
      records: [record],
    });
    expect(JSON.parse(exportCustomer(store, 'nobody'))).toMatchObject({ facts: {}, records: [] });
  });

  it('reads files exported by version 3, moving the facts out of their fields', () => {
    const parsed = parseImport(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 3,
        customerId: 't1',
        customerIsCspPartner: true,
        records: [legacyRecord],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        version: CURRENT_VERSION,
        customerId: 't1',
        facts: { customerIsCspPartner: true },
        records: [record],
      },
    });
  });

  it('reads files exported by version 5, the one source of an imported record becoming its list', () => {
    const imported = { ...record, subscriptionId: 'sub-1' };
    const parsed = parseImport(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 5,
        customerId: 't1',
        facts: {},
        records: [{ ...imported, source: 'arm.json' }, record],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        version: CURRENT_VERSION,
        customerId: 't1',
        facts: {},
        records: [{ ...imported, sources: ['arm.json'] }, record],
      },
    });
  });

  it('reads files exported by version 2, moving the answer to the customer', () => {
    const parsed = parseImport(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        customerId: 't1',
        records: [{ ...legacyRecord, customerIsCspPartner: false }, other],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        version: CURRENT_VERSION,
        customerId: 't1',
        facts: { customerIsCspPartner: false },
        records: [record, otherV4],
      },
    });
  });

  it.each([
    ['not JSON', '{"format":'],
    ['a JSON array', '[]'],
    ['the wrong format', file({ format: 'other' })],
    ['a newer version', file({ version: CURRENT_VERSION + 1 })],
    ['facts that are not values', file({ records: [{ ...record, facts: { channel: { nested: 1 } } }] })],
    ['a malformed offer ID', file({ records: [{ ...record, offerId: '0017P' }] })],
    ['an extra field', file({ records: [{ ...record, script: '<img onerror>' }] })],
    [
      'a version 3 file with an unknown channel',
      file({ version: 3, facts: undefined, records: [{ ...legacyRecord, channel: 'moon' }] }),
    ],
    [
      'a version 3 file with an answer that is not yes or no',
      file({ version: 3, facts: undefined, customerIsCspPartner: 'maybe' }),
    ],
    [
      'version 2 records that disagree on the answer',
      file({
        version: 2,
        facts: undefined,
        records: [
          { ...legacyRecord, customerIsCspPartner: true },
          { ...other, customerIsCspPartner: false },
        ],
      }),
    ],
  ])('rejects %s with a readable error', (_, text) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(0);
  });

  it('merges imported records by id, and takes each of the file’s answers it has', () => {
    const store: Store = {
      version: CURRENT_VERSION,
      customers: { t1: { facts: { customerIsCspPartner: false }, records: [record] } },
    };
    const merged = mergeImport(store, 't1', {
      facts: {},
      records: [
        { ...record, product: 'renamed' },
        { ...record, id: 'r2' },
      ],
    });
    expect(merged.customers.t1?.records.map((r) => [r.id, r.product])).toEqual([
      ['r1', 'renamed'],
      ['r2', 'Azure (EA)'],
    ]);
    expect(merged.customers.t1?.facts).toEqual({ customerIsCspPartner: false });
    expect(
      mergeImport(store, 't1', { records: [], facts: { customerIsCspPartner: true } }).customers.t1,
    ).toEqual({
      facts: { customerIsCspPartner: true },
      records: [record],
    });
  });
});
