// The partner's own Partner Center subscriptions of a customer (REST `GET
// /v1/customers/{id}/subscriptions`: `{ totalCount, items: [...] }`, a bare array, or one
// subscription). Everything listed there is sold by this partner; the offer id tells legacy from
// new commerce (Microsoft's migration sample: a GUID is legacy, a colon is new commerce).

import { z } from 'zod';
import { GUID } from '../ids.ts';
import { classifyOfferId } from '../offer-id.ts';
import { validate } from './json.ts';
import { type FactReading, type ImportedFile, type ImportedRecord, otherFields } from './record.ts';

const Subscription = z.looseObject({
  id: z.string().min(1),
  offerId: z.string().min(1),
  offerName: z.string().nullable().optional(),
  friendlyName: z.string().nullable().optional(),
  billingType: z.string().nullable().optional(),
  entitlementId: z.string().nullable().optional(),
});
type Subscription = z.infer<typeof Subscription>;
const USED = ['id', 'offerId', 'offerName', 'friendlyName', 'billingType', 'entitlementId'];

function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
}

export function isPartnerCenterSubscriptions(value: unknown): boolean {
  const first = (itemsOf(value)?.[0] ?? value) as Record<string, unknown> | undefined;
  return !!first && typeof first === 'object' && 'offerId' in first && 'id' in first;
}

function offerReadings(item: Subscription, file: string): FactReading[] {
  const raw = item.offerId;
  const base = { file, field: 'offerId', raw };
  const azure = classifyOfferId(raw);
  const readings: FactReading[] = [];
  if (GUID.test(raw))
    readings.push({ ...base, fact: 'commerce', candidates: ['legacy'], key: 'read.pc.offer-guid' });
  else if (raw.includes(':'))
    readings.push({ ...base, fact: 'commerce', candidates: ['new-commerce'], key: 'read.pc.offer-colon' });
  else if (azure.ok && azure.kind === 'azure-in-csp')
    readings.push({ ...base, fact: 'commerce', candidates: ['legacy'], key: 'read.pc.offer-azure-legacy' });
  else readings.push({ ...base, fact: 'commerce', candidates: null, key: 'read.pc.offer-unknown' });
  if (azure.ok) {
    readings.push({ ...base, fact: 'billing', candidates: ['usage'], key: 'read.pc.offer-azure' });
    readings.push({ ...base, fact: 'cloud', candidates: [azure.cloud], key: 'read.pc.offer-cloud' });
  }
  return readings;
}

function record(item: Subscription, file: string): ImportedRecord {
  const billing = item.billingType?.toLowerCase();
  const readings: FactReading[] = [
    { fact: 'channel', candidates: ['this-partner'], file, field: 'id', raw: item.id, key: 'read.pc.yours' },
    ...offerReadings(item, file),
  ];
  if (billing === 'license' || billing === 'usage')
    readings.push({
      fact: 'billing',
      candidates: [billing],
      file,
      field: 'billingType',
      raw: item.billingType as string,
      key: 'read.pc.billing',
    });
  return {
    id: item.id,
    aliases: item.entitlementId ? [item.entitlementId] : [],
    name: item.friendlyName || item.offerName || item.id,
    file,
    format: 'partner-center-subscriptions',
    readings,
    otherFields: otherFields(item, USED),
  };
}

export function importPartnerCenterSubscriptions(file: string, value: unknown): ImportedFile {
  const what = {
    key: 'import.as.partner-center' as const,
    params: { request: 'GET /v1/customers/{id}/subscriptions' },
  };
  const items = Array.isArray(value)
    ? validate(file, z.array(Subscription), value, what)
    : itemsOf(value)
      ? validate(file, z.looseObject({ items: z.array(Subscription) }), value, what).items
      : [validate(file, Subscription, value, what)];
  return {
    file,
    format: 'partner-center-subscriptions',
    records: items.map((item) => record(item, file)),
    billingAccounts: [],
    notes: [],
  };
}
