// One Azure subscription, however it was exported, as a record: the quotaId tells the channel
// when it can, and every Azure subscription is usage-based.
import { quotaIdMeaning } from './quota-id.ts';
import type { FactReading, FormatId, ImportedRecord } from './record.ts';

export interface AzureSubscriptionInput {
  subscriptionId: string;
  name: string;
  quotaId: string;
  /** How the format names the quotaId field, e.g. "subscriptionPolicies.quotaId". */
  quotaField: string;
  file: string;
  format: FormatId;
  otherFields: Record<string, string>;
}

export function azureRecord(input: AzureSubscriptionInput): ImportedRecord {
  const { quotaId, quotaField: field, file } = input;
  const meaning = quotaIdMeaning(quotaId);
  const base = { file, field, raw: quotaId };
  const readings: FactReading[] = [];
  if (!meaning) {
    readings.push({
      ...base,
      fact: 'channel',
      candidates: null,
      key: 'read.quota.unknown',
      params: { quotaId },
    });
  } else if (!meaning.notAPurchase) {
    readings.push({
      ...base,
      fact: 'channel',
      candidates: meaning.channels,
      key: meaning.family,
      params: { quotaId },
    });
  }
  if (!meaning?.notAPurchase)
    readings.push({
      ...base,
      fact: 'billing',
      candidates: ['usage'],
      key: 'read.azure.usage',
      params: { quotaId },
    });
  return {
    id: input.subscriptionId,
    aliases: [],
    name: input.name,
    file,
    format: input.format,
    readings,
    quotaId,
    ...(meaning?.notAPurchase ? { skip: { key: meaning.family, params: { quotaId } } } : {}),
    otherFields: input.otherFields,
  };
}
