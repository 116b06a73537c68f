// The one place importers ask "does the edition in use declare fact F / value V", so they fill
// exactly the facts and values the edition can decide on (each edition declares its own).
import type { DecisionTable, FactValue } from '../schema.ts';
import { factOf, statusesOf } from '../vocabulary.ts';

/** The values the table declares for `fact`, or undefined when it does not declare the fact. */
export function declaredValues(table: DecisionTable, fact: string): readonly FactValue[] | undefined {
  return factOf(table, fact)?.values;
}

export function declares(table: DecisionTable, fact: string, value?: FactValue): boolean {
  const values = declaredValues(table, fact);
  return values !== undefined && (value === undefined || values.includes(value));
}

/** The table's statuses in its own order. */
export const declaredStatuses = statusesOf;
