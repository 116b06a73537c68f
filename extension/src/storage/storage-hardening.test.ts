// The storage suite of issue 9: corrupt, foreign and oversized stored data, and a storage that
// is full. Whatever is stored, the extension reads what is valid, sets aside only what is not
// (per customer, per record, per setting), never holds two copies of anything (Chrome's 10 MiB
// quota is enforced by a fake that throws Chrome's own error), never fails a read, and lists
// every set-aside part exactly once. Writes its figures to .tmp/reliability/extension-storage.json.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BOUGHT_ELSEWHERE_KEY,
  loadStore,
  readCustomer,
  restoreEntries,
  upsertRecord,
} from './bought-elsewhere.ts';
import { CURRENT_VERSION } from './bought-elsewhere-schema.ts';
import { listQuarantine } from './quarantine.ts';
import { bytesInUse, CHROME_LOCAL_QUOTA, enforceQuota } from './quota-fake.ts';
import { reliabilityFigures } from './reliability-figures.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  saveSettings,
} from './settings.ts';
import { tracked } from './storage-problem.ts';

const figures = reliabilityFigures(
  'extension-storage',
  'Extension storage: corrupt, foreign, oversized and full',
  'Stored data of every version is corrupted per record, per customer, per setting and as a whole, made larger than 5 MiB, or written by a newer version, then read in WXT’s fake browser with Chrome’s 10 MiB storage.local quota enforced; each case checks what is kept, what is set aside (once), that no second copy is written and that reads never fail.',
);
afterAll(() => figures.write());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // Forget a storage problem an earlier test left (the state is per background, by design).
  await tracked(async () => undefined);
});

const at = '2026-05-01T10:00:00.000Z';
const v3Record = (id: string, extra: object = {}) => ({
  id,
  product: `Product ${id}`,
  updatedAt: at,
  ...extra,
});
const v2Record = v3Record;
// Version 4 keeps a record's facts in a record of their own.
const v4Record = (id: string, facts: Record<string, string> = {}) => ({ ...v3Record(id), facts });
const v1Record = (id: string, extra: object = {}) => ({ product: `Product ${id}`, ...extra });
const stored = async (key = BOUGHT_ELSEWHERE_KEY) => (await browser.storage.local.get(key))[key];
type StoredStore = { version: number; customers: Record<string, { records: unknown[] }> };
const storedStore = async () => (await stored()) as StoredStore;
const put = (key: string, value: unknown) => browser.storage.local.set({ [key]: value });

const full: Settings = {
  version: SETTINGS_VERSION,
  partnerType: 'indirect-reseller',
  roles: ['admin-agent', 'sales-agent'],
  language: 'hu',
  annotate: false,
  extraHosts: [{ origin: 'https://partner.example.gov', cloud: 'us-government' }],
};

/** A store of `version` with customers `good` (two records) and `mixed` (good, `bad`, good). */
function mixedStore(version: 1 | 2 | 3, bad: unknown) {
  const make = version === 1 ? v1Record : v3Record;
  const list = (ids: string[], middle?: unknown) => {
    const records: unknown[] = ids.map((id) => make(id));
    if (middle !== undefined) records.splice(1, 0, middle);
    return records;
  };
  const customer = (records: unknown[]) => (version === 3 ? { records } : records);
  return {
    version,
    customers: { good: customer(list(['g1', 'g2'])), mixed: customer(list(['m1', 'm2'], bad)) },
  };
}

