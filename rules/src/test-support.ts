// Shared by the tests of this package: the shipped edition and deep copies to break on purpose.
import { loadEditions } from './editions-node.ts';
import type { DecisionTable } from './schema.ts';

export const shipped = loadEditions();
export const table = shipped.latestEdition;
export const cases = shipped.casesFor(table.edition.id);

export function copyOfTable(): DecisionTable {
  return structuredClone(table);
}
