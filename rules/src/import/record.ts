// What an importer gives back: per subscription, what each source says about each fact as a
// set of candidate values, with the field and raw value it read, and the sentence that says how.
// Turning candidates into facts of an edition is facts.ts's job.
import type { FactValue } from '../vocabulary.ts';

export type FormatId =
  | 'arm-subscriptions'
  | 'powershell-az-subscription'
  | 'resource-graph-csv'
  | 'billing-accounts'
  | 'az-billing-account-list'
  | 'graph-directory-subscriptions'
  | 'powershell-mg-directory-subscription'
  | 'partner-center-subscriptions'
  | 'empty-list';

/** A sentence in the import texts (messages.ts), with its parameters. */
export interface Sentence {
  key: string;
  params?: Record<string, string>;
}

export interface FactReading extends Sentence {
  fact: string;
  /** The values the source leaves possible; null when it cannot narrow the fact at all. */
  candidates: FactValue[] | null;
  file: string;
  field: string;
  raw: string;
}

export interface ImportedRecord {
  /** The subscription's id, as the source spells it; `aliases` are ids it is also known by. */
  id: string;
  aliases: string[];
  name: string;
  file: string;
  format: FormatId;
  readings: FactReading[];
  /** The Azure quotaId, kept for the billing accounts, which can resolve EA versus MCA. */
  quotaId?: string;
  /** Set when the entry is not a purchase (support plan, directory placeholder): no decision. */
  skip?: Sentence;
  /** Fields the importer does not use, kept raw (JSON) so nothing is lost. */
  otherFields: Record<string, string>;
}

export interface BillingAccount {
  id: string;
  name: string;
  agreementType: string;
  accountType?: string;
  relationshipTypes: string[];
  file: string;
  otherFields: Record<string, string>;
}

export interface ImportedFile {
  file: string;
  format: FormatId;
  records: ImportedRecord[];
  billingAccounts: BillingAccount[];
  /** File-level remarks (one page of a paged list, an empty list). */
  notes: Sentence[];
}

/** Fields not in `used`, as raw JSON text. */
export function otherFields(item: Record<string, unknown>, used: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (!used.includes(key) && value !== undefined) out[key] = JSON.stringify(value);
  }
  return out;
}