const BAD_RECORDS: [string, (version: 1 | 2 | 3) => unknown][] = [
  [
    'an unknown channel',
    (v) => (v === 1 ? v1Record('x', { channel: 'nowhere' }) : v3Record('x', { channel: 'nowhere' })),
  ],
  [
    'an unknown billing type',
    (v) => (v === 1 ? v1Record('x', { billing: 'seats' }) : v3Record('x', { billing: 'seats' })),
  ],
  ['a product that is a number', (v) => (v === 1 ? { product: 42 } : { ...v3Record('x'), product: 42 })],
  ['an empty product', (v) => (v === 1 ? { product: ' ' } : { ...v3Record('x'), product: '' })],
  [
    'a product of 10,000 characters',
    (v) => (v === 1 ? { product: 'p'.repeat(10_000) } : { ...v3Record('x'), product: 'p'.repeat(10_000) }),
  ],
  [
    'an unknown field',
    (v) => (v === 1 ? v1Record('x', { colour: 'red' }) : v3Record('x', { colour: 'red' })),
  ],
  ['no product', (v) => (v === 1 ? { channel: 'ea' } : { id: 'x', updatedAt: at })],
  ['a string instead of a record', () => 'Visio'],
  ['null instead of a record', () => null],
  ['an array instead of a record', () => [1, 2]],
  [
    'a __proto__ key',
    (v) =>
      JSON.parse(
        `{"__proto__": {"polluted": true}, "product": "P"${v === 1 ? '' : `, "id": "x", "updatedAt": "${at}"`}}`,
      ),
  ],
];
const BAD_V2_V3_RECORDS: [string, (version: 2 | 3) => unknown][] = [
  ['a date that is not a date', () => ({ ...v3Record('x'), updatedAt: 'yesterday' })],
  ['a malformed offer ID', () => v3Record('x', { offerId: 'AZR-17' })],
  ['an id of 65 characters', () => ({ ...v3Record('x'), id: 'i'.repeat(65) })],
  ['an empty id', () => ({ ...v3Record('x'), id: '' })],
  [
    'an answer that is not yes or no',
    (v) =>
      v === 2
        ? v2Record('x', { customerIsCspPartner: 'yes' })
        : v3Record('x', { customerIsCspPartner: true }),
  ],
];

async function expectOnlyTheBadRecordSetAside(version: 1 | 2 | 3, bad: unknown) {
  const store = mixedStore(version, bad);
  await put(BOUGHT_ELSEWHERE_KEY, store);
  const before = await bytesInUse();
  const good = await readCustomer('good');
  const mixed = await readCustomer('mixed');
  expect(good.records.map((r) => r.product)).toEqual(['Product g1', 'Product g2']);
  expect(mixed.records.map((r) => r.product)).toEqual(['Product m1', 'Product m2']);
  // Only the first read sets aside, and it says so; the customer without a bad record is untouched.
  expect(mixed.setAsideError).toBeNull();
  const entries = await listQuarantine();
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ key: BOUGHT_ELSEWHERE_KEY, error: expect.stringContaining('mixed') });
  const raw = entries[0]?.raw as { version: number; customers: Record<string, unknown> };
  expect(raw.version).toBe(version);
  expect(Object.keys(raw.customers)).toEqual(['mixed']);
  const kept = raw.customers.mixed;
  expect(version === 3 ? (kept as { records: unknown[] }).records : kept).toEqual([bad]);
  // The data moved: storage grew by the entry's wrapping at most, never by a second copy.
  expect((await bytesInUse()) - before).toBeLessThan(1_500);
  expect(await stored()).toMatchObject({ version: CURRENT_VERSION });
  // Still invalid: restoring it changes nothing and keeps it.
  const [outcome] = await restoreEntries(entries);
  expect(outcome?.ok).toBe(false);
  expect(await listQuarantine()).toHaveLength(1);
}

describe('one bad record among good ones', () => {
  for (const version of [1, 2, 3] as const)
    it.each(BAD_RECORDS)(
      `version ${version}: a record with %s is set aside alone`,
      figures.count('one bad record among good ones', async (_: string, bad: (v: 1 | 2 | 3) => unknown) =>
        expectOnlyTheBadRecordSetAside(version, bad(version)),
      ),
    );
  for (const version of [2, 3] as const)
    it.each(BAD_V2_V3_RECORDS)(
      `version ${version}: a record with %s is set aside alone`,
      figures.count('one bad record among good ones', async (_: string, bad: (v: 2 | 3) => unknown) =>
        expectOnlyTheBadRecordSetAside(version, bad(version)),
      ),
    );
});

const BAD_CUSTOMERS: [string, unknown, string][] = [
  ['a list of records in version 3', { version: 3, customers: { bad: [v3Record('b1')] } }, 'bad'],
  ['an object in version 2', { version: 2, customers: { bad: { records: [] } } }, 'bad'],
  [
    'an answer that is not yes or no',
    { version: 3, customers: { bad: { customerIsCspPartner: 1, records: [v3Record('b1')] } } },
    'bad',
  ],
  ['an unknown field', { version: 3, customers: { bad: { notes: 'x', records: [] } } }, 'bad'],
  ['records that are not a list', { version: 3, customers: { bad: { records: 'none' } } }, 'bad'],
  [
    'an id of 201 characters',
    { version: 3, customers: { ['c'.repeat(201)]: { records: [] } } },
    'c'.repeat(201),
  ],
  ['an empty id', { version: 2, customers: { '': [v2Record('b1')] } }, ''],
];

