// The decision space: every complete combination of the facts that rules test, laid out as a
// flat array so a complete set of facts finds its rule with one index computation.
import { conditionMatches } from './condition.ts';
import type { DecisionTable, Rule } from './schema.ts';
import {
  type BillingType,
  type Channel,
  DECISION_FACT_NAMES,
  DECISION_FACTS,
  type DecisionFact,
  type FactValue,
} from './vocabulary.ts';

/** One complete answer to the facts that rules test. */
export interface Combination {
  channel: Channel;
  billing: BillingType;
  customerIsCspPartner: boolean;
}

export const NO_RULE = -1;
export const SEVERAL_RULES = -2;

const DOMAINS: readonly (readonly FactValue[])[] = DECISION_FACT_NAMES.map((fact) => DECISION_FACTS[fact]);
/** Stride of each fact in the flat layout (the last fact varies fastest). */
const STRIDES: number[] = DOMAINS.map((_, i) => DOMAINS.slice(i + 1).reduce((n, d) => n * d.length, 1));
export const COMBINATION_COUNT = DOMAINS.reduce((n, d) => n * d.length, 1);

export interface CompiledTable {
  table: DecisionTable;
  /** For each combination: the index of its only rule, NO_RULE or SEVERAL_RULES. */
  cells: Int16Array;
}

const cache = new WeakMap<DecisionTable, CompiledTable>();

export function compile(table: DecisionTable): CompiledTable {
  const cached = cache.get(table);
  if (cached) return cached;
  const cells = new Int16Array(COMBINATION_COUNT).fill(NO_RULE);
  for (let index = 0; index < COMBINATION_COUNT; index++) {
    const combination = combinationAt(index);
    table.rules.forEach((rule, ruleIndex) => {
      if (!ruleMatches(rule, combination)) return;
      cells[index] = cells[index] === NO_RULE ? ruleIndex : SEVERAL_RULES;
    });
  }
  const compiled = { table, cells };
  cache.set(table, compiled);
  return compiled;
}

export function ruleMatches(rule: Rule, combination: Combination): boolean {
  return DECISION_FACT_NAMES.every((fact) => conditionMatches(rule.when[fact], combination[fact]));
}

export function combinationAt(index: number): Combination {
  // Filled fact by fact from the vocabulary, so each value is of its fact's type.
  const combination = {} as Record<DecisionFact, FactValue>;
  DECISION_FACT_NAMES.forEach((fact, i) => {
    const domain = DOMAINS[i] as readonly FactValue[];
    combination[fact] = domain[Math.floor(index / (STRIDES[i] as number)) % domain.length] as FactValue;
  });
  return combination as Combination;
}

/** Index of a complete combination, or -1 when a value is outside the vocabulary. */
export function indexOf(combination: Partial<Combination>): number {
  let index = 0;
  for (let i = 0; i < DOMAINS.length; i++) {
    const position = (DOMAINS[i] as readonly FactValue[]).indexOf(
      combination[DECISION_FACT_NAMES[i] as DecisionFact] as FactValue,
    );
    if (position < 0) return -1;
    index += position * (STRIDES[i] as number);
  }
  return index;
}

/** Every combination index that agrees with the known facts (unknown facts range freely). */
export function completions(known: Partial<Combination>): number[] {
  let indexes = [0];
  DECISION_FACT_NAMES.forEach((fact, i) => {
    const domain = DOMAINS[i] as readonly FactValue[];
    const value = known[fact];
    const positions = value === undefined ? domain.map((_, p) => p) : [domain.indexOf(value)];
    indexes = indexes.flatMap((base) => positions.map((p) => base + p * (STRIDES[i] as number)));
  });
  return indexes;
}

export function allCombinations(): Combination[] {
  return Array.from({ length: COMBINATION_COUNT }, (_, i) => combinationAt(i));
}
