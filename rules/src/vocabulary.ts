// An edition's vocabulary, read from its table: which facts it asks, their values, its statuses.
// Nothing here names a fact, value or status: each edition declares its own.
import { z } from 'zod';
import { LOCALES } from './ids.ts';
import type { DecisionTable, FactDeclaration, FactValue, StatusKind } from './schema.ts';

export type { FactValue, StatusKind };
export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Facts as known: any of them may be missing (unknown). Check them with `parseFacts`. */
export type Facts = { readonly [fact: string]: FactValue | readonly FactValue[] | undefined };
/** One complete answer to the facts that an edition's rules test. */
export type Combination = { readonly [fact: string]: FactValue };

interface Vocabulary {
  decisionFacts: string[];
  contextFacts: string[];
  statuses: string[];
  ruleStatuses: string[];
  undecided: string;
}

const cache = new WeakMap<DecisionTable, Vocabulary>();

function vocabularyOf(table: DecisionTable): Vocabulary {
  let vocabulary = cache.get(table);
  if (!vocabulary) {
    const facts = Object.entries(table.facts);
    const statuses = Object.keys(table.statuses);
    const undecided = statuses.find((s) => table.statuses[s]?.kind === 'undecided');
    if (undecided === undefined) throw new Error(`Edition ${table.edition.id} declares no undecided status`);
    vocabulary = {
      decisionFacts: facts.filter(([, f]) => f.use === 'decision').map(([id]) => id),
      contextFacts: facts.filter(([, f]) => f.use === 'context').map(([id]) => id),
      statuses,
      ruleStatuses: statuses.filter((s) => s !== undecided),
      undecided,
    };
    cache.set(table, vocabulary);
  }
  return vocabulary;
}

/** The facts rules test, in the order the table declares them. */
export const decisionFacts = (table: DecisionTable): readonly string[] => vocabularyOf(table).decisionFacts;
/** The facts that only shape steps, `canAct` and caveats. */
export const contextFacts = (table: DecisionTable): readonly string[] => vocabularyOf(table).contextFacts;
/** Every status, in the order the table declares them. */
export const statusesOf = (table: DecisionTable): readonly string[] => vocabularyOf(table).statuses;
/** The statuses a rule can give (all but the undecided one). */
export const ruleStatusesOf = (table: DecisionTable): readonly string[] => vocabularyOf(table).ruleStatuses;
/** The evaluator's answer when the known facts leave several outcomes open. */
export const undecidedStatus = (table: DecisionTable): string => vocabularyOf(table).undecided;

export function factOf(table: DecisionTable, fact: string): FactDeclaration | undefined {
  return Object.hasOwn(table.facts, fact) ? table.facts[fact] : undefined;
}

export function factValues(table: DecisionTable, fact: string): readonly FactValue[] {
  return factOf(table, fact)?.values ?? [];
}

export function statusKind(table: DecisionTable, status: string): StatusKind | undefined {
  return Object.hasOwn(table.statuses, status) ? table.statuses[status]?.kind : undefined;
}
