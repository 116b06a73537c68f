// Azure Resource Manager `GET /subscriptions` (the REST API, `az rest`), as the list response
// `{ value: [...] }` or its bare `value` array (`az account subscription list` prints that).
import { z } from 'zod';
import { azureRecord } from './azure-subscription.ts';
import { validate } from './json.ts';
import { type ImportedFile, otherFields } from './record.ts';

const Subscription = z.looseObject({
  subscriptionId: z.string().min(1),
  displayName: z.string(),
  subscriptionPolicies: z.looseObject({ quotaId: z.string().min(1) }),
});
const Page = z.looseObject({ value: z.array(Subscription), nextLink: z.string().nullable().optional() });

const USED = ['subscriptionId', 'displayName', 'subscriptionPolicies'];

export function isArmSubscriptions(value: unknown): boolean {
  const items = Array.isArray(value) ? value : (value as { value?: unknown })?.value;
  const first = Array.isArray(items) ? (items[0] as Record<string, unknown> | undefined) : undefined;
  return (
    first !== undefined && typeof first === 'object' && 'subscriptionId' in first && 'displayName' in first
  );
}

export function importArmSubscriptions(file: string, value: unknown): ImportedFile {
  const what = { key: 'import.as.arm' as const, params: { request: 'GET /subscriptions' } };
  // Validate the branch the file is, so errors point into it rather than at "$".
  const page = Array.isArray(value)
    ? { value: validate(file, z.array(Subscription), value, what), nextLink: null }
    : validate(file, Page, value, what);
  const items = page.value;
  const nextLink = page.nextLink;
  return {
    file,
    format: 'arm-subscriptions',
    records: items.map((item) => {
      const { quotaId, ...policies } = item.subscriptionPolicies;
      return azureRecord({
        subscriptionId: item.subscriptionId,
        name: item.displayName,
        quotaId,
        quotaField: 'subscriptionPolicies.quotaId',
        file,
        format: 'arm-subscriptions',
        otherFields: { ...otherFields(item, USED), ...otherFields(policies, []) },
      });
    }),
    billingAccounts: [],
    notes: typeof nextLink === 'string' && nextLink ? [{ key: 'note.next-link' }] : [],
  };
}
