// A set of editions, however they were loaded (from disk in Node, bundled in a browser).
import type { DecisionTable, TestCases } from './schema.ts';

export interface EditionSet {
  /** Newest first. */
  editions: DecisionTable[];
  latestEdition: DecisionTable;
  getEdition(id: string): DecisionTable;
  casesFor(id: string): TestCases | undefined;
}

export function editionSet(tables: DecisionTable[], cases: TestCases[]): EditionSet {
  if (tables.length === 0)
    throw new Error('No decision table found (expected rules/tables/<edition>.table.json)');
  const editions = [...tables].sort((a, b) => b.edition.effectiveDate.localeCompare(a.edition.effectiveDate));
  return {
    editions,
    latestEdition: editions[0] as DecisionTable,
    getEdition(id) {
      const table = editions.find((t) => t.edition.id === id);
      if (!table)
        throw new Error(
          `Unknown edition "${id}"; available: ${editions.map((t) => t.edition.id).join(', ')}`,
        );
      return table;
    },
    casesFor: (id) => cases.find((c) => c.edition === id),
  };
}