describe('one bad customer among good ones', () => {
  it.each(BAD_CUSTOMERS)(
    'a customer with %s is set aside alone',
    figures.count('one bad customer among good ones', async (_: string, store: unknown, badId: string) => {
      const data = structuredClone(store) as { version: number; customers: Record<string, unknown> };
      const good =
        data.version === 3 ? { customerIsCspPartner: true, records: [v3Record('g1')] } : [v2Record('g1')];
      data.customers.good = good;
      await put(BOUGHT_ELSEWHERE_KEY, data);
      const loaded = await loadStore();
      expect(loaded.setAsideError).toContain('customer');
      expect(loaded.store.customers.good?.records.map((r) => r.id)).toEqual(['g1']);
      expect(Object.keys((await storedStore()).customers)).toEqual(['good']);
      const entries = await listQuarantine();
      expect(entries).toHaveLength(1);
      const raw = entries[0]?.raw as { customers: object } | undefined;
      expect(Object.keys(raw?.customers ?? {})).toEqual([badId]);
    }),
  );
});

const UNREADABLE_STORES: [string, unknown][] = [
  ['a string', 'boughtElsewhere'],
  ['a number', 42],
  ['a list', [{ version: 3 }]],
  ['no version', { customers: {} }],
  ['version 0', { version: 0, customers: {} }],
  ['a version that is a string', { version: '3', customers: {} }],
  ['customers that are a list', { version: 3, customers: [] }],
  ['a newer version', { version: CURRENT_VERSION + 1, customers: { t1: { records: [], tags: [] } } }],
];

describe('an unreadable store', () => {
  it.each(UNREADABLE_STORES)(
    'a store that is %s moves to the quarantine whole, and reading goes on',
    figures.count('an unreadable store', async (_: string, raw: unknown) => {
      await put(BOUGHT_ELSEWHERE_KEY, raw);
      const before = await bytesInUse();
      const customer = await readCustomer('t1');
      expect(customer).toMatchObject({
        records: [],
        setAsideError: expect.any(String),
        storageProblem: null,
      });
      const entries = await listQuarantine();
      expect(entries).toEqual([expect.objectContaining({ key: BOUGHT_ELSEWHERE_KEY, raw })]);
      expect((await bytesInUse()) - before).toBeLessThan(1_500);
      // A record added now is stored beside the quarantine, not over it.
      await upsertRecord('t1', v4Record('n1'));
      expect((await readCustomer('t1')).records.map((r) => r.id)).toEqual(['n1']);
      expect(await listQuarantine()).toHaveLength(1);
    }),
  );
});

/** Fills storage.local up to `bytes` in all (Chrome's count) with one more item. */
async function fillTo(bytes: number) {
  const free = bytes - (await bytesInUse()) - 'filler'.length - 2;
  await put('filler', 'x'.repeat(free));
  expect(await bytesInUse()).toBe(bytes);
}

/** A version 2 store of `count` customers with 10 records each (about 280 bytes a record). */
function bigV2Store(count: number) {
  const customers: Record<string, unknown[]> = {};
  for (let c = 0; c < count; c++)
    customers[`customer-${c}`] = Array.from({ length: 10 }, (_, r) =>
      v2Record(`c${c}-r${r}`, {
        channel: 'ea',
        billing: 'usage',
        offerId: 'MS-AZR-0017P',
        customerIsCspPartner: c % 2 === 0,
      }),
    );
  return { version: 2, customers };
}

