// Records from imported inventory files (Azure, Graph, Partner Center exports) and how they
// join a customer's records: by subscription id, so importing the same files again updates the
// records they made instead of doubling them. Pure: unit-tested alone.
import type { DecisionTable, FactValue } from '@multichannel/rules';
import { type ImportedFile, subscriptionFacts } from '@multichannel/rules/plan';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import {
  type BoughtElsewhereRecord,
  MAX_SOURCES,
  newRecordId,
  SOURCE_MAX,
  type StoredFacts,
} from './bought-elsewhere-schema.ts';

const PRODUCT_MAX = 200;

/** The files a record came from: the newest last, each once, as many as the store keeps. */
const sourcesOf = (files: readonly string[]) =>
  [...new Set(files.map((f) => f.trim().slice(0, SOURCE_MAX)).filter(Boolean))].slice(-MAX_SOURCES);

/**
 * One record per subscription the files list, a subscription in several files once (entries
 * that are not purchases are left out), with the facts the files tell together for this
 * edition; what they cannot tell stays unset. Facts about the customer are the customer's
 * answers, not a record's, so they are not copied onto records.
 */
export function importedRecords(
  table: DecisionTable,
  files: readonly ImportedFile[],
  now: Date = new Date(),
): BoughtElsewhereRecord[] {
  const customerLevel = customerFactsOf(table);
  return subscriptionFacts(table, [...files])
    .filter((s) => !s.skip)
    .map((s) => {
      // The files that list it, then those that told something about it (billing accounts).
      const sources = sourcesOf([...s.files, ...s.findings.flatMap((f) => f.readings.map((r) => r.file))]);
      return {
        id: newRecordId(),
        product: (s.name.trim() || s.id).slice(0, PRODUCT_MAX),
        facts: Object.fromEntries(Object.entries(s.facts).filter(([fact]) => !customerLevel.includes(fact))),
        subscriptionId: s.id,
        ...(sources.length > 0 ? { sources } : {}),
        updatedAt: now.toISOString(),
      };
    });
}

/**
 * The answers about the customer that the files tell (a partner billing account says the
 * customer is itself a CSP partner): each customer-level fact that some subscription's files
 * settle, when all that settle it agree. The plan decides on them; saving keeps them as the
 * customer's answers where the partner has not answered (`fillCustomerFacts`).
 */
export function importedCustomerFacts(table: DecisionTable, files: readonly ImportedFile[]): StoredFacts {
  const customerLevel = customerFactsOf(table);
  const told = new Map<string, Set<FactValue>>();
  for (const s of subscriptionFacts(table, [...files])) {
    if (s.skip) continue;
    for (const [fact, value] of Object.entries(s.facts)) {
      if (customerLevel.includes(fact)) told.set(fact, (told.get(fact) ?? new Set()).add(value));
    }
  }
  return Object.fromEntries(
    [...told].filter(([, values]) => values.size === 1).map(([fact, values]) => [fact, [...values][0]]),
  ) as StoredFacts;
}

/** The customer's answers with what the files tell added: an answer the partner gave is never replaced. */
export function fillCustomerFacts(existing: StoredFacts, told: StoredFacts): StoredFacts {
  const added = Object.entries(told).filter(([fact]) => !Object.hasOwn(existing, fact));
  return added.length === 0 ? existing : { ...existing, ...Object.fromEntries(added) };
}

const key = (id: string) => id.trim().toLowerCase();

/**
 * The customer's records with the imported ones merged in: a record with the same subscription
 * id (ids compared without case, as Azure does) keeps its own record id and the answers the
 * partner gave since, and takes the files' name and facts, and adds their names to the
 * record's sources; the others are added.
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
      // A file imported again moves to the end: the newest are kept when the list is full.
      const newer = sourcesOf(record.sources ?? []);
      const sources = sourcesOf([...(old.sources ?? []).filter((f) => !newer.includes(f)), ...newer]);
      records[index] = {
        ...old,
        ...record,
        id: old.id,
        facts: { ...old.facts, ...record.facts },
        ...(sources.length > 0 ? { sources } : {}),
      };
      updated++;
    } else {
      if (id !== undefined) at.set(id, records.length);
      records.push(record);
      added++;
    }
  }
  return { records, added, updated };
}
