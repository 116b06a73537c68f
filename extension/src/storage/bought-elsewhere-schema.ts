// What the partner recorded per customer, as stored (versioned) and as exported/imported: the
// subscriptions the customer bought through other channels, and whether the customer is itself a
// CSP partner. Pure: no browser APIs, so migrations and imports are unit-tested alone.

import { BillingType, Channel } from '@multichannel/rules';
import { z } from 'zod';

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
export const StoreV2 = z
  .object({ version: z.literal(2), customers: z.record(CustomerId, z.array(RecordV2)) })
  .strict();

// Version 1 (the first pre-release draft) kept records without ids or dates, and no offer ID.
const RecordV1 = z
  .object({ product: Product, channel: Channel.optional(), billing: BillingType.optional() })
  .strict();
export const StoreV1 = z
  .object({ version: z.literal(1), customers: z.record(CustomerId, z.array(RecordV1)) })
  .strict();

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

/** A step takes a validated store of one version to the next, with notes on anything it could not keep as it was. */
type Migration = (data: unknown) => { data: unknown; notes: string[] };

const MIGRATIONS: Record<number, Migration> = {
  1: (data) => {
    const v1 = StoreV1.parse(data);
    const at = new Date(0).toISOString();
    const customers = Object.fromEntries(
      Object.entries(v1.customers).map(([customer, records]) => [
        customer,
        records.map((r) => ({ ...r, id: newRecordId(), updatedAt: at })),
      ]),
    );
    return { data: { version: 2, customers }, notes: [] };
  },
  2: (data) => {
    const v2 = StoreV2.parse(data);
    const notes: string[] = [];
    const customers = Object.fromEntries(
      Object.entries(v2.customers).map(([customer, records]) => {
        const lifted = liftCspPartnerAnswer(records);
        if (lifted.conflict)
          notes.push(
            `customer ${customer}: the records disagreed on whether the customer is a CSP partner; the answer is now unknown`,
          );
        return [customer, lifted.data];
      }),
    );
    return { data: { version: 3, customers }, notes };
  },
};

export type MigrationResult =
  | { ok: true; store: Store; migratedFrom: number | null; notes: string[] }
  | { ok: false; error: string };

/** Brings stored data of any known version to the current one, or says why it cannot. */
export function migrateStore(raw: unknown): MigrationResult {
  const version = z.object({ version: z.number().int().positive() }).safeParse(raw);
  if (!version.success) return { ok: false, error: 'no version number' };
  let data = raw;
  let current = version.data.version;
  if (current > CURRENT_VERSION) return { ok: false, error: `written by a newer version (${current})` };
  const from = current;
  const notes: string[] = [];
  try {
    while (current < CURRENT_VERSION) {
      const step = MIGRATIONS[current];
      if (!step) return { ok: false, error: `no migration from version ${current}` };
      const next = step(data);
      data = next.data;
      notes.push(...next.notes);
      current++;
    }
  } catch (error) {
    return { ok: false, error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) };
  }
  const parsed = StoreV3.safeParse(data);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, store: parsed.data, migratedFrom: from === CURRENT_VERSION ? null : from, notes };
}

export function customerData(store: Store, customerId: string): CustomerData {
  return store.customers[customerId] ?? NO_CUSTOMER_DATA;
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
