// Facts at a boundary (CLI flags, URL parameters, stored records, imported files, test cases):
// checked against the edition that will decide on them, so a wrong value names what is allowed.
import type { DecisionTable, FactValue } from './schema.ts';
import type { Facts } from './vocabulary.ts';

export interface FactProblem {
  fact: string;
  message: string;
}

export class FactsError extends Error {
  readonly problems: FactProblem[];
  constructor(problems: FactProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'FactsError';
    this.problems = problems;
  }
}

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** The problems of `input` as facts of `table`: undeclared facts, values outside their list. */
export function checkFacts(table: DecisionTable, input: Readonly<Record<string, unknown>>): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const [fact, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const declared = Object.hasOwn(table.facts, fact) ? table.facts[fact] : undefined;
    if (!declared) {
      problems.push({
        fact,
        message: `edition ${table.edition.id} has no fact "${fact}"; its facts are: ${Object.keys(table.facts).join(', ')}`,
      });
      continue;
    }
    const values = declared.many ? value : [value];
    if (!Array.isArray(values)) {
      problems.push({
        fact,
        message: `${fact} holds a list of values; use some of: ${list(declared.values)}`,
      });
      continue;
    }
    for (const v of values) {
      if (!declared.values.includes(v as FactValue))
        problems.push({
          fact,
          message: `${fact}: ${JSON.stringify(v)} is not allowed in edition ${table.edition.id}; use one of: ${list(declared.values)}`,
        });
    }
  }
  return problems;
}

/** `input` as facts of `table`, or a FactsError naming every problem. */
export function parseFacts(table: DecisionTable, input: Readonly<Record<string, unknown>>): Facts {
  const problems = checkFacts(table, input);
  if (problems.length) throw new FactsError(problems);
  return pickFacts(table, input);
}

/**
 * The facts `table` declares, taken from an object that may carry more (a stored record, a
 * decision's context); unknown (undefined) and empty-list facts are left out.
 */
export function pickFacts(table: DecisionTable, source: Readonly<Record<string, unknown>>): Facts {
  const facts: Record<string, FactValue | readonly FactValue[]> = {};
  for (const fact of Object.keys(table.facts)) {
    if (!Object.hasOwn(source, fact)) continue;
    const value = source[fact];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    facts[fact] = value as FactValue | FactValue[];
  }
  return facts;
}
