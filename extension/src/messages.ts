// Messages between the extension's parts. The background owns the rules package and storage;
// the content script asks it for decisions and records, and answers the popup's summary request.
// Requests are validated by the receiver (zod in the background, a shape check in the content script).

import { BillingType, Channel, Cloud, Locale, PartnerType, Role, Status } from '@multichannel/rules';
import { z } from 'zod';
import { UNRECOGNIZED_REASONS } from './page/reasons.ts';
import { BoughtElsewhereRecord } from './storage/bought-elsewhere-schema.ts';
import { QuarantineEntry } from './storage/quarantine.ts';

export const SUMMARY_REQUEST = 'multichannel:summary';

const PartnerContext = z
  .object({ partnerType: PartnerType.optional(), roles: z.array(Role), cloud: Cloud })
  .strict();
const SubscriptionFacts = z
  .object({
    channel: Channel.optional(),
    billing: BillingType.optional(),
    customerIsCspPartner: z.boolean().optional(),
  })
  .strict();
const CustomerId = z.string().min(1).max(200);

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('multichannel:settings') }),
  z.object({
    type: z.literal('multichannel:advice'),
    facts: SubscriptionFacts,
    partner: PartnerContext,
    locale: Locale,
  }),
  z.object({ type: z.literal('multichannel:vocabulary'), locale: Locale }),
  z.object({ type: z.literal('multichannel:offer'), offerId: z.string().max(100) }),
  z.object({ type: z.literal('multichannel:customer'), customerId: CustomerId }),
  z.object({
    type: z.literal('multichannel:save-record'),
    customerId: CustomerId,
    record: BoughtElsewhereRecord,
  }),
  z.object({ type: z.literal('multichannel:remove-record'), customerId: CustomerId, id: z.string() }),
  z.object({
    type: z.literal('multichannel:set-csp-partner'),
    customerId: CustomerId,
    answer: z.boolean().nullable(),
  }),
  z.object({
    type: z.literal('multichannel:import'),
    customerId: CustomerId,
    text: z.string().max(5_000_000),
  }),
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
    counts: z.partialRecord(Status, z.number().int().nonnegative()),
    rows: z.number().int().nonnegative(),
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
