// Loads the label data beside the adapter and turns it into lookups by normalized text.
// zod/mini keeps the content script small; the full zod stays in the background and pages.
import { BILLING_TYPES } from '@multichannel/rules/ids';
import * as z from 'zod/mini';
import raw from './subscriptions-labels.json';

export const COLUMN_KEYS = [
  'name',
  'quantity',
  'status',
  'estimatedCost',
  'budgetShare',
  'reseller',
] as const;
export const ColumnKey = z.enum(COLUMN_KEYS);
export type ColumnKey = z.infer<typeof ColumnKey>;
/** The rules package's billing types, from its dependency-free id lists. */
export const BillingType = z.enum(BILLING_TYPES);
export type BillingType = z.infer<typeof BillingType>;

const Label = z.string().check(z.minLength(1));
const LanguageLabels = z.strictObject({
  sections: z.record(BillingType, Label),
  columns: z.record(ColumnKey, Label),
});
const LabelFile = z.catchall(z.object({ $comment: z.optional(z.string()) }), LanguageLabels);

/**
 * Case- and space-insensitive form of a label: drops white space (non-breaking spaces too) and
 * invisible format characters (zero-width spaces and joiners, word joiners, direction marks).
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\s\p{Cf}]+/gu, '');
}

function buildLookups() {
  const { $comment: _ignored, ...languages } = LabelFile.parse(raw);
  const sections = new Map<string, BillingType>();
  const columns = new Map<string, ColumnKey>();
  for (const labels of Object.values(languages)) {
    if (!labels || typeof labels === 'string') continue;
    for (const [billing, label] of Object.entries(labels.sections)) {
      sections.set(normalizeLabel(label), billing as BillingType);
    }
    for (const [key, label] of Object.entries(labels.columns))
      columns.set(normalizeLabel(label), key as ColumnKey);
  }
  return { sections, columns, longestSection: Math.max(...[...sections.keys()].map((k) => k.length)) };
}

export const LABELS = buildLookups();

export function sectionOf(text: string): BillingType | undefined {
  return LABELS.sections.get(normalizeLabel(text));
}

export function columnOf(text: string): ColumnKey | undefined {
  return LABELS.columns.get(normalizeLabel(text));
}
