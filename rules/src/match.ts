// The decision without words: which status, which rule, what is missing. Pure and fast; the
// evaluator (decide.ts) adds the localized steps, trace, assumptions and caveats on top.
import {
  combinationAt,
  compile,
  completions,
  type DecisionSpace,
  NO_RULE,
  SEVERAL_RULES,
  spaceOf,
} from './decision-space.ts';
import { FactsError } from './facts.ts';
import type { DecisionTable, FactValue, Rule } from './schema.ts';
import { type Combination, type Facts, ruleStatusesOf, undecidedStatus } from './vocabulary.ts';

export interface Outcome {
  status: string;
  rule: Rule | null;
  missing: string[];
  possible: string[];
  /** The decision facts as used: the known values, and the assumed values of unknown facts. */
  used: Partial<Combination>;
  /** Decision facts that were unknown and taken as their `whenUnknown` value. */
  assumed: string[];
}

/** The table has no rule, or more than one, for some facts: `validate` reports where. */
export class TableGapError extends Error {
  readonly kind: 'gap' | 'overlap';
  constructor(table: DecisionTable, kind: 'gap' | 'overlap', facts: Partial<Combination>) {
    super(
      `Edition ${table.edition.id} has ${kind === 'gap' ? 'no rule' : 'more than one rule'} for ${JSON.stringify(facts)}; run "multichannel-rules validate"`,
    );
    this.name = 'TableGapError';
    this.kind = kind;
  }
}

/** The rule index of each completion of the facts used; throws on a gap or an overlap. */
function rulesOver(table: DecisionTable, used: Partial<Combination>): number[] {
  const { cells, space } = compile(table);
  return completions(space, used).map((index) => {
    const rule = cells[index] as number;
    if (rule === NO_RULE || rule === SEVERAL_RULES)
      throw new TableGapError(table, rule === NO_RULE ? 'gap' : 'overlap', combinationAt(space, index));
    return rule;
  });
}

/** The smallest set of unknown facts such that every way of answering them gives one status. */
function smallestDecidingSet(table: DecisionTable, used: Partial<Combination>, unknown: string[]): string[] {
  const { cells, space } = compile(table);
  const open = completions(space, used);
  const subsets = [...Array(1 << unknown.length).keys()]
    .map((mask) => unknown.filter((_, i) => mask & (1 << i)))
    .sort((a, b) => a.length - b.length);
  for (const subset of subsets) {
    // Group the open completions by their answers to `subset`; it decides when each group agrees.
    const statusByAnswer = new Map<string, string>();
    const decides = open.every((index) => {
      const combination = combinationAt(space, index);
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

function slowMatch(table: DecisionTable, facts: Facts): Outcome {
  const space = spaceOf(table);
  const used: Record<string, FactValue> = {};
  const assumed: string[] = [];
  const unknown: string[] = [];
  space.facts.forEach((fact, i) => {
    const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
    if (value === undefined) {
      const fallback = table.facts[fact]?.whenUnknown;
      if (fallback === undefined) unknown.push(fact);
      else {
        used[fact] = fallback;
        assumed.push(fact);
      }
    } else if (space.positions[i]?.has(value as FactValue)) used[fact] = value as FactValue;
    else
      throw new FactsError([
        {
          fact,
          message: `${fact}: ${JSON.stringify(value)} is not allowed in edition ${table.edition.id}; use one of: ${space.domains[i]?.join(', ')}`,
        },
      ]);
  });
  const ruleIndexes = rulesOver(table, used);
  const statuses = new Set(ruleIndexes.map((i) => (table.rules[i] as Rule).status));
  const possible = ruleStatusesOf(table).filter((s) => statuses.has(s));
  if (statuses.size > 1) {
    return {
      status: undecidedStatus(table),
      rule: null,
      missing: smallestDecidingSet(table, used, unknown),
      possible,
      used,
      assumed,
    };
  }
  const distinct = new Set(ruleIndexes);
  const rule = distinct.size === 1 ? (table.rules[ruleIndexes[0] as number] as Rule) : null;
  return { status: possible[0] as string, rule, missing: [], possible, used, assumed };
}

/**
 * The fast path: facts whose decision facts are all known (or unknown with a `whenUnknown`)
 * index a dense array of outcomes, filled on first use and shared (frozen) afterwards, so the
 * extension's hot path (one call per subscription row) is a few look-ups.
 */
interface FastPath {
  facts: readonly string[];
  positions: readonly Map<FactValue, number>[];
  /** Position standing for "unknown" (the domain's length), or -1 when the fact has no whenUnknown. */
  unknownAt: readonly number[];
  strides: readonly number[];
  outcomes: (Outcome | undefined)[];
}

const fastPaths = new WeakMap<DecisionTable, FastPath>();
// Callers nearly always ask about one table in a row: skip even the WeakMap look-up then.
let lastTable: DecisionTable | undefined;
let lastFastPath: FastPath | undefined;

function fastPathOf(table: DecisionTable): FastPath {
  if (table === lastTable && lastFastPath) return lastFastPath;
  let fast = fastPaths.get(table);
  if (!fast) {
    const space: DecisionSpace = spaceOf(table);
    const sizes = space.domains.map((d) => d.length + 1);
    fast = {
      facts: space.facts,
      positions: space.positions,
      unknownAt: space.facts.map((fact, i) =>
        table.facts[fact]?.whenUnknown === undefined ? -1 : (space.domains[i] as readonly FactValue[]).length,
      ),
      strides: sizes.map((_, i) => sizes.slice(i + 1).reduce((n, s) => n * s, 1)),
      outcomes: [],
    };
    fastPaths.set(table, fast);
  }
  lastTable = table;
  lastFastPath = fast;
  return fast;
}

/** The outcome for facts that may be incomplete; an unknown decision fact stands for all its values. */
export function match(table: DecisionTable, facts: Facts): Outcome {
  const fast = fastPathOf(table);
  let index = 0;
  for (let i = 0; i < fast.facts.length; i++) {
    const value = facts[fast.facts[i] as string];
    const position =
      value === undefined
        ? (fast.unknownAt[i] as number)
        : (fast.positions[i] as Map<FactValue, number>).get(value as FactValue);
    if (position === undefined || position < 0) return slowMatch(table, facts);
    index += position * (fast.strides[i] as number);
  }
  let outcome = fast.outcomes[index];
  if (!outcome) {
    outcome = deepFreeze(slowMatch(table, facts));
    fast.outcomes[index] = outcome;
  }
  return outcome;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
