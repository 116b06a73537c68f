// Behavioural diff between two editions: which complete input combinations changed outcome.
// The combinations range over the decision facts of both editions: a fact that only one of them
// asks is one more dimension, along which the other's outcome is constant. A value that only one
// edition knows gives the other no outcome (status null). Rule ids may be renamed between
// editions; what matters to partners is the status.
import { match } from './match.ts';
import type { DecisionTable, FactValue } from './schema.ts';
import { type Combination, decisionFacts, factValues } from './vocabulary.ts';

export interface EditionOutcome {
  /** null: this edition does not know one of the combination's values. */
  status: string | null;
  ruleId: string | null;
}

export interface OutcomeChange {
  combination: Combination;
  before: EditionOutcome;
  after: EditionOutcome;
}

export interface EditionDiff {
  from: string;
  to: string;
  combinations: number;
  /** Combinations whose status changed. */
  changed: OutcomeChange[];
  /** Combinations with the same status, decided by a rule with another id. */
  renamed: OutcomeChange[];
}

/** The decision facts of both editions, with the union of their values (first edition's order first). */
function jointFacts(a: DecisionTable, b: DecisionTable): [string, FactValue[]][] {
  const facts = [...new Set([...decisionFacts(a), ...decisionFacts(b)])];
  return facts.map((fact) => [fact, [...new Set([...factValues(a, fact), ...factValues(b, fact)])]]);
}

function* combinationsOf(facts: [string, FactValue[]][]): Generator<Combination> {
  const sizes = facts.map(([, values]) => values.length);
  const total = sizes.reduce((n, s) => n * s, 1);
  for (let index = 0; index < total; index++) {
    const combination: Record<string, FactValue> = {};
    let rest = index;
    for (let i = facts.length - 1; i >= 0; i--) {
      const [fact, values] = facts[i] as [string, FactValue[]];
      combination[fact] = values[rest % values.length] as FactValue;
      rest = Math.floor(rest / values.length);
    }
    yield Object.fromEntries(facts.map(([fact]) => [fact, combination[fact] as FactValue]));
  }
}

function outcomeIn(table: DecisionTable, combination: Combination): EditionOutcome {
  const facts: Record<string, FactValue> = {};
  for (const fact of decisionFacts(table)) {
    const value = combination[fact] as FactValue;
    if (!factValues(table, fact).includes(value)) return { status: null, ruleId: null };
    facts[fact] = value;
  }
  const outcome = match(table, facts);
  return { status: outcome.status, ruleId: outcome.rule?.id ?? null };
}

export function diffEditions(from: DecisionTable, to: DecisionTable): EditionDiff {
  const changed: OutcomeChange[] = [];
  const renamed: OutcomeChange[] = [];
  let combinations = 0;
  for (const combination of combinationsOf(jointFacts(from, to))) {
    combinations++;
    const change = { combination, before: outcomeIn(from, combination), after: outcomeIn(to, combination) };
    if (change.before.status !== change.after.status) changed.push(change);
    else if (change.before.ruleId !== change.after.ruleId) renamed.push(change);
  }
  return { from: from.edition.id, to: to.edition.id, combinations, changed, renamed };
}
