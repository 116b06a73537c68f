// What the partner recorded per customer, as stored (versioned) and as exported/imported: the
// subscriptions the customer bought through other channels, and the answers about the customer
// itself (facts for every decision on its page). Pure: no browser APIs, so migrations and imports are unit-tested alone.

import { checkFacts, FactsInput, FactValue } from '@multichannel/rules';
import { getEdition } from '@multichannel/rules/editions';
import { z } from 'zod';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import type { SetAsidePart } from './quarantine.ts';
import { runChain, type Step, versionOf } from './versioned.ts';

export const CURRENT_VERSION = 6;
export const EXPORT_FORMAT = 'multichannel-advisor/bought-elsewhere';

const Product = z.string().trim().min(1).max(200);
const OfferId = z
  .string()
  .trim()
  .regex(/^MS-AZR-[A-Z0-9-]+$/i, 'an Azure offer ID such as MS-AZR-0017P');

/**
 * Answers as stored: fact id to value. Stored as given, whatever the edition: they are checked
 * against the edition in use when it decides (a value another edition knows is kept, not lost).
 */
export const StoredFacts = FactsInput;
export type StoredFacts = z.infer<typeof StoredFacts>;

const RECORD_V4_FIELDS = {
  id: z.string().min(1).max(64),
  product: Product,
  facts: StoredFacts,
  offerId: OfferId.optional(),
  updatedAt: z.string().datetime(),
};

/** Longest file name a record keeps as its source, and how many sources it keeps (the newest). */
export const SOURCE_MAX = 260;
export const MAX_SOURCES = 20;
const SubscriptionId = z.string().trim().min(1).max(200).optional();
const Source = z.string().trim().min(1).max(SOURCE_MAX);

/**
 * A record as the user entered or imported it; unknown facts stay unset, so the decision says
 * what is missing. Imported records carry the subscription's id, by which a re-import merges
 * instead of doubling, and the files it came from (version 6: several files are imported
 * together; version 5 kept the one file as `source`).
 */
export const BoughtElsewhereRecord = z
  .object({
    ...RECORD_V4_FIELDS,
    subscriptionId: SubscriptionId,
    sources: z.array(Source).min(1).max(MAX_SOURCES).optional(),
  })
  .strict();
export type BoughtElsewhereRecord = z.infer<typeof BoughtElsewhereRecord>;

/** Everything recorded about one customer: answers that hold for all its subscriptions, and records. */
export const CustomerData = z
  .object({ facts: StoredFacts, records: z.array(BoughtElsewhereRecord) })
  .strict();
export type CustomerData = z.infer<typeof CustomerData>;

const CustomerId = z.string().min(1).max(200);

export const StoreV6 = z
  .object({ version: z.literal(CURRENT_VERSION), customers: z.record(CustomerId, CustomerData) })
  .strict();
export type Store = z.infer<typeof StoreV6>;

// Version 5: an imported record named the one file it came from.
const RecordV5 = z
  .object({ ...RECORD_V4_FIELDS, subscriptionId: SubscriptionId, source: Source.optional() })
  .strict();
const CustomerV5 = z.object({ facts: StoredFacts, records: z.array(RecordV5) }).strict();

// Version 4: the same records without a subscription id or a source (nothing was imported yet).
const CustomerV4 = z
  .object({ facts: StoredFacts, records: z.array(z.object(RECORD_V4_FIELDS).strict()) })
  .strict();

// Versions 1 to 3 kept the facts of edition 2020-06 (the only one then) as fields of their own
// beside the record's fields; what those fields may be is read from that edition, not restated.
const LEGACY_EDITION = getEdition('2020-06');
const LEGACY_CUSTOMER_FACTS = customerFactsOf(LEGACY_EDITION);

/**
 * `base` plus the legacy facts as fields: values of that edition, and only customer-level facts
 * (`customer`) or only the others.
 */
function withLegacyFacts<T extends z.ZodRawShape>(base: z.ZodObject<T>, customer: boolean | 'either') {
  const fields = base.catchall(z.union([FactValue, z.array(FactValue)])).superRefine((value, ctx) => {
    const facts = Object.fromEntries(
      Object.entries(value).filter(([key]) => !Object.hasOwn(base.shape, key)),
    );
    for (const problem of checkFacts(LEGACY_EDITION, facts))
      ctx.addIssue({ code: 'custom', path: [problem.fact], message: problem.message });
    if (customer === 'either') return;
    for (const fact of Object.keys(facts)) {
      if (LEGACY_CUSTOMER_FACTS.includes(fact) !== customer && LEGACY_EDITION.facts[fact])
        ctx.addIssue({
          code: 'custom',
          path: [fact],
          message: customer
            ? `${fact} is not a fact about the customer`
            : `${fact} is a fact about the customer`,
        });
    }
  });
  // An own "__proto__" key does not survive parsing as a field: refused first, so it is set aside, not lost.
  const noProtoKey = z.custom<unknown>(
    (raw) => typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, '__proto__'),
    'a "__proto__" key is not a fact',
  );
  return noProtoKey.pipe(fields);
}

