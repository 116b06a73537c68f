// What the partner recorded per customer, as stored (versioned) and as exported/imported: the
// subscriptions the customer bought through other channels, and whether the customer is itself a
// CSP partner. Pure: no browser APIs, so migrations and imports are unit-tested alone.

import { BillingType, Channel } from '@multichannel/rules';
import { z } from 'zod';
import type { SetAsidePart } from './quarantine.ts';
import { runChain, type Step, versionOf } from './versioned.ts';

export const CURRENT_VERSION = 3;
export const EXPORT_FORMAT = 'multichannel-advisor/bought-elsewhere';

const Product = z.string().trim().min(1).max(200);
const OfferId = z
  .string()
  .trim()
  .regex(/^MS-AZR-[A-Z0-9-]+$/i, 'an Azure offer ID such as MS-AZR-0017P');

/** A record as the user entered it; unknown facts stay unset, so the decision says what is missing. */
export const BoughtElsewhereRecord = z
  .object({
    id: z.string().min(1).max(64),
    product: Product,
    channel: Channel.optional(),
    billing: BillingType.optional(),
    offerId: OfferId.optional(),
    updatedAt: z.string().datetime(),
  })
  .strict();
export type BoughtElsewhereRecord = z.infer<typeof BoughtElsewhereRecord>;

/** Whether the customer is itself a CSP partner: unset while the partner has not said. */
const CspPartnerAnswer = z.boolean().optional();

/** Everything recorded about one customer. */
export const CustomerData = z
  .object({ customerIsCspPartner: CspPartnerAnswer, records: z.array(BoughtElsewhereRecord) })
  .strict();
export type CustomerData = z.infer<typeof CustomerData>;

const CustomerId = z.string().min(1).max(200);

export const StoreV3 = z
  .object({ version: z.literal(3), customers: z.record(CustomerId, CustomerData) })
  .strict();
export type Store = z.infer<typeof StoreV3>;

// Version 2 kept the CSP partner answer on each record (the form asked it per record), though it
// is a fact about the customer.
const RecordV2 = BoughtElsewhereRecord.extend({ customerIsCspPartner: CspPartnerAnswer }).strict();
type RecordV2 = z.infer<typeof RecordV2>;

// Version 1 (the first pre-release draft) kept records without ids or dates, and no offer ID.
const RecordV1 = z
  .object({ product: Product, channel: Channel.optional(), billing: BillingType.optional() })
  .strict();

/**
 * The store, validated for writing. Not `StoreV3.parse`: zod builds a record's output by
 * assignment, which silently drops a customer whose id is `__proto__`.
 */
export function validStore(store: Store): Store {
  const { version, customers, ...rest } = store;
  StoreV3.parse({ version, customers: {}, ...rest });
  return {
    version,
    customers: Object.fromEntries(
      Object.entries(customers).map(([id, data]) => [CustomerId.parse(id), CustomerData.parse(data)]),
    ),
  };
}

export const EMPTY_STORE: Store = { version: 3, customers: {} };
export const NO_CUSTOMER_DATA: CustomerData = { records: [] };

export function newRecordId(): string {
  return crypto.randomUUID();
}

/**
 * Takes version 2 records of one customer to version 3: the answers the records carried become
 * the customer's answer when they agree. When they disagree the answer stays unknown, and
 * `conflict` says so (the caller keeps a copy of the data as it was).
 */
export function liftCspPartnerAnswer(records: RecordV2[]): { data: CustomerData; conflict: boolean } {
  const answers = new Set(
    records.flatMap((r) => (r.customerIsCspPartner === undefined ? [] : [r.customerIsCspPartner])),
  );
  const stripped = records.map(({ customerIsCspPartner: _, ...record }) => record);
  const [answer] = answers;
  return {
    data:
      answers.size === 1 && answer !== undefined
        ? { customerIsCspPartner: answer, records: stripped }
        : { records: stripped },
    conflict: answers.size > 1,
  };
}

