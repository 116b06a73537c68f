// A set of editions, however they were loaded (from disk in Node, bundled in a browser).
import type { DecisionTable, TestCases } from './schema.ts';

export class UnknownEditionError extends Error {
  constructor(id: string, known: readonly DecisionTable[]) {
    super(`Unknown edition "${id}"; available: ${known.map((t) => t.edition.id).join(', ')}`);
    this.name = 'UnknownEditionError';
  }
}

export interface EditionSet {
  /** Newest first. */
  editions: DecisionTable[];
  latestEdition: DecisionTable;
  getEdition(id: string): DecisionTable;
  casesFor(id: string): TestCases | undefined;
  /** The editions older than `table`, newest first (what a not-addressed decision looks back on). */
  earlierThan(table: DecisionTable): DecisionTable[];
  /** The edition just before `table`, if any. */
  previousOf(table: DecisionTable): DecisionTable | undefined;
}

export function editionSet(tables: DecisionTable[], cases: TestCases[]): EditionSet {
  if (tables.length === 0)
    throw new Error('No decision table found (expected rules/tables/<edition>.table.json)');
  const editions = [...tables].sort((a, b) => b.edition.effectiveDate.localeCompare(a.edition.effectiveDate));
  const earlierThan = (table: DecisionTable) =>
    editions.filter((t) => t !== table && t.edition.effectiveDate < table.edition.effectiveDate);
  return {
    editions,
    latestEdition: editions[0] as DecisionTable,
    getEdition(id) {
      const table = editions.find((t) => t.edition.id === id);
      if (!table) throw new UnknownEditionError(id, editions);
      return table;
    },
    casesFor: (id) => cases.find((c) => c.edition === id),
    earlierThan,
    previousOf: (table) => earlierThan(table)[0],
  };
}
