// Microsoft Graph `GET /directory/subscriptions` (companySubscription) and
// `Get-MgDirectorySubscription | ConvertTo-Json` (the same fields in PascalCase). ownerTenantId
// is the partner tenant that created the subscription; compared with the partner's own tenant
// id it tells "through you" from "another partner" from "not created by a partner".
import { z } from 'zod';
import type { FactValue } from '../vocabulary.ts';
import { validate } from './json.ts';
import {
  type FactReading,
  type FormatId,
  type ImportedFile,
  type ImportedRecord,
  otherFields,
} from './record.ts';

export interface GraphOptions {
  /** The partner's own Entra tenant id. */
  partnerTenant?: string;
}

const OTHER_PARTNER: FactValue[] = [
  'other-csp-partner',
  'syndication-partner',
  'advisor',
  'former-csp-partner',
];
const NOT_A_PARTNER: FactValue[] = ['microsoft-direct', 'volume-licensing', 'ea'];

const Rest = z.looseObject({
  id: z.string().min(1),
  commerceSubscriptionId: z.string().nullable().optional(),
  skuPartNumber: z.string().min(1),
  ownerTenantId: z.string().nullable().optional(),
});
const Shell = z.looseObject({
  Id: z.string().min(1),
  CommerceSubscriptionId: z.string().nullable().optional(),
  SkuPartNumber: z.string().min(1),
  OwnerTenantId: z.string().nullable().optional(),
});

/** The channel reading of one ownerTenantId (undefined: the field is absent). */
export function ownerReading(
  owner: string | null | undefined,
  field: string,
  file: string,
  options: GraphOptions,
): FactReading {
  const base = { fact: 'channel', file, field, raw: owner === undefined ? '' : String(owner) };
  if (owner === undefined) return { ...base, candidates: null, key: 'read.graph.owner-absent' };
  if (owner === null || owner === '')
    return { ...base, raw: 'null', candidates: NOT_A_PARTNER, key: 'read.graph.owner-none' };
  if (!options.partnerTenant)
    return { ...base, candidates: ['this-partner', ...OTHER_PARTNER], key: 'read.graph.owner-no-tenant' };
  return owner.toLowerCase() === options.partnerTenant.toLowerCase()
    ? { ...base, candidates: ['this-partner'], key: 'read.graph.owner-you' }
    : { ...base, candidates: OTHER_PARTNER, key: 'read.graph.owner-other' };
}

function record(
  file: string,
  format: FormatId,
  fields: { id: string; commerce?: string | null; sku: string; owner: string | null | undefined },
  names: { owner: string; sku: string },
  extra: Record<string, string>,
  options: GraphOptions,
): ImportedRecord {
  return {
    id: fields.commerce || fields.id,
    aliases: fields.commerce ? [fields.id] : [],
    name: fields.sku,
    file,
    format,
    readings: [
      ownerReading(fields.owner, names.owner, file, options),
      {
        fact: 'billing',
        candidates: ['license'],
        file,
        field: names.sku,
        raw: fields.sku,
        key: 'read.graph.license',
        params: { sku: fields.sku },
      },
    ],
    otherFields: extra,
  };
}

function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const items = (value as { value?: unknown } | null)?.value;
  return Array.isArray(items) ? items : undefined;
}

export function isGraphSubscriptions(value: unknown): boolean {
  if (Array.isArray(value) || !value || typeof value !== 'object') return false;
  const context = String((value as Record<string, unknown>)['@odata.context'] ?? '');
  const first = itemsOf(value)?.[0] as Record<string, unknown> | undefined;
  return /directory\/subscriptions/i.test(context) || (!!first && 'skuPartNumber' in first);
}

export function isPowerShellGraphSubscriptions(value: unknown): boolean {
  const first = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;
  return !!first && typeof first === 'object' && 'SkuPartNumber' in first;
}

export function importGraphSubscriptions(
  file: string,
  value: unknown,
  options: GraphOptions = {},
): ImportedFile {
  const page = validate(
    file,
    z.looseObject({ value: z.array(Rest) }),
    value,
    'Graph GET /directory/subscriptions',
  );
  const nextLink = (value as Record<string, unknown>)['@odata.nextLink'];
  return {
    file,
    format: 'graph-directory-subscriptions',
    records: page.value.map((item) =>
      record(
        file,
        'graph-directory-subscriptions',
        {
          id: item.id,
          commerce: item.commerceSubscriptionId,
          sku: item.skuPartNumber,
          owner: item.ownerTenantId,
        },
        { owner: 'ownerTenantId', sku: 'skuPartNumber' },
        otherFields(item, ['id', 'commerceSubscriptionId', 'skuPartNumber', 'ownerTenantId']),
        options,
      ),
    ),
    billingAccounts: [],
    notes: typeof nextLink === 'string' && nextLink ? [{ key: 'note.next-link' }] : [],
  };
}

export function importPowerShellGraphSubscriptions(
  file: string,
  value: unknown,
  options: GraphOptions = {},
): ImportedFile {
  const what = 'Get-MgDirectorySubscription | ConvertTo-Json';
  const items = Array.isArray(value)
    ? validate(file, z.array(Shell), value, what)
    : [validate(file, Shell, value, what)];
  return {
    file,
    format: 'powershell-mg-directory-subscription',
    records: items.map((item) =>
      record(
        file,
        'powershell-mg-directory-subscription',
        {
          id: item.Id,
          commerce: item.CommerceSubscriptionId,
          sku: item.SkuPartNumber,
          owner: item.OwnerTenantId,
        },
        { owner: 'OwnerTenantId', sku: 'SkuPartNumber' },
        otherFields(item, ['Id', 'CommerceSubscriptionId', 'SkuPartNumber', 'OwnerTenantId']),
        options,
      ),
    ),
    billingAccounts: [],
    notes: [],
  };
}
