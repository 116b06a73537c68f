// Behavioural diff between two editions: which complete input combinations changed outcome.
// Rule ids may be renamed between editions; what matters to partners is the status.
import { allCombinations, type Combination } from './decision-space.ts';
import { match } from './match.ts';
import type { DecisionTable } from './schema.ts';
import type { Status } from './vocabulary.ts';

export interface OutcomeChange {
  combination: Combination;
  before: { status: Status; ruleId: string | null };
  after: { status: Status; ruleId: string | null };
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

export function diffEditions(from: DecisionTable, to: DecisionTable): EditionDiff {
  const changed: OutcomeChange[] = [];
  const renamed: OutcomeChange[] = [];
  const combinations = allCombinations();
  for (const combination of combinations) {
    const a = match(from, combination);
    const b = match(to, combination);
    const change = {
      combination,
      before: { status: a.status, ruleId: a.rule?.id ?? null },
      after: { status: b.status, ruleId: b.rule?.id ?? null },
    };
    if (a.status !== b.status) changed.push(change);
    else if (change.before.ruleId !== change.after.ruleId) renamed.push(change);
  }
  return { from: from.edition.id, to: to.edition.id, combinations: combinations.length, changed, renamed };
}
