// The parts of a decision, built from the table: the steps of the deciding rule and of the
// context, the trace, the assumptions, the caveats, who may act, and what an earlier edition
// said. Each is built once per combination and kept (decision-cache.ts).
import type { Assumption, Caveat, DecideOptions, Decision, EarlierOutcome, TraceEntry } from './decide.ts';
import { describeCondition } from './describe-condition.ts';
import { deepFreeze } from './freeze.ts';
import { learnUrl } from './links.ts';
import { match, type Outcome } from './match.ts';
import type { Condition, DecisionTable, FactValue, Rule } from './schema.ts';
import { describeSteps } from './steps.ts';
import { factLabel, message, t, textKey, valueLabel } from './texts.ts';
import { decisionFacts, type Facts, type Locale, statusKind } from './vocabulary.ts';

/** The facts' own value of `fact` (never an inherited property such as `constructor`). */
export function ownValue(facts: Facts, fact: string): Facts[string] {
  const value = facts[fact];
  return value !== undefined && Object.hasOwn(facts, fact) ? value : undefined;
}

/** Whether a fact's value (one, or a list for a fact of many values) is one of `values`. */
function heldIn(value: Facts[string], values: readonly FactValue[]): boolean {
  if (value === undefined) return false;
  if (!Array.isArray(value)) return values.includes(value as FactValue);
  for (let i = 0; i < value.length; i++) if (values.includes(value[i] as FactValue)) return true;
  return false;
}

/** Whether a context condition (`{ fact: [values] }`) holds; an unknown fact never satisfies it. */
export function contextHolds(when: Readonly<Record<string, readonly FactValue[]>>, facts: Facts): boolean {
  return Object.entries(when).every(([fact, values]) => heldIn(ownValue(facts, fact), values));
}

function canAct(table: DecisionTable, facts: Facts): boolean | null {
  if (!table.mayAct) return null;
  const value = ownValue(facts, table.mayAct.fact);
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  return heldIn(value, table.mayAct.values);
}

function testsFact(rule: Rule, fact: string): boolean {
  return Object.hasOwn(rule.when, fact) && rule.when[fact] !== 'any';
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

/** Everything of a decision but `earlier`: the match, and the context conditions that hold. */
export function decisionOf(table: DecisionTable, facts: Facts, locale: Locale): Decision {
  const outcome = match(table, facts);
  const rule = outcome.rule;
  return {
    edition: table.edition.id,
    status: outcome.status,
    ruleId: rule?.id ?? null,
    missing: [...outcome.missing],
    possible: [...outcome.possible],
    canAct: canAct(table, facts),
    steps: rule ? describeSteps(table, stepIdsFor(table, rule, facts), locale) : [],
    // An assumption the deciding rule does not rest on (it accepts any value) is not reported.
    assumptions: outcome.assumed
      .filter((fact) => !rule || testsFact(rule, fact))
      .map(
        (fact): Assumption => ({
          fact,
          value: outcome.used[fact] as FactValue,
          text: message(table, locale, textKey.assumption(fact)),
        }),
      ),
    trace: rule ? traceFor(table, rule, outcome, locale) : [],
    caveats: Object.entries(table.caveats)
      .filter(([, caveat]) => contextHolds(caveat.when, facts))
      .map(
        ([id, caveat]): Caveat => ({
          id,
          text: message(table, locale, caveat.message),
          urls: caveat.links.map((link) => learnUrl(table, link, locale)),
        }),
      ),
    locale,
  };
}

/** What `previous` decided for its own outcome: the status and its label. */
function earlierOf(previous: DecisionTable, outcome: Outcome, locale: Locale): EarlierOutcome {
  return {
    edition: previous.edition.id,
    status: outcome.status,
    ruleId: outcome.rule?.id ?? null,
    statusLabel: message(previous, locale, textKey.status(outcome.status)),
  };
}

/**
 * The latest earlier edition that knows every given value and addresses the case. Facts the
 * earlier edition does not declare are left out: it did not ask them.
 */
export function earlierOutcome(
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
    return earlierOf(previous, outcome, locale);
  }
  return null;
}

/**
 * The decision `decide` gives, built for this call and kept nowhere: the reference the kept
 * decisions are tested against, and for callers that decide once per user action and count
 * bytes (the site's checker island ships without decision-cache.ts).
 */
export function decideAnew(table: DecisionTable, facts: Facts, options: DecideOptions = {}): Decision {
  const locale = options.locale ?? 'en';
  const decision = decisionOf(table, facts, locale);
  if (statusKind(table, decision.status) === 'not-addressed')
    decision.earlier = earlierOutcome(options.earlier ?? [], facts, locale);
  return deepFreeze(decision);
}
