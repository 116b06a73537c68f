import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BOUGHT_ELSEWHERE_KEY,
  loadStore,
  readCustomer,
  removeRecord,
  restoreEntries,
  setCustomerFacts,
  upsertRecord,
} from './bought-elsewhere.ts';
import { listQuarantine, type QuarantineEntry } from './quarantine.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const stored = async () => (await browser.storage.local.get(BOUGHT_ELSEWHERE_KEY))[BOUGHT_ELSEWHERE_KEY];
// A record as versions 1 to 3 stored it (facts as fields), and as version 4 does.
const legacy = (id: string, product: string) => ({ id, product, updatedAt: '2026-05-01T10:00:00.000Z' });
const record = (id: string, product: string, facts: Record<string, string | boolean> = {}) => ({
  ...legacy(id, product),
  facts,
});
const csp = (answer: boolean | null) => ({ customerIsCspPartner: answer });

it('sets corrupt stored data aside and reports it', async () => {
  const corrupt = { version: 2, customers: { t1: [{ product: 42 }] } };
  await browser.storage.local.set({ [BOUGHT_ELSEWHERE_KEY]: corrupt });
  const loaded = await loadStore();
  expect(loaded.setAsideError).toBeTruthy();
  expect(loaded.store.customers).toEqual({ t1: { facts: {}, records: [] } });
  const [entry] = await listQuarantine();
  expect(entry).toMatchObject({ key: BOUGHT_ELSEWHERE_KEY, raw: corrupt });
});

it('writes migrated data back', async () => {
  await browser.storage.local.set({
    [BOUGHT_ELSEWHERE_KEY]: { version: 1, customers: { t1: [{ product: 'Visio' }] } },
  });
  await loadStore();
  expect(await stored()).toMatchObject({
    version: 4,
    customers: { t1: { facts: {}, records: [{ product: 'Visio', facts: {} }] } },
  });
});

it('migrates version 2 data in storage: records survive, the answer moves to the customer', async () => {
  await browser.storage.local.set({
    [BOUGHT_ELSEWHERE_KEY]: {
      version: 2,
      customers: { t1: [{ ...legacy('r1', 'Azure (EA)'), channel: 'ea', customerIsCspPartner: true }] },
    },
  });
  expect(await readCustomer('t1')).toEqual({
    facts: csp(true),
    records: [record('r1', 'Azure (EA)', { channel: 'ea' })],
    setAsideError: null,
    storageProblem: null,
  });
  expect(await stored()).toEqual({
    version: 4,
    customers: { t1: { facts: csp(true), records: [record('r1', 'Azure (EA)', { channel: 'ea' })] } },
  });
  expect(await listQuarantine()).toEqual([]);
});

it('keeps a copy of version 2 data whose records disagreed on the answer', async () => {
  const v2 = {
    version: 2,
    customers: {
      t1: [
        { ...legacy('r1', 'A'), customerIsCspPartner: true },
        { ...legacy('r2', 'B'), customerIsCspPartner: false },
      ],
    },
  };
  await browser.storage.local.set({ [BOUGHT_ELSEWHERE_KEY]: v2 });
  const customer = await readCustomer('t1');
  expect(customer.facts).toEqual({});
  expect(customer.records.map((r) => r.id)).toEqual(['r1', 'r2']);
  const [entry] = await listQuarantine();
  expect(entry).toMatchObject({ key: BOUGHT_ELSEWHERE_KEY, raw: v2, error: expect.stringContaining('t1') });
  // Read again, nothing more is set aside: the records were migrated in the same write.
  await readCustomer('t1');
  expect(await listQuarantine()).toHaveLength(1);
});