const RECORD_FIELDS = {
  id: z.string().min(1).max(64),
  product: Product,
  offerId: OfferId.optional(),
  updatedAt: z.string().datetime(),
};
const RecordV3 = withLegacyFacts(z.object(RECORD_FIELDS), false);
// Version 2 kept the answers about the customer on each record (the form asked them per record).
const RecordV2 = withLegacyFacts(z.object(RECORD_FIELDS), 'either');
type LegacyRecord = Record<string, unknown>;
// Version 1 (the first pre-release draft) kept records without ids or dates, and no offer ID.
const RecordV1 = withLegacyFacts(z.object({ product: Product }), false);
const CustomerV3 = withLegacyFacts(z.object({ records: z.array(RecordV3) }), true);

/**
 * The store, validated for writing. Not `StoreV6.parse`: zod builds a record's output by
 * assignment, which silently drops a customer whose id is `__proto__`.
 */
export function validStore(store: Store): Store {
  const { version, customers, ...rest } = store;
  StoreV6.parse({ version, customers: {}, ...rest });
  return {
    version,
    customers: Object.fromEntries(
      Object.entries(customers).map(([id, data]) => [CustomerId.parse(id), CustomerData.parse(data)]),
    ),
  };
}

export const EMPTY_STORE: Store = { version: CURRENT_VERSION, customers: {} };
export const NO_CUSTOMER_DATA: CustomerData = { facts: {}, records: [] };

export function newRecordId(): string {
  return crypto.randomUUID();
}

/**
 * Takes version 2 records of one customer to version 3: the answers about the customer the
 * records carried become the customer's when they agree. When they disagree that answer stays
 * unknown, and `conflicts` names it (the caller keeps a copy of the data as it was).
 */
export function liftCustomerFacts(records: LegacyRecord[]): { data: LegacyRecord; conflicts: string[] } {
  const lifted: LegacyRecord = {};
  const conflicts: string[] = [];
  for (const fact of LEGACY_CUSTOMER_FACTS) {
    const answers = new Set(records.flatMap((r) => (r[fact] === undefined ? [] : [JSON.stringify(r[fact])])));
    const [answer] = answers;
    if (answers.size === 1 && answer !== undefined) lifted[fact] = JSON.parse(answer);
    if (answers.size > 1) conflicts.push(fact);
  }
  const stripped = records.map((record) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !LEGACY_CUSTOMER_FACTS.includes(key))),
  );
  return { data: { ...lifted, records: stripped }, conflicts };
}

/** A version 3 customer in version 4: its facts and each record's, out of their own fields. */
function factsApart(customer: LegacyRecord): CustomerData {
  const { records, ...facts } = customer as { records: LegacyRecord[] };
  return {
    facts: facts as StoredFacts,
    records: records.map(({ id, product, offerId, updatedAt, ...recordFacts }) => ({
      id,
      product,
      ...(offerId === undefined ? {} : { offerId }),
      updatedAt,
      facts: recordFacts,
    })) as BoughtElsewhereRecord[],
  };
}

/**
 * How each version stored one customer's data, and the step from it to the next version. A
 * customer's records are an array at `recordsAt` inside its value, so a bad record is set aside
 * alone. Adding version 7: its entry here, a `next` step on version 6, CURRENT_VERSION = 7.
 */
interface StoreVersion {
  customer: z.ZodType;
  recordsAt: readonly string[];
  next?: Step;
}

const STORE_VERSIONS: Readonly<Record<number, StoreVersion>> = {
  1: {
    customer: z.array(RecordV1),
    recordsAt: [],
    next: (records) => {
      const at = new Date(0).toISOString();
      return {
        value: (records as LegacyRecord[]).map((r) => ({ ...r, id: newRecordId(), updatedAt: at })),
      };
    },
  },
  2: {
    customer: z.array(RecordV2),
    recordsAt: [],
    next: (records) => {
      const lifted = liftCustomerFacts(records as LegacyRecord[]);
      return {
        value: lifted.data,
        ...(lifted.conflicts.length > 0
          ? { note: `the records disagreed on ${lifted.conflicts.join(', ')}; that answer is now unknown` }
          : {}),
      };
    },
  },
  3: {
    customer: CustomerV3,
    recordsAt: ['records'],
    next: (customer) => ({ value: factsApart(customer as LegacyRecord) }),
  },
  // Version 5 only adds optional fields: a version 4 customer is a version 5 one as it is.
  4: { customer: CustomerV4, recordsAt: ['records'], next: (customer) => ({ value: customer }) },
  // Version 6: the one source becomes a list of sources.
  5: {
    customer: CustomerV5,
    recordsAt: ['records'],
    next: (customer) => {
      const { records, ...rest } = customer as { records: z.infer<typeof RecordV5>[] };
      return {
        value: {
          ...rest,
          records: records.map(({ source, ...record }) =>
            source === undefined ? record : { ...record, sources: [source] },
          ),
        },
      };
    },
  },
  6: { customer: CustomerData, recordsAt: ['records'] },
};

