// The questions the extension asks, built from the edition: the customer-level ones (asked once
// per customer, in the bought-elsewhere panel) and the bought-elsewhere form's, which asks only
// the facts whose answer can still change the status.
import {
  checkFacts,
  type DecisionTable,
  decisionFacts,
  type FactValue,
  factLabel,
  factOf,
  factValues,
  type Locale,
  pickFacts,
  questionText,
  relevantFacts,
  valueLabel,
} from '@multichannel/rules';
import * as z from 'zod';
import type { FactsInput } from './advice.ts';
import data from './customer-facts.json';

export interface FactQuestion {
  fact: string;
  label: string;
  question: string;
  /** `id` is the value as text, for form controls; `value` the fact's value itself. */
  values: { id: string; value: FactValue; label: string }[];
}

const CUSTOMER_FACTS = z.object({ facts: z.array(z.string()) }).parse(data).facts;

/** The decision facts of `table` that are answers about the customer (see customer-facts.json). */
export const customerFactsOf = (table: DecisionTable): string[] =>
  decisionFacts(table).filter((fact) => CUSTOMER_FACTS.includes(fact));

export function factQuestion(
  table: DecisionTable,
  locale: Locale,
  fact: string,
  exclude: FactsInput = {},
): FactQuestion {
  return {
    fact,
    label: factLabel(table, locale, fact),
    question: questionText(table, locale, fact),
    values: factValues(table, fact)
      .filter((value) => !(Object.hasOwn(exclude, fact) && exclude[fact] === value))
      .map((value) => ({ id: String(value), value, label: valueLabel(table, locale, fact, value) })),
  };
}

/** The facts of `input` the edition knows, with values it allows (the others count as unknown). */
function usable(table: DecisionTable, input: FactsInput) {
  const wrong = new Set(checkFacts(table, input).map((p) => p.fact));
  return pickFacts(table, Object.fromEntries(Object.entries(input).filter(([fact]) => !wrong.has(fact))));
}

/**
 * The questions of the bought-elsewhere form for a record answered so far (`answers`), given the
 * customer's facts. Only facts that can still change the status are asked; a fact the edition
 * takes a value for when unknown (reported as an assumption) is asked once the facts without one
 * are answered, and only if it still matters then. `exclude` holds values the form never offers
 * (those of the page's own rows: those subscriptions are listed by Partner Center itself).
 */
export function formQuestions(
  table: DecisionTable,
  locale: Locale,
  answers: FactsInput,
  customer: FactsInput,
  exclude: FactsInput = {},
): FactQuestion[] {
  const own = usable(table, answers);
  const relevant = new Set(relevantFacts(table, usable(table, { ...answers, ...customer })));
  const customerFacts = customerFactsOf(table);
  const asked = decisionFacts(table).filter((fact) => relevant.has(fact) && !customerFacts.includes(fact));
  const hasDefault = (fact: string) => factOf(table, fact)?.whenUnknown !== undefined;
  const basicsAnswered = asked.every((fact) => hasDefault(fact) || Object.hasOwn(own, fact));
  return asked
    .filter((fact) => !hasDefault(fact) || basicsAnswered)
    .map((fact) => factQuestion(table, locale, fact, exclude));
}