it('stores the answers about a customer, and forgets them', async () => {
  await upsertRecord('t1', record('r1', 'Visio'));
  expect(await setCustomerFacts('t1', csp(true))).toEqual({
    facts: csp(true),
    records: [record('r1', 'Visio')],
  });
  expect(await setCustomerFacts('t2', csp(false))).toEqual({ facts: csp(false), records: [] });
  expect(await stored()).toEqual({
    version: 4,
    customers: {
      t1: { facts: csp(true), records: [record('r1', 'Visio')] },
      t2: { facts: csp(false), records: [] },
    },
  });
  await setCustomerFacts('t1', csp(null));
  await setCustomerFacts('t2', csp(null));
  expect(await stored()).toEqual({
    version: 4,
    customers: { t1: { facts: {}, records: [record('r1', 'Visio')] } },
  });
});

it('applies quick changes one after another, none lost', async () => {
  const changes = [
    setCustomerFacts('t1', csp(true)),
    upsertRecord('t1', record('r1', 'A')),
    upsertRecord('t1', record('r2', 'B')),
    setCustomerFacts('t1', csp(false)),
    removeRecord('t1', 'r1'),
    setCustomerFacts('t1', csp(null)),
  ];
  const results = await Promise.all(changes);
  expect(results.map((r) => r.facts.customerIsCspPartner)).toEqual([
    true,
    true,
    true,
    false,
    false,
    undefined,
  ]);
  expect(await readCustomer('t1')).toEqual({
    facts: {},
    records: [record('r2', 'B')],
    setAsideError: null,
    storageProblem: null,
  });
});

describe('restoring set-aside data', () => {
  it('puts a corrected record back and takes its entry out in the same write', async () => {
    await browser.storage.local.set({
      [BOUGHT_ELSEWHERE_KEY]: {
        version: 3,
        customers: { t1: { records: [legacy('r1', 'A'), { product: 42 }] } },
      },
    });
    await readCustomer('t1');
    const [entry] = await listQuarantine();
    expect(entry?.raw).toEqual({ version: 3, customers: { t1: { records: [{ product: 42 }] } } });
    // Still invalid: it stays, with the reason.
    expect(await restoreEntries(entry ? [entry] : [])).toEqual([
      { id: entry?.id, ok: false, error: expect.stringContaining('record 1') },
    ]);
    expect(await listQuarantine()).toHaveLength(1);
    // Corrected as the user would in the download: restored beside the record that stayed.
    const corrected = { ...entry, raw: { version: 3, customers: { t1: { records: [legacy('r2', 'B')] } } } };
    const writes = vi.spyOn(browser.storage.local, 'set');
    expect(await restoreEntries([corrected as QuarantineEntry])).toEqual([{ id: entry?.id, ok: true }]);
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await readCustomer('t1')).records.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(await listQuarantine()).toEqual([]);
    expect(Object.keys(await browser.storage.local.get(null))).toEqual([BOUGHT_ELSEWHERE_KEY]);
  });

  it('recovers the valid records of a whole store an earlier version set aside, keeping the invalid one alone', async () => {
    const old = {
      version: 2,
      customers: { t1: [legacy('r1', 'A'), { product: 42 }], t2: [legacy('r2', 'B')] },
    };
    await browser.storage.local.set({
      quarantine: [{ key: BOUGHT_ELSEWHERE_KEY, at: '2026-01-01T00:00:00.000Z', error: 'old', raw: old }],
    });
    const [entry] = await listQuarantine();
    const [outcome] = await restoreEntries(entry ? [entry] : []);
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('customer t1') });
    expect((await readCustomer('t1')).records.map((r) => r.id)).toEqual(['r1']);
    expect((await readCustomer('t2')).records.map((r) => r.id)).toEqual(['r2']);
    expect(await listQuarantine()).toEqual([
      expect.objectContaining({ raw: { version: 2, customers: { t1: [{ product: 42 }] } } }),
    ]);
  });

  it('refuses a store of a newer version, changing nothing', async () => {
    await upsertRecord('t1', record('r1', 'A'));
    const entry = { key: BOUGHT_ELSEWHERE_KEY, at: '', error: '', raw: { version: 9, customers: {} } };
    expect(await restoreEntries([entry])).toEqual([{ ok: false, error: expect.stringContaining('newer') }]);
    expect((await readCustomer('t1')).records).toHaveLength(1);
  });
});
