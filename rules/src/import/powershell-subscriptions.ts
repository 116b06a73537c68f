// `Get-AzSubscription | ConvertTo-Json`: PascalCase properties; one subscription is printed as
// an object, several as an array.
import { z } from 'zod';
import { azureRecord } from './azure-subscription.ts';
import { firstObject, validateOneOrMany } from './json.ts';
import { type ImportedFile, otherFields } from './record.ts';

const Subscription = z.looseObject({
  SubscriptionId: z.string().min(1),
  Name: z.string(),
  SubscriptionPolicies: z.looseObject({ QuotaId: z.string().min(1) }),
});

const USED = ['SubscriptionId', 'Name', 'SubscriptionPolicies', 'Id'];

export function isPowerShellSubscriptions(value: unknown): boolean {
  const first = firstObject(value);
  return !!first && 'SubscriptionId' in first && !('SkuPartNumber' in first);
}

export function importPowerShellSubscriptions(file: string, value: unknown): ImportedFile {
  const items = validateOneOrMany(file, Subscription, value, {
    key: 'import.as.command',
    params: { command: 'Get-AzSubscription | ConvertTo-Json' },
  });
  return {
    file,
    format: 'powershell-az-subscription',
    records: items.map((item) => {
      const { QuotaId, ...policies } = item.SubscriptionPolicies;
      return azureRecord({
        subscriptionId: item.SubscriptionId,
        name: item.Name,
        quotaId: QuotaId,
        quotaField: 'SubscriptionPolicies.QuotaId',
        file,
        format: 'powershell-az-subscription',
        otherFields: { ...otherFields(item, USED), ...otherFields(policies, []) },
      });
    }),
    billingAccounts: [],
    notes: [],
  };
}
