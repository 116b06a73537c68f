// Subscriptions a customer bought through other channels, as stored (versioned) and as
// exported/imported. Pure: no browser APIs, so migrations and imports are unit-tested alone.

import { BillingType, Channel } from '@multichannel/rules';
import { z } from 'zod';

export const CURRENT_VERSION = 2;
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
    customerIsCspPartner: z.boolean().optional(),
    updatedAt: z.string().datetime(),
  })
  .strict();
export type BoughtElsewhereRecord = z.infer<typeof BoughtElsewhereRecord>;

const CustomerId = z.string().min(1).max(200);

export const StoreV2 = z
  .object({ version: z.literal(2), customers: z.record(CustomerId, z.array(BoughtElsewhereRecord)) })
  .strict();
export type Store = z.infer<typeof StoreV2>;

// Version 1 (the first pre-release draft) kept records without ids or dates, and no offer ID.
const RecordV1 = z
  .object({ product: Product, channel: Channel.optional(), billing: BillingType.optional() })
  .strict();
export const StoreV1 = z
  .object({ version: z.literal(1), customers: z.record(CustomerId, z.array(RecordV1)) })
  .strict();

export const EMPTY_STORE: Store = { version: 2, customers: {} };

export function newRecordId(): string {
  return crypto.randomUUID();
}

/** Each step takes a validated store of one version to the next. */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    const v1 = StoreV1.parse(data);
    const at = new Date(0).toISOString();
    const customers = Object.fromEntries(
      Object.entries(v1.customers).map(([customer, records]) => [
        customer,
        records.map((r) => ({ ...r, id: newRecordId(), updatedAt: at })),
      ]),
    );
    return { version: 2, customers };
  },
};

export type MigrationResult =
  | { ok: true; store: Store; migratedFrom: number | null }
  | { ok: false; error: string };

/** Brings stored data of any known version to the current one, or says why it cannot. */
export function migrateStore(raw: unknown): MigrationResult {
  const version = z.object({ version: z.number().int().positive() }).safeParse(raw);
  if (!version.success) return { ok: false, error: 'no version number' };
  let data = raw;
  let current = version.data.version;
  if (current > CURRENT_VERSION) return { ok: false, error: `written by a newer version (${current})` };
  const from = current;
  try {
    while (current < CURRENT_VERSION) {
      const step = MIGRATIONS[current];
      if (!step) return { ok: false, error: `no migration from version ${current}` };
      data = step(data);
      current++;
    }
  } catch (error) {
    return { ok: false, error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) };
  }
  const parsed = StoreV2.safeParse(data);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, store: parsed.data, migratedFrom: from === CURRENT_VERSION ? null : from };
}

/** The file a user downloads: one customer's records. */
export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(CURRENT_VERSION),
    customerId: CustomerId,
    records: z.array(BoughtElsewhereRecord),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

export function exportCustomer(store: Store, customerId: string): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    customerId,
    records: store.customers[customerId] ?? [],
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Parses an exported file; malformed input gives a readable error and changes nothing. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, file: parsed.data };
}

/** Adds imported records to a customer's list; a record with the same id is replaced. */
export function mergeImport(store: Store, customerId: string, records: BoughtElsewhereRecord[]): Store {
  const byId = new Map((store.customers[customerId] ?? []).map((r) => [r.id, r]));
  for (const record of records) byId.set(record.id, record);
  return { ...store, customers: { ...store.customers, [customerId]: [...byId.values()] } };
}
