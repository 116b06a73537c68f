// Records from an imported inventory file (Azure, Graph, Partner Center exports) and how they
// join a customer's records: by subscription id, so importing the same file again updates the
// records it made instead of doubling them. Pure: unit-tested alone.
import type { DecisionTable } from '@multichannel/rules';
import { type ImportedFile, subscriptionFacts } from '@multichannel/rules/plan';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import { type BoughtElsewhereRecord, newRecordId } from './bought-elsewhere-schema.ts';

const PRODUCT_MAX = 200;

/**
 * One record per subscription the file lists (entries that are not purchases are left out),
 * with the facts the file tells for this edition; what it cannot tell stays unset. Facts about
 * the customer are the customer's answers, not a record's, so they are not copied onto records.
 */
export function importedRecords(
  table: DecisionTable,
  file: ImportedFile,
  now: Date = new Date(),
): BoughtElsewhereRecord[] {
  const customerLevel = customerFactsOf(table);
  return subscriptionFacts(table, [file])
    .filter((s) => !s.skip)
    .map((s) => ({
      id: newRecordId(),
      product: (s.name.trim() || s.id).slice(0, PRODUCT_MAX),
      facts: Object.fromEntries(Object.entries(s.facts).filter(([fact]) => !customerLevel.includes(fact))),
      subscriptionId: s.id,
      source: file.file.slice(0, 260),
      updatedAt: now.toISOString(),
    }));
}

const key = (id: string) => id.trim().toLowerCase();

/**
 * The customer's records with the imported ones merged in: a record with the same subscription
 * id (ids compared without case, as Azure does) keeps its own record id and the answers the
 * partner gave since, and takes the file's name, facts and source; the others are added.
 */
export function mergeBySubscription(
  existing: readonly BoughtElsewhereRecord[],
  imported: readonly BoughtElsewhereRecord[],
): { records: BoughtElsewhereRecord[]; added: number; updated: number } {
  const records = [...existing];
  const at = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.subscriptionId) at.set(key(r.subscriptionId), i);
  });
  let added = 0;
  let updated = 0;
  for (const record of imported) {
    const id = record.subscriptionId ? key(record.subscriptionId) : undefined;
    const index = id === undefined ? undefined : at.get(id);
    const old = index === undefined ? undefined : records[index];
    if (index !== undefined && old) {
      records[index] = { ...old, ...record, id: old.id, facts: { ...old.facts, ...record.facts } };
      updated++;
    } else {
      if (id !== undefined) at.set(id, records.length);
      records.push(record);
      added++;
    }
  }
  return { records, added, updated };
}