const STEPS: Record<number, Step> = Object.fromEntries(
  Object.entries(STORE_VERSIONS).flatMap(([v, spec]) => (spec.next ? [[v, spec.next]] : [])),
);

export type MigrationResult =
  | { ok: true; store: Store; migratedFrom: number | null; setAside: SetAsidePart[] }
  | { ok: false; error: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with the array at `path` replaced by `items` (a copy; `path` [] is the value itself). */
function withArrayAt(value: unknown, path: readonly string[], items: unknown[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return items;
  const object = value as Record<string, unknown>;
  return { ...object, [head]: withArrayAt(object[head], rest, items) };
}

function arrayAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (isPlainObject(v) ? v[key] : undefined), value);
}

const issueText = (issues: readonly z.core.$ZodIssue[]) => z.prettifyError(new z.ZodError([...issues]));

interface SalvagedCustomer {
  /** The customer's valid data in its own version, or null when none of it could be read. */
  valid: unknown;
  /** Its invalid part (shaped like the customer's value in that version) and why. */
  invalid: { raw: unknown; error: string } | null;
}

/**
 * Reads one customer's data in its version: the records that fail validation are taken out
 * (with their problems); anything wrong outside the records sets the whole customer aside.
 */
function salvageCustomer(spec: StoreVersion, raw: unknown): SalvagedCustomer {
  const first = spec.customer.safeParse(raw);
  if (first.success) return { valid: first.data, invalid: null };
  const records = arrayAt(raw, spec.recordsAt);
  const depth = spec.recordsAt.length;
  const bad = new Map<number, z.core.$ZodIssue[]>();
  const onRecords = Array.isArray(records)
    ? first.error.issues.every((issue) => {
        const index = issue.path[depth];
        if (typeof index !== 'number' || !spec.recordsAt.every((key, i) => issue.path[i] === key))
          return false;
        bad.set(index, [...(bad.get(index) ?? []), { ...issue, path: issue.path.slice(depth) }]);
        return true;
      })
    : false;
  const whole = { valid: null, invalid: { raw, error: z.prettifyError(first.error) } };
  if (!onRecords || !Array.isArray(records)) return whole;
  const kept = withArrayAt(
    raw,
    spec.recordsAt,
    records.filter((_, i) => !bad.has(i)),
  );
  const second = spec.customer.safeParse(kept);
  if (!second.success) return whole;
  return {
    valid: second.data,
    invalid: {
      raw: withArrayAt(
        raw,
        spec.recordsAt,
        [...bad.keys()].map((i) => records[i]),
      ),
      error: [...bad.entries()].map(([i, issues]) => `record ${i + 1}: ${issueText(issues)}`).join('\n'),
    },
  };
}

/**
 * Brings stored data of any known version to the current one. Only what is invalid is set aside,
 * per customer and per record (each part shaped like a store of its version, so it can be
 * restored later); everything valid is kept. Fails only when the data as a whole is unreadable:
 * no version, written by a newer version, or no customers object.
 */
export function migrateStore(raw: unknown): MigrationResult {
  const version = versionOf(raw);
  if (version === null || !isPlainObject(raw)) return { ok: false, error: 'no version number' };
  if (version > CURRENT_VERSION) return { ok: false, error: `written by a newer version (${version})` };
  const spec = STORE_VERSIONS[version];
  if (!spec) return { ok: false, error: `no migration from version ${version}` };
  const { version: _, customers, ...unknownKeys } = raw;
  if (!isPlainObject(customers)) return { ok: false, error: 'customers: expected an object' };
  const setAside: SetAsidePart[] = [];
  const part = (data: Record<string, unknown>, error: string) =>
    setAside.push({ raw: { version, ...data }, error });
  for (const [key, value] of Object.entries(unknownKeys)) part({ [key]: value }, `unknown key "${key}"`);
  // Entries, not assignment: a customer id such as `__proto__` stays an ordinary key.
  const out: [string, CustomerData][] = [];
  for (const [customerId, value] of Object.entries(customers)) {
    const one = (data: unknown) => ({ customers: { [customerId]: data } });
    if (!CustomerId.safeParse(customerId).success) {
      part(one(value), `customer id "${customerId.slice(0, 40)}": expected 1 to 200 characters`);
      continue;
    }
    const salvaged = salvageCustomer(spec, value);
    if (salvaged.invalid)
      part(one(salvaged.invalid.raw), `customer ${customerId}: ${salvaged.invalid.error}`);
    if (salvaged.valid === null) continue;
    const chained = runChain(salvaged.valid, version, CURRENT_VERSION, STEPS);
    // What a step could not carry exactly stays available as it was.
    if (chained.notes.length > 0)
      part(one(salvaged.valid), `customer ${customerId}: ${chained.notes.join('; ')}`);
    const parsed = CustomerData.safeParse(chained.value);
    if (parsed.success) out.push([customerId, parsed.data]);
    else part(one(salvaged.valid), `customer ${customerId}: ${z.prettifyError(parsed.error)}`);
  }
  return {
    ok: true,
    store: { version: CURRENT_VERSION, customers: Object.fromEntries(out) },
    migratedFrom: version === CURRENT_VERSION ? null : version,
    setAside,
  };
}

