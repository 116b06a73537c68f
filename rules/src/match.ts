// The decision without words: which status, which rule, what is missing. Pure and fast; the
// evaluator (decide.ts) adds the localized steps, trace, assumptions and caveats on top.
import {
  type Combination,
  combinationAt,
  compile,
  completions,
  indexOf,
  NO_RULE,
  SEVERAL_RULES,
} from './decision-space.ts';
import type { DecisionTable, Rule } from './schema.ts';
import {
  BILLING_TYPES,
  CHANNELS,
  DECISION_FACT_NAMES,
  type DecisionFact,
  type Facts,
  type RuleStatus,
  STATUSES,
  type Status,
} from './vocabulary.ts';

export interface Outcome {
  status: Status;
  rule: Rule | null;
  missing: DecisionFact[];
  possible: Status[];
  /** The decision facts as used, after the documented assumption about CSP-partner customers. */
  known: Partial<Combination>;
  /** True when the CSP-partner answer was unknown and taken as false. */
  assumedNotCspPartner: boolean;
}

export class TableGapError extends Error {}

/** The rule of one combination; throws on a gap or an overlap. */
function ruleAt(table: DecisionTable, index: number, known: Partial<Combination>): number {
  const rule = compile(table).cells[index] as number;
  if (rule === NO_RULE || rule === SEVERAL_RULES) {
    throw new TableGapError(
      `Edition ${table.edition.id} has ${rule === NO_RULE ? 'no rule' : 'more than one rule'} for ${JSON.stringify(known)}; run "multichannel-rules validate"`,
    );
  }
  return rule;
}

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

/** The outcome for facts that may be incomplete; an unknown decision fact stands for all its values. */
export function match(table: DecisionTable, facts: Facts): Outcome {
  const ready = completeOutcome(table, facts);
  if (ready) return ready;
  const assumedNotCspPartner = facts.customerIsCspPartner === undefined;
  const known: Partial<Combination> = {};
  if (facts.channel !== undefined) known.channel = facts.channel;
  if (facts.billing !== undefined) known.billing = facts.billing;
  known.customerIsCspPartner = facts.customerIsCspPartner ?? false;

  // Complete facts, the common case: one index computation, no enumeration.
  const index = indexOf(known);
  if (index >= 0) {
    const rule = table.rules[ruleAt(table, index, known)] as Rule;
    return { status: rule.status, rule, missing: [], possible: [rule.status], known, assumedNotCspPartner };
  }

  const ruleIndexes = rulesOver(table, known);
  const statuses = new Set<RuleStatus>(ruleIndexes.map((i) => (table.rules[i] as Rule).status));
  const possible = STATUSES.filter((s) => statuses.has(s as RuleStatus));
  if (statuses.size > 1) {
    const unknown = DECISION_FACT_NAMES.filter((f) => known[f] === undefined);
    return {
      status: 'needs-info',
      rule: null,
      missing: smallestDecidingSet(table, known, unknown),
      possible,
      known,
      assumedNotCspPartner,
    };
  }
  const distinct = new Set(ruleIndexes);
  const rule = distinct.size === 1 ? (table.rules[ruleIndexes[0] as number] as Rule) : null;
  return { status: possible[0] as Status, rule, missing: [], possible, known, assumedNotCspPartner };
}

const CHANNEL_POSITION = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const BILLING_POSITION = new Map<string, number>(BILLING_TYPES.map((b, i) => [b, i]));
const ready = new WeakMap<DecisionTable, (Outcome | undefined)[]>();
// Callers nearly always ask about one table in a row: skip even the WeakMap lookup then.
let lastTable: DecisionTable | undefined;
let lastOutcomes: (Outcome | undefined)[] = [];

/**
 * Outcomes of complete facts are computed once per table and shared (frozen), so the hot path
 * of the extension (one call per subscription row) is a few property reads.
 */
function completeOutcome(table: DecisionTable, facts: Facts): Outcome | undefined {
  const channel = CHANNEL_POSITION.get(facts.channel as string);
  const billing = BILLING_POSITION.get(facts.billing as string);
  if (channel === undefined || billing === undefined) return undefined;
  if (table !== lastTable) {
    lastOutcomes = ready.get(table) ?? precompute(table);
    ready.set(table, lastOutcomes);
    lastTable = table;
  }
  const outcomes = lastOutcomes;
  const csp = facts.customerIsCspPartner === undefined ? 2 : facts.customerIsCspPartner ? 0 : 1;
  return outcomes[(channel * BILLING_TYPES.length + billing) * 3 + csp];
}

function precompute(table: DecisionTable): (Outcome | undefined)[] {
  const { cells } = compile(table);
  const outcomes: (Outcome | undefined)[] = [];
  CHANNELS.forEach((channel) => {
    BILLING_TYPES.forEach((billing) => {
      for (const answer of [true, false, undefined]) {
        const known = { channel, billing, customerIsCspPartner: answer ?? false };
        const cell = cells[indexOf(known)] as number;
        const rule = table.rules[cell];
        // Gaps and overlaps take the slow path, which reports them.
        outcomes.push(
          cell < 0 || !rule
            ? undefined
            : deepFreeze({
                status: rule.status,
                rule,
                missing: [],
                possible: [rule.status],
                known,
                assumedNotCspPartner: answer === undefined,
              }),
        );
      }
    });
  });
  return outcomes;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
