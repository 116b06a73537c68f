// The evaluator: pure and synchronous, and it works on incomplete facts. An unknown decision
// fact stands for all of its values (or for its `whenUnknown` value, reported as an
// assumption); the answer is the status every completion agrees on, or the undecided status
// with the fewest unknown facts whose answers would decide.
import { keptDecision } from './decision-cache.ts';
import { decideAnew } from './decision-parts.ts';
import type { Condition, DecisionTable, FactValue } from './schema.ts';
import type { DecisionStep } from './steps.ts';
import type { Facts, Locale } from './vocabulary.ts';

export { contextHolds, decideAnew } from './decision-parts.ts';
export { TableGapError } from './match.ts';
export type { DecisionStep } from './steps.ts';

export interface Assumption {
  fact: string;
  value: FactValue;
  text: string;
}
export interface TraceEntry {
  fact: string;
  condition: Condition;
  value: FactValue | null;
  text: string;
}
export interface Caveat {
  id: string;
  text: string;
  urls: string[];
}
/** What an earlier edition decided for the same facts, when this one does not address them. */
export interface EarlierOutcome {
  edition: string;
  status: string;
  ruleId: string | null;
  statusLabel: string;
}
/**
 * A decision. It is frozen and may be the very object an earlier call with the same facts got:
 * decisions are kept per edition, locale and facts (decision-cache.ts). Copy it to change it.
 */
export interface Decision {
  edition: string;
  status: string;
  ruleId: string | null;
  missing: string[];
  possible: string[];
  canAct: boolean | null;
  steps: DecisionStep[];
  assumptions: Assumption[];
  trace: TraceEntry[];
  caveats: Caveat[];
  locale: Locale;
  /** Only for a status of kind not-addressed: the latest earlier edition's outcome, or null. */
  earlier?: EarlierOutcome | null;
}

export interface DecideOptions {
  locale?: Locale;
  /** Earlier editions, newest first: a not-addressed decision names the latest one's outcome. */
  earlier?: readonly DecisionTable[];
}

const NONE: readonly DecisionTable[] = [];

export function decide(table: DecisionTable, facts: Facts, options: DecideOptions = {}): Decision {
  const locale = options.locale ?? 'en';
  const earlier = options.earlier ?? NONE;
  return keptDecision(table, facts, locale, earlier) ?? decideAnew(table, facts, { locale, earlier });
}