export function customerData(store: Store, customerId: string): CustomerData {
  // Own keys only: a customer id such as `constructor` is not Object.prototype's.
  return Object.hasOwn(store.customers, customerId)
    ? (store.customers[customerId] ?? NO_CUSTOMER_DATA)
    : NO_CUSTOMER_DATA;
}

/** The store with one customer's data replaced; a customer with nothing recorded is left out. */
export function withCustomer(store: Store, customerId: string, data: CustomerData): Store {
  const { [customerId]: _, ...others } = store.customers;
  const empty = data.records.length === 0 && Object.keys(data.facts).length === 0;
  return { ...store, customers: empty ? others : { ...others, [customerId]: data } };
}

/** Adds records to a customer's list; a record with the same id is replaced. */
export function mergeRecords(store: Store, customerId: string, records: BoughtElsewhereRecord[]): Store {
  const current = customerData(store, customerId);
  const byId = new Map(current.records.map((r) => [r.id, r]));
  for (const record of records) byId.set(record.id, record);
  return withCustomer(store, customerId, { ...current, records: [...byId.values()] });
}

/** Answers about a customer to set: a value, or null to forget the answer (not known). */
export const CustomerFactsChange = z.record(z.string(), z.union([FactValue, z.array(FactValue)]).nullable());
export type CustomerFactsChange = z.infer<typeof CustomerFactsChange>;

/** Sets or forgets (null) answers about the customer; the others stay as stored. */
export function withCustomerFacts(store: Store, customerId: string, change: CustomerFactsChange): Store {
  const current = customerData(store, customerId);
  const merged = Object.entries({ ...current.facts, ...change });
  const facts = Object.fromEntries(merged.filter(([, value]) => value !== null)) as StoredFacts;
  return withCustomer(store, customerId, { ...current, facts });
}

/** The file a user downloads: one customer's answers and records. */
export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(CURRENT_VERSION),
    customerId: CustomerId,
    facts: StoredFacts,
    records: z.array(BoughtElsewhereRecord),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

export function exportCustomer(store: Store, customerId: string): string {
  const data = customerData(store, customerId);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    customerId,
    facts: data.facts,
    records: data.records,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: string };

// Files exported by versions 2 to 5 are still read: the customer's part of the file (version 2:
// its records; versions 3 to 5: its answers and records) goes through the same migrations as storage.
const OlderExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  customerId: CustomerId,
});

/** Parses an exported file (this version's or an older one); malformed input gives a readable error and changes nothing. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const older = OlderExport.safeParse(json);
  if (older.success) {
    const { format: _, version, customerId, ...customer } = json as Record<string, unknown>;
    const value = version === 2 ? customer.records : customer;
    const spec = STORE_VERSIONS[older.data.version] as StoreVersion;
    const parsed = spec.customer.safeParse(value);
    if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
    const chained = runChain(parsed.data, older.data.version, CURRENT_VERSION, STEPS);
    if (chained.notes.length > 0) return { ok: false, error: chained.notes.join('; ') };
    const data = CustomerData.parse(chained.value);
    return {
      ok: true,
      file: { format: EXPORT_FORMAT, version: CURRENT_VERSION, customerId: older.data.customerId, ...data },
    };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, file: parsed.data };
}

/**
 * Adds an imported file to a customer: records are merged by id, and each answer about the
 * customer in the file replaces the stored one (answers the file lacks stay as stored).
 */
export function mergeImport(
  store: Store,
  customerId: string,
  file: Pick<ExportFile, 'records' | 'facts'>,
): Store {
  return withCustomerFacts(mergeRecords(store, customerId, file.records), customerId, file.facts);
}
