// Microsoft Graph `GET /directory/subscriptions` (companySubscription) and
// `Get-MgDirectorySubscription | ConvertTo-Json` (the same fields in PascalCase). ownerTenantId
// is the partner tenant that created the subscription; compared with the partner's own tenant
// id it tells "through you" from "another partner" from "not created by a partner".
import { z } from 'zod';
import type { FactValue } from '../vocabulary.ts';
import { firstObject, validate, validateOneOrMany } from './json.ts';
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

/** The field names of one format: Graph's REST camelCase, or PowerShell's PascalCase. */
interface GraphFields {
  id: string;
  commerce: string;
  sku: string;
  owner: string;
}
const REST_FIELDS: GraphFields = {
  id: 'id',
  commerce: 'commerceSubscriptionId',
  sku: 'skuPartNumber',
  owner: 'ownerTenantId',
};
const SHELL_FIELDS: GraphFields = {
  id: 'Id',
  commerce: 'CommerceSubscriptionId',
  sku: 'SkuPartNumber',
  owner: 'OwnerTenantId',
};

function record(
  file: string,
  format: FormatId,
  item: Record<string, unknown>,
  names: GraphFields,
  options: GraphOptions,
): ImportedRecord {
  // The schemas above have checked these types.
  const id = item[names.id] as string;
  const commerce = item[names.commerce] as string | null | undefined;
  const sku = item[names.sku] as string;
  return {
    id: commerce || id,
    aliases: commerce ? [id] : [],
    name: sku,
    file,
    format,
    readings: [
      ownerReading(item[names.owner] as string | null | undefined, names.owner, file, options),
      {
        fact: 'billing',
        candidates: ['license'],
        file,
        field: names.sku,
        raw: sku,
        key: 'read.graph.license',
        params: { sku },
      },
    ],
    otherFields: otherFields(item, Object.values(names)),
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
  const first = firstObject(value);
  return !!first && 'SkuPartNumber' in first;
}

export function importGraphSubscriptions(
  file: string,
  value: unknown,
  options: GraphOptions = {},
): ImportedFile {
  const page = validate(file, z.looseObject({ value: z.array(Rest) }), value, {
    key: 'import.as.command',
    params: { command: 'Graph GET /directory/subscriptions' },
  });
  const nextLink = (value as Record<string, unknown>)['@odata.nextLink'];
  const format = 'graph-directory-subscriptions';
  return {
    file,
    format,
    records: page.value.map((item) => record(file, format, item, REST_FIELDS, options)),
    billingAccounts: [],
    notes: typeof nextLink === 'string' && nextLink ? [{ key: 'note.next-link' }] : [],
  };
}

export function importPowerShellGraphSubscriptions(
  file: string,
  value: unknown,
  options: GraphOptions = {},
): ImportedFile {
  const items = validateOneOrMany(file, Shell, value, {
    key: 'import.as.command',
    params: { command: 'Get-MgDirectorySubscription | ConvertTo-Json' },
  });
  const format = 'powershell-mg-directory-subscription';
  return {
    file,
    format,
    records: items.map((item) => record(file, format, item, SHELL_FIELDS, options)),
    billingAccounts: [],
    notes: [],
  };
}
