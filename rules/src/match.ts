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
import { deepFreeze } from './freeze.ts';
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
 * The fast path: any facts, complete or not, index a dense array of outcomes (one slot per
 * value of each decision fact, plus one for "unknown"), filled on first use and shared (frozen)
 * afterwards, so the extension's hot path (one call per subscription row) is a few look-ups.
 * Plain arrays, no Map and no allocation per call: this is what keeps `match` near a
 * hand-written switch (docs/benchmarks.md).
 */
interface FastPath {
  facts: readonly string[];
  /** Per fact, its values: a value's position is its index, "unknown" is the length. */
  domains: readonly (readonly FactValue[])[];
  strides: readonly number[];
  outcomes: (Outcome | undefined)[];
}

const fastPaths = new WeakMap<DecisionTable, FastPath>();
// Callers nearly always ask about one table in a row: skip even the WeakMap look-up then.
let lastTable: DecisionTable | undefined;
let lastFastPath: FastPath | undefined;

function fastPathOf(table: DecisionTable): FastPath {
  let fast = fastPaths.get(table);
  if (!fast) {
    const space: DecisionSpace = spaceOf(table);
    const sizes = space.domains.map((d) => d.length + 1);
    fast = {
      facts: space.facts,
      domains: space.domains,
      strides: sizes.map((_, i) => sizes.slice(i + 1).reduce((n, s) => n * s, 1)),
      outcomes: [],
    };
    fastPaths.set(table, fast);
  }
  lastTable = table;
  lastFastPath = fast;
  return fast;
}

/**
 * The position of a fact's value in its domain, the domain's length for unknown, -1 for
 * anything else (a list, a value not declared). A scan with `===`: decision facts have a
 * handful of values, and that beats a keyed look-up (docs/benchmarks.md).
 */
function positionOf(domain: readonly FactValue[], value: Facts[string]): number {
  return value === undefined ? domain.length : domain.indexOf(value as FactValue);
}

/**
 * The slot of the facts in the table's fast path, or -1 for facts it cannot index (a value the
 * fact does not declare, a list for a decision fact): those take the slow path, which names
 * the problem. The first facts are read at one code site each rather than in a loop: a site
 * that always reads the same property name stays a fast monomorphic load in V8, a loop's single
 * site reading every name does not (about 2× the time of the whole call; docs/benchmarks.md).
 */
export function slotOf(table: DecisionTable, facts: Facts): number {
  const fast = table === lastTable && lastFastPath ? lastFastPath : fastPathOf(table);
  const names = fast.facts;
  const domains = fast.domains;
  const strides = fast.strides;
  const n = names.length;
  let index = 0;
  let p = 0;
  if (n > 0) {
    p = positionOf(domains[0] as FactValue[], facts[names[0] as string]);
    if (p < 0) return -1;
    index += p * (strides[0] as number);
  }
  if (n > 1) {
    p = positionOf(domains[1] as FactValue[], facts[names[1] as string]);
    if (p < 0) return -1;
    index += p * (strides[1] as number);
  }
  if (n > 2) {
    p = positionOf(domains[2] as FactValue[], facts[names[2] as string]);
    if (p < 0) return -1;
    index += p * (strides[2] as number);
  }
  if (n > 3) {
    p = positionOf(domains[3] as FactValue[], facts[names[3] as string]);
    if (p < 0) return -1;
    index += p * (strides[3] as number);
  }
  if (n > 4) {
    p = positionOf(domains[4] as FactValue[], facts[names[4] as string]);
    if (p < 0) return -1;
    index += p * (strides[4] as number);
  }
  if (n > 5) {
    p = positionOf(domains[5] as FactValue[], facts[names[5] as string]);
    if (p < 0) return -1;
    index += p * (strides[5] as number);
  }
  for (let i = 6; i < n; i++) {
    p = positionOf(domains[i] as FactValue[], facts[names[i] as string]);
    if (p < 0) return -1;
    index += p * (strides[i] as number);
  }
  return index;
}

/** The outcome for facts that may be incomplete; an unknown decision fact stands for all its values. */
export function match(table: DecisionTable, facts: Facts): Outcome {
  const slot = slotOf(table, facts);
  if (slot < 0) return slowMatch(table, facts);
  const outcomes = (lastFastPath as FastPath).outcomes;
  let outcome = outcomes[slot];
  if (!outcome) {
    outcome = deepFreeze(slowMatch(table, facts));
    outcomes[slot] = outcome;
  }
  return outcome;
}
