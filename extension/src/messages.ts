// Messages between the extension's parts. The background owns the rules package and storage;
// the content script asks it for decisions and records, and answers the popup's summary request.
// Requests are validated by the receiver (zod in the background, a shape check in the content script).
// Facts travel as records of any fact the edition may declare: the background checks them
// against the edition that decides (background/api.ts), not against a list restated here.

import { FactsInput, Locale } from '@multichannel/rules';
import { z } from 'zod';
import { MAX_INVENTORY_CHARS, MAX_INVENTORY_FILES, MAX_INVENTORY_TOTAL_CHARS } from './inventory-limits.ts';
import { UNRECOGNIZED_REASONS } from './page/reasons.ts';
import { BoughtElsewhereRecord, CustomerFactsChange } from './storage/bought-elsewhere-schema.ts';
import { QuarantineEntry } from './storage/quarantine.ts';

export const SUMMARY_REQUEST = 'multichannel:summary';

const CustomerId = z.string().min(1).max(200);
/** The pinned edition's id (from the settings); absent: the newest. Unknown ids fall back to it. */
const EditionId = z.string().max(40).optional();

export { MAX_INVENTORY_CHARS } from './inventory-limits.ts';

// The files of one inventory import, each named, in the order picked; each within the per-file
// limit and all of them within the total (see inventory-limits.ts). A file over them comes by
// name and size only, so the background names it among the files left out.
const InventoryFiles = {
  files: z
    .array(
      z.union([
        z.object({
          fileName: z.string().trim().min(1).max(260),
          text: z.string().max(MAX_INVENTORY_CHARS, `at most ${MAX_INVENTORY_CHARS} characters`),
        }),
        z.object({ fileName: z.string().trim().min(1).max(260), size: z.number().int().nonnegative() }),
      ]),
    )
    .min(1, 'at least one file')
    .max(MAX_INVENTORY_FILES, `at most ${MAX_INVENTORY_FILES} files`)
    .refine(
      (files) =>
        files.reduce((sum, f) => sum + ('text' in f ? f.text.length : 0), 0) <= MAX_INVENTORY_TOTAL_CHARS,
      `at most ${MAX_INVENTORY_TOTAL_CHARS} characters in all`,
    ),
  locale: Locale,
  edition: EditionId,
};

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('multichannel:settings') }),
  z.object({
    type: z.literal('multichannel:advice'),
    facts: FactsInput,
    /** What the options say about the partner (context facts). */
    context: FactsInput,
    locale: Locale,
    edition: EditionId,
  }),
  z.object({ type: z.literal('multichannel:vocabulary'), locale: Locale, edition: EditionId }),
  z.object({
    type: z.literal('multichannel:form'),
    locale: Locale,
    edition: EditionId,
    answers: FactsInput,
    customer: FactsInput,
  }),
  z.object({ type: z.literal('multichannel:offer'), offerId: z.string().max(100), edition: EditionId }),
  z.object({ type: z.literal('multichannel:customer'), customerId: CustomerId }),
  z.object({
    type: z.literal('multichannel:save-record'),
    customerId: CustomerId,
    record: BoughtElsewhereRecord,
    edition: EditionId,
  }),
  z.object({ type: z.literal('multichannel:remove-record'), customerId: CustomerId, id: z.string() }),
  z.object({
    type: z.literal('multichannel:set-customer-facts'),
    customerId: CustomerId,
    facts: CustomerFactsChange,
    edition: EditionId,
  }),
  z.object({
    type: z.literal('multichannel:import'),
    customerId: CustomerId,
    text: z.string().max(5_000_000),
  }),
  // Inventory files (Azure, Graph, Partner Center exports) read together by the package's
  // importers: previewed, then saved into the customer's records. Texts are the files as the page read them.
  z.object({ type: z.literal('multichannel:inventory-query'), locale: Locale }),
  z.object({ type: z.literal('multichannel:inventory-preview'), customerId: CustomerId, ...InventoryFiles }),
  z.object({ type: z.literal('multichannel:inventory-save'), customerId: CustomerId, ...InventoryFiles }),
  z.object({ type: z.literal('multichannel:export'), customerId: CustomerId }),
  z.object({ type: z.literal('multichannel:storage-state') }),
  // Set-aside bought-elsewhere data to put back (from the options page): the background owns
  // those writes, so a restore never races a change made on a page.
  z.object({ type: z.literal('multichannel:restore'), entries: z.array(QuarantineEntry).max(10_000) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const PageSummary = z.discriminatedUnion('state', [
  z.object({ state: z.literal('other-page') }),
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('loading') }),
  z.object({ state: z.literal('not-recognized'), reason: z.enum(UNRECOGNIZED_REASONS) }),
  z.object({
    state: z.literal('recognized'),
    customerId: z.string(),
    /** Badges per status, with the status's label and kind (from the edition). */
    counts: z.array(
      z.object({
        status: z.string(),
        label: z.string(),
        kind: z.string(),
        count: z.number().int().positive(),
      }),
    ),
    rows: z.number().int().nonnegative(),
    /** Sections found on the page whose rows could not be read (the others are annotated). */
    unread: z.array(z.object({ section: z.string(), reason: z.enum(UNRECOGNIZED_REASONS) })),
    boughtElsewhere: z.number().int().nonnegative(),
  }),
]);
export type PageSummary = z.infer<typeof PageSummary>;

/** What the background knows about storage: the last write's problem, and how much is set aside. */
export const StorageState = z.object({
  problem: z.enum(['quota', 'failed']).nullable(),
  setAside: z.number().int().nonnegative(),
});
export type StorageState = z.infer<typeof StorageState>;
