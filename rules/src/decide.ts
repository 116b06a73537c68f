// The evaluator: pure and synchronous, and it works on incomplete facts. An unknown decision
// fact stands for all of its values (or for its `whenUnknown` value, reported as an
// assumption); the answer is the status every completion agrees on, or the undecided status
// with the fewest unknown facts whose answers would decide.
import { describeCondition } from './describe-condition.ts';
import { learnUrl } from './links.ts';
import { match, type Outcome } from './match.ts';
import type { Condition, DecisionTable, FactValue, Rule } from './schema.ts';
import { type DecisionStep, describeSteps } from './steps.ts';
import { factLabel, message, t, textKey, valueLabel } from './texts.ts';
import { decisionFacts, type Facts, type Locale, statusKind } from './vocabulary.ts';

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

export function decide(table: DecisionTable, facts: Facts, options: DecideOptions = {}): Decision {
  const locale = options.locale ?? 'en';
  const outcome = match(table, facts);
  const rule = outcome.rule;
  const decision: Decision = {
    edition: table.edition.id,
    status: outcome.status,
    ruleId: rule?.id ?? null,
    // Copies: match() shares frozen outcomes between calls; a decision belongs to its caller.
    missing: [...outcome.missing],
    possible: [...outcome.possible],
    canAct: canAct(table, facts),
    steps: rule ? describeSteps(table, stepIdsFor(table, rule, facts), locale) : [],
    // An assumption the deciding rule does not rest on (it accepts any value) is not reported.
    assumptions: outcome.assumed
      .filter((fact) => !rule || testsFact(rule, fact))
      .map((fact) => ({
        fact,
        value: outcome.used[fact] as FactValue,
        text: message(table, locale, textKey.assumption(fact)),
      })),
    trace: rule ? traceFor(table, rule, outcome, locale) : [],
    caveats: caveatsFor(table, facts, locale),
    locale,
  };
  if (statusKind(table, outcome.status) === 'not-addressed')
    decision.earlier = earlierOutcome(options.earlier ?? [], facts, locale);
  return decision;
}

function testsFact(rule: Rule, fact: string): boolean {
  return Object.hasOwn(rule.when, fact) && rule.when[fact] !== 'any';
}

/** Whether a context condition (`{ fact: [values] }`) holds; an unknown fact never satisfies it. */
export function contextHolds(when: Readonly<Record<string, readonly FactValue[]>>, facts: Facts): boolean {
  return Object.entries(when).every(([fact, values]) => {
    const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
    if (value === undefined) return false;
    return (Array.isArray(value) ? value : [value]).some((v) => values.includes(v));
  });
}

function canAct(table: DecisionTable, facts: Facts): boolean | null {
  if (!table.mayAct) return null;
  const value = Object.hasOwn(facts, table.mayAct.fact) ? facts[table.mayAct.fact] : undefined;
  const held = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return held.length === 0 ? null : held.some((v) => table.mayAct?.values.includes(v));
}

function stepIdsFor(table: DecisionTable, rule: Rule, facts: Facts): string[] {
  const ids = [...rule.steps];
  for (const extra of table.contextSteps) {
    if (extra.forStatuses.includes(rule.status) && contextHolds(extra.when, facts)) ids.push(...extra.steps);
  }
  // A step named twice (by the rule and by context) is shown once.
  return [...new Set(ids)];
}

function traceFor(table: DecisionTable, rule: Rule, outcome: Outcome, locale: Locale): TraceEntry[] {
  return decisionFacts(table).map((fact) => {
    const condition: Condition = Object.hasOwn(rule.when, fact) ? (rule.when[fact] as Condition) : 'any';
    // A value only assumed for a fact the rule ignores was not used: show it as not known.
    const assumedOnly = outcome.assumed.includes(fact) && !testsFact(rule, fact);
    const value = assumedOnly ? null : (outcome.used[fact] ?? null);
    const shown = value === null ? t(locale, 'trace.unknown') : valueLabel(table, locale, fact, value);
    return {
      fact,
      condition,
      value,
      text: t(locale, 'trace.entry', {
        fact: factLabel(table, locale, fact),
        value: shown,
        condition: describeCondition(table, locale, fact, condition),
      }),
    };
  });
}

function caveatsFor(table: DecisionTable, facts: Facts, locale: Locale): Caveat[] {
  return Object.entries(table.caveats)
    .filter(([, caveat]) => contextHolds(caveat.when, facts))
    .map(([id, caveat]) => ({
      id,
      text: message(table, locale, caveat.message),
      urls: caveat.links.map((link) => learnUrl(table, link, locale)),
    }));
}

/**
 * The latest earlier edition that knows every given value and addresses the case. Facts the
 * earlier edition does not declare are left out: it did not ask them.
 */
function earlierOutcome(
  earlier: readonly DecisionTable[],
  facts: Facts,
  locale: Locale,
): EarlierOutcome | null {
  for (const previous of earlier) {
    const known: Record<string, Facts[string]> = {};
    let fits = true;
    for (const [fact, value] of Object.entries(facts)) {
      if (value === undefined || !Object.hasOwn(previous.facts, fact)) continue;
      const values = previous.facts[fact]?.values ?? [];
      if ((Array.isArray(value) ? value : [value]).some((v) => !values.includes(v))) fits = false;
      known[fact] = value;
    }
    if (!fits) continue;
    const outcome = match(previous, known);
    if (statusKind(previous, outcome.status) === 'not-addressed') continue;
    return {
      edition: previous.edition.id,
      status: outcome.status,
      ruleId: outcome.rule?.id ?? null,
      statusLabel: message(previous, locale, textKey.status(outcome.status)),
    };
  }
  return null;
}
