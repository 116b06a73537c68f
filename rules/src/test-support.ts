// Shared by the tests of this package: the shipped edition and deep copies to break on purpose.
import { loadEditions } from './editions-node.ts';
import type { DecisionTable } from './schema.ts';

export const shipped = loadEditions();
// The seed edition: these tests pin its behaviour, whatever edition is newest.
export const table = shipped.getEdition('2020-06');
export const cases = shipped.casesFor(table.edition.id);

export function copyOfTable(): DecisionTable {
  return structuredClone(table);
}

/** The values the seed edition declares for a fact, for tests that walk its vocabulary. */
export function valuesOf(fact: string): (string | boolean)[] {
  return [...(table.facts[fact]?.values ?? [])];
}
