// Azure billing accounts: REST `GET /providers/Microsoft.Billing/billingAccounts` (fields under
// `properties`) and `az billing account list` (the same, flattened). Their agreementType tells
// an Enterprise Agreement from a Microsoft Customer Agreement, which the quotaId cannot.
import { z } from 'zod';
import { validate } from './json.ts';
import { type BillingAccount, type ImportedFile, otherFields } from './record.ts';

const Fields = {
  agreementType: z.string().min(1),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  billingRelationshipTypes: z.array(z.string()).nullable().optional(),
};
const RestAccount = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  properties: z.looseObject(Fields),
});
const FlatAccount = z.looseObject({ id: z.string(), name: z.string().optional(), ...Fields });
const USED = ['id', 'name', 'agreementType', 'accountType', 'displayName', 'billingRelationshipTypes'];

function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const items = (value as { value?: unknown })?.value;
  return Array.isArray(items) ? items : undefined;
}

function looksLikeAccount(item: unknown, flat: boolean): boolean {
  if (!item || typeof item !== 'object') return false;
  const record = item as { agreementType?: unknown; properties?: { agreementType?: unknown } };
  return flat ? record.agreementType !== undefined : record.properties?.agreementType !== undefined;
}

export function isBillingAccounts(value: unknown): boolean {
  return !Array.isArray(value) && looksLikeAccount(itemsOf(value)?.[0], false);
}

export function isAzBillingAccountList(value: unknown): boolean {
  return Array.isArray(value) && looksLikeAccount(value[0], true);
}

function account(
  file: string,
  fields: z.infer<typeof FlatAccount>,
  extra: Record<string, string>,
): BillingAccount {
  return {
    id: fields.id,
    name: fields.displayName ?? fields.name ?? fields.id,
    agreementType: fields.agreementType,
    ...(fields.accountType ? { accountType: fields.accountType } : {}),
    relationshipTypes: fields.billingRelationshipTypes ?? [],
    file,
    otherFields: extra,
  };
}

export function importBillingAccounts(file: string, value: unknown): ImportedFile {
  const page = validate(file, z.looseObject({ value: z.array(RestAccount) }), value, {
    key: 'import.as.billing-accounts',
    params: { request: 'GET billingAccounts' },
  });
  return {
    file,
    format: 'billing-accounts',
    records: [],
    billingAccounts: page.value.map((item) => {
      const flat = { ...item.properties, id: item.id, name: item.name };
      return account(file, flat, {
        ...otherFields(item, ['id', 'name', 'properties']),
        ...otherFields(item.properties, USED),
      });
    }),
    notes: [],
  };
}

export function importAzBillingAccountList(file: string, value: unknown): ImportedFile {
  const items = validate(file, z.array(FlatAccount), value, {
    key: 'import.as.command',
    params: { command: 'az billing account list' },
  });
  return {
    file,
    format: 'az-billing-account-list',
    records: [],
    billingAccounts: items.map((item) => account(file, item, otherFields(item, USED))),
    notes: [],
  };
}