/**
 * How each version stored one customer's data, and the step from it to the next version. A
 * customer's records are an array at `recordsAt` inside its value, so a bad record is set aside
 * alone. Adding version 4: its entry here, a `next` step on version 3, CURRENT_VERSION = 4.
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
        value: (records as z.infer<typeof RecordV1>[]).map((r) => ({
          ...r,
          id: newRecordId(),
          updatedAt: at,
        })),
      };
    },
  },
  2: {
    customer: z.array(RecordV2),
    recordsAt: [],
    next: (records) => {
      const lifted = liftCspPartnerAnswer(records as RecordV2[]);
      return {
        value: lifted.data,
        ...(lifted.conflict
          ? {
              note: 'the records disagreed on whether the customer is a CSP partner; the answer is now unknown',
            }
          : {}),
      };
    },
  },
  3: { customer: CustomerData, recordsAt: ['records'] },
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
  const empty = data.records.length === 0 && data.customerIsCspPartner === undefined;
  return { ...store, customers: empty ? others : { ...others, [customerId]: data } };
}

/** Adds records to a customer's list; a record with the same id is replaced. */
export function mergeRecords(store: Store, customerId: string, records: BoughtElsewhereRecord[]): Store {
  const current = customerData(store, customerId);
  const byId = new Map(current.records.map((r) => [r.id, r]));
  for (const record of records) byId.set(record.id, record);
  return withCustomer(store, customerId, { ...current, records: [...byId.values()] });
}

/** Sets (true, false) or forgets (null) whether the customer is itself a CSP partner. */
export function withCspPartner(store: Store, customerId: string, answer: boolean | null): Store {
  const { customerIsCspPartner: _, ...current } = customerData(store, customerId);
  return withCustomer(
    store,
    customerId,
    answer === null ? current : { ...current, customerIsCspPartner: answer },
  );
}

/** The file a user downloads: one customer's records and CSP partner answer (absent when unknown). */
export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(CURRENT_VERSION),
    customerId: CustomerId,
    customerIsCspPartner: CspPartnerAnswer,
    records: z.array(BoughtElsewhereRecord),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

// Files exported by version 2 are still accepted: the answer moves from the records to the customer.
const ExportFileV2 = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(2),
    customerId: CustomerId,
    records: z.array(RecordV2),
  })
  .strict();

export function exportCustomer(store: Store, customerId: string): string {
  const data = customerData(store, customerId);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    customerId,
    ...(data.customerIsCspPartner === undefined ? {} : { customerIsCspPartner: data.customerIsCspPartner }),
    records: data.records,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Parses an exported file (this version's or an older one); malformed input gives a readable error and changes nothing. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const version = z.object({ version: z.literal(2) }).safeParse(json);
  if (version.success) {
    const v2 = ExportFileV2.safeParse(json);
    if (!v2.success) return { ok: false, error: z.prettifyError(v2.error) };
    const lifted = liftCspPartnerAnswer(v2.data.records);
    if (lifted.conflict)
      return {
        ok: false,
        error: 'the records disagree on whether the customer is a CSP partner (customerIsCspPartner)',
      };
    const { customerId } = v2.data;
    return {
      ok: true,
      file: { format: EXPORT_FORMAT, version: CURRENT_VERSION, customerId, ...lifted.data },
    };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, file: parsed.data };
}

/**
 * Adds an imported file to a customer: records are merged by id, and the file's CSP partner
 * answer replaces the stored one when the file has one (a file without one changes nothing).
 */
export function mergeImport(
  store: Store,
  customerId: string,
  file: Pick<ExportFile, 'records' | 'customerIsCspPartner'>,
): Store {
  const merged = mergeRecords(store, customerId, file.records);
  return file.customerIsCspPartner === undefined
    ? merged
    : withCspPartner(merged, customerId, file.customerIsCspPartner);
}
