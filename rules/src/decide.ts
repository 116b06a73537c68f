// The evaluator: pure and synchronous, and it works on incomplete facts. An unknown decision
// fact stands for all of its values; the answer is the status every completion agrees on, or
// `needs-info` with the fewest unknown facts whose answers would decide.

import type { Combination } from './decision-space.ts';
import { describeCondition } from './describe-condition.ts';
import { learnUrl } from './links.ts';
import { match } from './match.ts';
import type { Condition, DecisionTable, Rule } from './schema.ts';
import { factLabel, message, t, valueLabel } from './texts.ts';
import type { DecisionFact, FactName, Facts, FactValue, Locale, Status } from './vocabulary.ts';
import { DECISION_FACT_NAMES } from './vocabulary.ts';

export { TableGapError } from './match.ts';

export interface DecisionStep {
  id: string;
  text: string;
  url: string | null;
}
export interface Assumption {
  fact: FactName;
  value: FactValue;
  text: string;
}
export interface TraceEntry {
  fact: DecisionFact;
  condition: Condition;
  value: FactValue | null;
  text: string;
}
export interface Caveat {
  id: string;
  text: string;
  urls: string[];
}
export interface Decision {
  edition: string;
  status: Status;
  ruleId: string | null;
  missing: DecisionFact[];
  possible: Status[];
  canAct: boolean | null;
  steps: DecisionStep[];
  assumptions: Assumption[];
  trace: TraceEntry[];
  caveats: Caveat[];
  locale: Locale;
}

export function decide(table: DecisionTable, facts: Facts, options: { locale?: Locale } = {}): Decision {
  const locale = options.locale ?? 'en';
  const outcome = match(table, facts);
  const roles = facts.roles ?? [];
  const rule = outcome.rule;
  return {
    edition: table.edition.id,
    status: outcome.status,
    ruleId: rule?.id ?? null,
    // Copies: match() shares frozen outcomes between calls; a decision belongs to its caller.
    missing: [...outcome.missing],
    possible: [...outcome.possible],
    canAct: roles.length === 0 ? null : roles.some((role) => table.edition.rolesThatMayAct.includes(role)),
    steps: rule ? stepsFor(table, rule, facts, locale) : [],
    assumptions: outcome.assumedNotCspPartner
      ? [{ fact: 'customerIsCspPartner', value: false, text: t(locale, 'assumption.customerIsCspPartner') }]
      : [],
    trace: rule ? traceFor(rule, outcome.known, locale) : [],
    caveats: caveatsFor(table, facts, locale),
    locale,
  };
}

function stepsFor(table: DecisionTable, rule: Rule, facts: Facts, locale: Locale): DecisionStep[] {
  const reading = table.partnerTypeSteps;
  const ids = [...rule.steps];
  if (reading.forStatuses.includes(rule.status)) {
    ids.push(...reading.any, ...(facts.partnerType ? reading[facts.partnerType] : []));
  }
  return ids.map((id) => {
    const step = table.steps[id];
    if (!step)
      throw new Error(
        `Rule ${rule.id} names step "${id}", which edition ${table.edition.id} does not define`,
      );
    return {
      id,
      text: message(table, locale, step.message),
      url: step.link ? learnUrl(table, step.link, locale) : null,
    };
  });
}

function traceFor(rule: Rule, known: Partial<Combination>, locale: Locale): TraceEntry[] {
  return DECISION_FACT_NAMES.map((fact) => {
    const condition: Condition = rule.when[fact] ?? 'any';
    const value = known[fact] ?? null;
    const shown = value === null ? t(locale, 'trace.unknown') : valueLabel(locale, fact, value);
    return {
      fact,
      condition,
      value,
      text: t(locale, 'trace.entry', {
        fact: factLabel(locale, fact),
        value: shown,
        condition: describeCondition(locale, fact, condition),
      }),
    };
  });
}

function caveatsFor(table: DecisionTable, facts: Facts, locale: Locale): Caveat[] {
  return Object.entries(table.caveats)
    .filter(([, caveat]) => facts.cloud !== undefined && caveat.when.cloud === facts.cloud)
    .map(([id, caveat]) => ({
      id,
      text: message(table, locale, caveat.message),
      urls: caveat.links.map((link) => learnUrl(table, link, locale)),
    }));
}