describe('storage full (Chrome’s 10 MiB quota)', () => {
  it(
    'migrates a store over 5 MiB in place, setting aside only its bad record and its conflict',
    figures.count('quota', async () => {
      const store = bigV2Store(3_200);
      store.customers['customer-0']?.push({ product: 42 });
      store.customers['customer-1']?.push(v2Record('conflict', { customerIsCspPartner: true }));
      await put(BOUGHT_ELSEWHERE_KEY, store);
      expect(await bytesInUse()).toBeGreaterThan(5 * 1024 * 1024);
      const writes = enforceQuota();
      const customer = await readCustomer('customer-4');
      expect(customer).toMatchObject({ facts: { customerIsCspPartner: true }, storageProblem: null });
      expect(customer.records).toHaveLength(10);
      expect(writes).toHaveBeenCalledTimes(1);
      const migrated = await storedStore();
      expect(migrated.version).toBe(CURRENT_VERSION);
      expect(Object.keys(migrated.customers)).toHaveLength(3_200);
      expect(migrated.customers['customer-0']?.records).toHaveLength(10);
      expect((await listQuarantine()).map((e) => e.error.split(':')[0]).sort()).toEqual([
        'customer customer-0',
        'customer customer-1',
      ]);
      expect(await bytesInUse()).toBeLessThan(CHROME_LOCAL_QUOTA);
    }),
  );

  it(
    'moves a store over 5 MiB written by a newer version to the quarantine without a second copy',
    figures.count('quota', async () => {
      const newer = { ...bigV2Store(3_200), version: CURRENT_VERSION + 1 };
      await put(BOUGHT_ELSEWHERE_KEY, newer);
      enforceQuota();
      const customer = await readCustomer('customer-1');
      expect(customer).toMatchObject({
        records: [],
        storageProblem: null,
        setAsideError: expect.stringContaining('newer'),
      });
      const [entry] = await listQuarantine();
      expect(entry?.raw).toEqual(newer);
      expect(await stored()).toEqual({ version: CURRENT_VERSION, customers: {} });
    }),
  );

  it(
    'reports a write the full storage refuses, keeps what was stored and still reads',
    figures.count('quota', async () => {
      await upsertRecord('t1', v4Record('r1'));
      await fillTo(CHROME_LOCAL_QUOTA - 50);
      enforceQuota();
      const before = await stored();
      await expect(upsertRecord('t1', v4Record('r2'))).rejects.toThrow(/quota/);
      expect(await stored()).toEqual(before);
      const customer = await readCustomer('t1');
      expect(customer).toMatchObject({ storageProblem: 'quota', records: [v4Record('r1')] });
      // Once a write fits again, the problem is over.
      await browser.storage.local.remove('filler');
      await upsertRecord('t1', v4Record('r2'));
      expect(await readCustomer('t1')).toMatchObject({ storageProblem: null });
    }),
  );

  it(
    'reads a store whose migration does not fit, from memory, losing nothing stored',
    figures.count('quota', async () => {
      // Version 1 records have no ids or dates; migrated, they grow by about 90 bytes each.
      const customers: Record<string, unknown[]> = {};
      for (let c = 0; c < 3_000; c++)
        customers[`customer-${c}`] = Array.from({ length: 10 }, (_, r) => v1Record(`${c}-${r}`));
      customers['customer-0']?.push({ product: 42 });
      const v1 = { version: 1, customers };
      await put(BOUGHT_ELSEWHERE_KEY, v1);
      await fillTo(CHROME_LOCAL_QUOTA - 100_000);
      enforceQuota();
      const customer = await readCustomer('customer-7');
      expect(customer).toMatchObject({ storageProblem: 'quota' });
      expect(customer.records).toHaveLength(10);
      expect(await stored()).toEqual(v1);
      expect(await listQuarantine()).toEqual([]);
      // A change cannot be stored either, and the invalid record is not dropped by trying.
      await expect(upsertRecord('customer-7', v4Record('new'))).rejects.toThrow(/quota/);
      expect(await stored()).toEqual(v1);
      // With room again, the change, the migration and the set-aside record go in one write.
      await browser.storage.local.remove('filler');
      await upsertRecord('customer-7', v4Record('new'));
      expect((await readCustomer('customer-7')).records).toHaveLength(11);
      expect(await listQuarantine()).toEqual([
        expect.objectContaining({ error: expect.stringContaining('customer-0') }),
      ]);
    }),
  );

  it(
    'uses settings it cannot store back, and reports a settings save the storage refuses',
    figures.count('quota', async () => {
      await put(SETTINGS_KEY, { ...DEFAULT_SETTINGS, language: 'hu', theme: 'dark' });
      await fillTo(CHROME_LOCAL_QUOTA - 20);
      enforceQuota();
      await expect(loadSettings()).resolves.toMatchObject({ language: 'hu' });
      await expect(saveSettings(full)).rejects.toThrow(/quota/);
      expect(await stored(SETTINGS_KEY)).toMatchObject({ language: 'hu', theme: 'dark' });
    }),
  );
});

const BAD_SETTINGS: [string, Record<string, unknown>, string][] = [
  ['an unknown key', { theme: 'dark' }, 'theme'],
  ['an unknown key named __proto__', JSON.parse('{"__proto__": {"annotate": true}}'), '__proto__'],
  ['an unknown role', { roles: ['janitor'] }, 'roles'],
  ['an unknown language', { language: 'de' }, 'language'],
  ['an unknown partner type', { partnerType: 'distributor' }, 'partnerType'],
  ['annotate as text', { annotate: 'yes' }, 'annotate'],
  [
    'an http extra host',
    { extraHosts: [{ origin: 'http://pc.example', cloud: 'commercial' }] },
    'extraHosts',
  ],
  ['extra hosts that are not a list', { extraHosts: 'none' }, 'extraHosts'],
];

