// Reading table and test-case files: every problem names the file and the JSON path. The zod
// schema checks the shape; checkVocabulary then checks that the file names only the facts,
// values and statuses it declares.
import type { z } from 'zod';
import {
  type DecisionTable,
  DecisionTable as DecisionTableSchema,
  type FactValue,
  TestCases,
} from './schema.ts';

export interface Problem {
  path: string;
  message: string;
}

export class TableFileError extends Error {
  readonly file: string;
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[]) {
    super(`${file}:\n${problems.map((p) => `  at ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'TableFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** A JSON path such as `$.rules[3].when.channel` or `$.messages.hu["rule.x.title"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new TableFileError(
    file,
    result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  );
}

export function parseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TableFileError(file, [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const proto = protoKeyPath(value, []);
  if (proto)
    throw new TableFileError(file, [{ path: proto, message: 'a key named "__proto__" is not allowed' }]);
  return value;
}

/** JSON.parse keeps "__proto__" as an own key, which later copies would drop silently: find it. */
function protoKeyPath(value: unknown, path: PropertyKey[]): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = protoKeyPath(item, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return jsonPath([...path, key]);
      const found = protoKeyPath((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Past this many complete combinations a table is refused: the verifier visits each of them. */
export const MAX_COMBINATIONS = 1 << 24;
/** The verifier keeps a fact's allowed values as bits of one 32-bit integer. */
export const MAX_VALUES_PER_DECISION_FACT = 30;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Everything the table names must be declared by the table; each problem with its JSON path. */
export function checkVocabulary(table: DecisionTable): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: PropertyKey[], message: string) => problems.push({ path: jsonPath(path), message });
  const facts = Object.entries(table.facts);
  const decision = new Set(facts.filter(([, f]) => f.use === 'decision').map(([id]) => id));
  const context = new Set(facts.filter(([, f]) => f.use === 'context').map(([id]) => id));
  const statuses = Object.keys(table.statuses);
  const undecided = statuses.filter((s) => table.statuses[s]?.kind === 'undecided');

  if (decision.size === 0) problem(['facts'], 'declare at least one fact with "use": "decision"');
  let combinations = 1;
  for (const [id, fact] of facts) {
    const seen = new Set<FactValue>();
    fact.values.forEach((value, i) => {
      if (seen.has(value))
        problem(['facts', id, 'values', i], `value ${JSON.stringify(value)} is listed twice`);
      seen.add(value);
    });
    if (new Set(fact.values.map((v) => typeof v)).size > 1)
      problem(['facts', id, 'values'], 'use either true/false or text values, not both');
    if (fact.whenUnknown !== undefined && !fact.values.includes(fact.whenUnknown))
      problem(['facts', id, 'whenUnknown'], `not one of the fact's values; use one of: ${list(fact.values)}`);
    if (fact.many && fact.use === 'decision')
      problem(['facts', id, 'many'], 'only a context fact may hold a list of values');
    if (fact.use === 'decision') {
      combinations *= fact.values.length;
      if (fact.values.length > MAX_VALUES_PER_DECISION_FACT)
        problem(
          ['facts', id, 'values'],
          `a decision fact may have at most ${MAX_VALUES_PER_DECISION_FACT} values`,
        );
    }
  }
  if (combinations > MAX_COMBINATIONS)
    problem(
      ['facts'],
      `the decision facts span ${combinations} combinations; at most ${MAX_COMBINATIONS} are supported`,
    );
  if (undecided.length !== 1)
    problem(['statuses'], `exactly one status must be of kind "undecided" (found ${undecided.length})`);

  const checkValues = (path: PropertyKey[], fact: string, values: readonly FactValue[]) => {
    const allowed = table.facts[fact]?.values ?? [];
    values.forEach((value, i) => {
      if (!allowed.includes(value))
        problem(
          [...path, i],
          `${JSON.stringify(value)} is not a value of ${fact}; use one of: ${list(allowed)}`,
        );
    });
  };
  const checkFactIn = (path: PropertyKey[], fact: string, kinds: Set<string>, what: string) => {
    if (kinds.has(fact)) return true;
    problem(path, `"${fact}" is not a ${what}; declared ${what}s: ${[...kinds].join(', ') || 'none'}`);
    return false;
  };
  const checkStatus = (path: PropertyKey[], status: string, allowUndecided: boolean) => {
    if (!Object.hasOwn(table.statuses, status))
      problem(path, `"${status}" is not a declared status; use one of: ${statuses.join(', ')}`);
    else if (!allowUndecided && undecided.includes(status))
      problem(path, `"${status}" is the undecided status, which only the evaluator gives`);
  };

  table.rules.forEach((rule, r) => {
    for (const [fact, condition] of Object.entries(rule.when)) {
      const path = ['rules', r, 'when', fact];
      if (!checkFactIn(path, fact, decision, 'decision fact')) continue;
      if (condition !== 'any')
        checkValues(
          [...path, 'in' in condition ? 'in' : 'notIn'],
          fact,
          'in' in condition ? condition.in : condition.notIn,
        );
    }
    checkStatus(['rules', r, 'status'], rule.status, false);
  });
  table.contextSteps.forEach((entry, i) => {
    for (const [fact, values] of Object.entries(entry.when)) {
      if (checkFactIn(['contextSteps', i, 'when', fact], fact, context, 'context fact'))
        checkValues(['contextSteps', i, 'when', fact], fact, values);
    }
    entry.forStatuses.forEach((s, j) => {
      checkStatus(['contextSteps', i, 'forStatuses', j], s, false);
    });
  });
  for (const [id, caveat] of Object.entries(table.caveats)) {
    for (const [fact, values] of Object.entries(caveat.when)) {
      if (checkFactIn(['caveats', id, 'when', fact], fact, context, 'context fact'))
        checkValues(['caveats', id, 'when', fact], fact, values);
    }
  }
  if (table.mayAct && checkFactIn(['mayAct', 'fact'], table.mayAct.fact, context, 'context fact'))
    checkValues(['mayAct', 'values'], table.mayAct.fact, table.mayAct.values);
  const contextValues = [...context].flatMap((f) => table.facts[f]?.values ?? []);
  table.edition.appliesTo?.forEach((value, i) => {
    if (!contextValues.includes(value))
      problem(['edition', 'appliesTo', i], `${JSON.stringify(value)} is not a value of any context fact`);
  });
  return problems;
}

export function parseTable(value: unknown, file = 'decision table'): DecisionTable {
  const table = parseWith(DecisionTableSchema, value, file);
  const problems = checkVocabulary(table);
  if (problems.length) throw new TableFileError(file, problems);
  return table;
}

export function parseCases(value: unknown, file = 'test cases'): TestCases {
  return parseWith(TestCases, value, file);
}
