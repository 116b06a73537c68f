// The evaluator: pure and synchronous, and it works on incomplete facts. An unknown decision
// fact stands for all of its values; the answer is the status every completion agrees on, or
// `needs-info` with the fewest unknown facts whose answers would decide.

import {
  type Combination,
  combinationAt,
  compile,
  completions,
  NO_RULE,
  SEVERAL_RULES,
} from './decision-space.ts';
import { describeCondition } from './describe-condition.ts';
import { learnUrl } from './links.ts';
import type { Condition, DecisionTable, Rule } from './schema.ts';
import { factLabel, message, t, valueLabel } from './texts.ts';
import {
  DECISION_FACT_NAMES,
  type DecisionFact,
  type FactName,
  type Facts,
  type FactValue,
  type Locale,
  type RuleStatus,
  STATUSES,
  type Status,
} from './vocabulary.ts';

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

export class TableGapError extends Error {}

/** The rule index for each completion of the known facts; throws on a gap or an overlap. */
function rulesOver(table: DecisionTable, known: Partial<Combination>): number[] {
  const { cells } = compile(table);
  return completions(known).map((index) => {
    const rule = cells[index] as number;
    if (rule === NO_RULE || rule === SEVERAL_RULES) {
      throw new TableGapError(
        `Edition ${table.edition.id} has ${rule === NO_RULE ? 'no rule' : 'more than one rule'} for ${JSON.stringify(known)}; run "multichannel-rules validate"`,
      );
    }
    return rule;
  });
}

function statusesOf(table: DecisionTable, ruleIndexes: number[]): Set<RuleStatus> {
  return new Set(ruleIndexes.map((i) => (table.rules[i] as Rule).status));
}

/** The smallest set of unknown facts such that every way of answering them gives one status. */
function smallestDecidingSet(
  table: DecisionTable,
  known: Partial<Combination>,
  unknown: DecisionFact[],
): DecisionFact[] {
  const { cells } = compile(table);
  const open = completions(known);
  const subsets = [...Array(1 << unknown.length).keys()]
    .map((mask) => unknown.filter((_, i) => mask & (1 << i)))
    .sort((a, b) => a.length - b.length);
  for (const subset of subsets) {
    // Group the open completions by their answers to `subset`; it decides when each group agrees.
    const statusByAnswer = new Map<string, RuleStatus>();
    const decides = open.every((index) => {
      const combination = combinationAt(index);
      const answer = subset.map((fact) => String(combination[fact])).join('|');
      const status = (table.rules[cells[index] as number] as Rule).status;
      const seen = statusByAnswer.get(answer);
      statusByAnswer.set(answer, status);
      return seen === undefined || seen === status;
    });
    if (decides) return subset;
  }
  return unknown;
}

export function decide(table: DecisionTable, facts: Facts, options: { locale?: Locale } = {}): Decision {
  const locale = options.locale ?? 'en';
  const assumptions: Assumption[] = [];
  const known: Partial<Combination> = {};
  for (const fact of DECISION_FACT_NAMES) {
    const value = facts[fact];
    if (value !== undefined) known[fact] = value;
  }
  if (known.customerIsCspPartner === undefined) {
    known.customerIsCspPartner = false;
    assumptions.push({
      fact: 'customerIsCspPartner',
      value: false,
      text: t(locale, 'assumption.customerIsCspPartner'),
    });
  }
  const ruleIndexes = rulesOver(table, known);
  const statuses = statusesOf(table, ruleIndexes);
  const possible = STATUSES.filter((s) => statuses.has(s as RuleStatus));
  const roles = facts.roles ?? [];
  const canAct =
    roles.length === 0 ? null : roles.some((role) => table.edition.rolesThatMayAct.includes(role));
  const caveats = caveatsFor(table, facts, locale);
  const base = { edition: table.edition.id, canAct, assumptions, caveats, locale };

  if (statuses.size > 1) {
    const unknown = DECISION_FACT_NAMES.filter((f) => known[f] === undefined);
    return {
      ...base,
      status: 'needs-info',
      ruleId: null,
      missing: smallestDecidingSet(table, known, unknown),
      possible,
      steps: [],
      trace: [],
    };
  }
  const distinctRules = [...new Set(ruleIndexes)];
  const rule = distinctRules.length === 1 ? (table.rules[distinctRules[0] as number] as Rule) : null;
  const status = possible[0] as RuleStatus;
  return {
    ...base,
    status,
    ruleId: rule?.id ?? null,
    missing: [],
    possible,
    steps: rule ? stepsFor(table, rule, facts, locale) : [],
    trace: rule ? traceFor(rule, known, locale) : [],
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