describe('settings', () => {
  it.each(BAD_SETTINGS)(
    'settings with %s keep every other setting; only that one is set aside',
    figures.count('settings', async (_: string, bad: Record<string, unknown>, field: string) => {
      const corrupt = { ...full, ...bad };
      await put(SETTINGS_KEY, corrupt);
      const settings = await loadSettings();
      const kept = Object.fromEntries(Object.entries(full).filter(([key]) => key !== field));
      expect(settings).toMatchObject(kept);
      expect(settings[field as keyof Settings]).toEqual(DEFAULT_SETTINGS[field as keyof Settings]);
      const entries = await listQuarantine();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ key: SETTINGS_KEY, error: expect.stringContaining(field) });
      expect(Object.keys(entries[0]?.raw as object)).toEqual(['version', field]);
      expect(await stored(SETTINGS_KEY)).toEqual(settings);
    }),
  );

  it(
    'reads settings written by a newer version with the fields it knows, and keeps them whole',
    figures.count('settings', async () => {
      const newer = { ...full, version: SETTINGS_VERSION + 1, language: 'de', layout: 'compact' };
      await put(SETTINGS_KEY, newer);
      const settings = await loadSettings();
      expect(settings).toEqual({ ...full, language: 'auto' });
      expect(await listQuarantine()).toEqual([
        expect.objectContaining({ raw: newer, error: expect.stringContaining('newer') }),
      ]);
    }),
  );
});

describe('parallel reads', () => {
  it(
    'list every part set aside once, however many reads find it at the same time',
    figures.count('parallel reads', async () => {
      await put(BOUGHT_ELSEWHERE_KEY, mixedStore(3, { product: 42 }));
      await put(SETTINGS_KEY, { ...full, theme: 'dark' });
      const reads = await Promise.all([
        loadStore(),
        readCustomer('good'),
        loadSettings(),
        loadStore(),
        readCustomer('mixed'),
        loadSettings(),
        loadStore(),
        loadSettings(),
      ]);
      expect(reads).toHaveLength(8);
      expect((await listQuarantine()).map((e) => e.key).sort()).toEqual([BOUGHT_ELSEWHERE_KEY, SETTINGS_KEY]);
      expect((await readCustomer('mixed')).records).toHaveLength(2);
      expect(await loadSettings()).toMatchObject({ roles: full.roles, language: 'hu' });
    }),
  );

  // The options page and the background are separate programs: one can read while the other is
  // moving bad data aside. The other read is started just before and just after each write.
  it.each([
    ['settings', 'before', () => loadSettings()],
    ['settings', 'after', () => loadSettings()],
    ['the store', 'before', () => loadStore()],
    ['the store', 'after', () => loadStore()],
  ] as const)(
    'list %s set aside once when another read starts %s the write that sets it aside',
    figures.count('parallel reads', async (what: string, when: string, read: () => Promise<unknown>) => {
      await put(SETTINGS_KEY, { ...full, roles: ['janitor'] });
      await put(BOUGHT_ELSEWHERE_KEY, mixedStore(2, { product: 42 }));
      const local = browser.storage.local;
      const set = local.set.bind(local);
      const others: Promise<unknown>[] = [];
      vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        const first = others.length === 0;
        if (first && when === 'before') others.push(read());
        await set(items);
        if (first && when === 'after') others.push(read());
      });
      await (what === 'settings' ? loadSettings() : loadStore());
      await Promise.all(others);
      const key = what === 'settings' ? SETTINGS_KEY : BOUGHT_ELSEWHERE_KEY;
      expect((await listQuarantine()).filter((e) => e.key === key)).toHaveLength(1);
    }),
  );
});

describe('customer ids named like Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a customer with the id %s is read, stored and kept apart like any other',
    figures.count('prototype-named customer ids', async (id: string) => {
      expect(await readCustomer(id)).toMatchObject({ records: [], setAsideError: null });
      await put(
        BOUGHT_ELSEWHERE_KEY,
        JSON.parse(`{"version": 2, "customers": {"${id}": [${JSON.stringify(v2Record('p1'))}]}}`),
      );
      expect((await readCustomer(id)).records.map((r) => r.id)).toEqual(['p1']);
      await upsertRecord(id, v4Record('p2'));
      expect((await readCustomer(id)).records.map((r) => r.id)).toEqual(['p1', 'p2']);
      expect(Object.keys((await storedStore()).customers)).toEqual([id]);
      expect((await readCustomer('other')).records).toEqual([]);
    }),
  );
});
