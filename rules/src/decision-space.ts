// The decision space of an edition: every complete combination of the facts its rules test,
// laid out as a flat array so a complete set of facts finds its rule with one index computation.
import { conditionMatches } from './condition.ts';
import type { DecisionTable, FactValue, Rule } from './schema.ts';
import { type Combination, decisionFacts } from './vocabulary.ts';

export const NO_RULE = -1;
export const SEVERAL_RULES = -2;

export interface DecisionSpace {
  /** The decision facts, in the table's order; the last varies fastest. */
  facts: readonly string[];
  domains: readonly (readonly FactValue[])[];
  strides: readonly number[];
  size: number;
  /** For each fact, the position of each value in its domain. */
  positions: readonly Map<FactValue, number>[];
}

export interface CompiledTable {
  table: DecisionTable;
  space: DecisionSpace;
  /** For each combination: the index of its only rule, NO_RULE or SEVERAL_RULES. */
  cells: Int16Array | Int32Array;
}

const spaces = new WeakMap<DecisionTable, DecisionSpace>();
const compiled = new WeakMap<DecisionTable, CompiledTable>();

export function spaceOf(table: DecisionTable): DecisionSpace {
  let space = spaces.get(table);
  if (!space) {
    const facts = decisionFacts(table);
    const domains = facts.map((fact) => table.facts[fact]?.values ?? []);
    const strides = domains.map((_, i) => domains.slice(i + 1).reduce((n, d) => n * d.length, 1));
    space = {
      facts,
      domains,
      strides,
      size: domains.reduce((n, d) => n * d.length, 1),
      positions: domains.map((d) => new Map(d.map((value, p) => [value, p]))),
    };
    spaces.set(table, space);
  }
  return space;
}

export function compile(table: DecisionTable): CompiledTable {
  const cached = compiled.get(table);
  if (cached) return cached;
  const space = spaceOf(table);
  // Rule indexes must fit the cells, with room for the two negative markers.
  const cells = (table.rules.length < 0x7fff ? new Int16Array(space.size) : new Int32Array(space.size)).fill(
    NO_RULE,
  );
  table.rules.forEach((rule, ruleIndex) => {
    for (const index of regionOf(space, rule.when)) {
      cells[index] = cells[index] === NO_RULE ? ruleIndex : SEVERAL_RULES;
    }
  });
  const result = { table, space, cells };
  compiled.set(table, result);
  return result;
}

export function ruleMatches(rule: Rule, combination: Combination): boolean {
  for (const [fact, condition] of Object.entries(rule.when)) {
    if (!conditionMatches(condition, combination[fact] as FactValue)) return false;
  }
  return true;
}

export function combinationAt(space: DecisionSpace, index: number): Combination {
  const combination: Record<string, FactValue> = {};
  space.facts.forEach((fact, i) => {
    const domain = space.domains[i] as readonly FactValue[];
    combination[fact] = domain[Math.floor(index / (space.strides[i] as number)) % domain.length] as FactValue;
  });
  return combination;
}

/** Index of a complete combination, or -1 when a fact is missing or its value is outside the domain. */
export function indexOf(space: DecisionSpace, combination: Readonly<Record<string, unknown>>): number {
  let index = 0;
  for (let i = 0; i < space.facts.length; i++) {
    const position = (space.positions[i] as Map<FactValue, number>).get(
      combination[space.facts[i] as string] as FactValue,
    );
    if (position === undefined) return -1;
    index += position * (space.strides[i] as number);
  }
  return index;
}

/** The indexes of every combination whose value of each fact passes `allowed`. */
function expand(space: DecisionSpace, allowed: (fact: string, value: FactValue) => boolean): number[] {
  let indexes = [0];
  space.facts.forEach((fact, i) => {
    const stride = space.strides[i] as number;
    const positions: number[] = [];
    (space.domains[i] as readonly FactValue[]).forEach((value, p) => {
      if (allowed(fact, value)) positions.push(p);
    });
    indexes = indexes.flatMap((base) => positions.map((p) => base + p * stride));
  });
  return indexes;
}

/** Every combination index that agrees with the known facts (a missing fact ranges freely). */
export function completions(
  space: DecisionSpace,
  known: Readonly<Record<string, FactValue | undefined>>,
): number[] {
  return expand(space, (fact, value) => {
    const wanted = Object.hasOwn(known, fact) ? known[fact] : undefined;
    return wanted === undefined || wanted === value;
  });
}

/** Every combination index that a rule's conditions match. */
export function regionOf(space: DecisionSpace, when: Rule['when']): number[] {
  return expand(space, (fact, value) =>
    conditionMatches(Object.hasOwn(when, fact) ? when[fact] : undefined, value),
  );
}

export function allCombinations(table: DecisionTable): Combination[] {
  const space = spaceOf(table);
  return Array.from({ length: space.size }, (_, i) => combinationAt(space, i));
}
