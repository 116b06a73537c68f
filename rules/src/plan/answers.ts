// Answers the user gave to a plan's open questions (the site's planner, inline): checked against
// the edition, then merged into the subscription's facts as one more reading, so the row shows
// the answer as how that fact was read and is decided on it like any fact from a file.
import { declaredValues } from '../import/declared.ts';
import type { FactFinding, SubscriptionFacts } from '../import/facts.ts';
import type { FactReading } from '../import/record.ts';
import type { DecisionTable } from '../schema.ts';
import type { FactValue } from '../vocabulary.ts';

/** Per subscription id (as the plan's rows name it), per fact id, the value the user chose. */
export type PlanAnswers = Record<string, Record<string, FactValue>>;

/**
 * An answer the edition cannot take: a fact it does not declare or a value it does not allow.
 * Rejected rather than ignored: a plan must never look decided on an answer it silently dropped.
 */
export class PlanAnswerError extends Error {
  readonly subscription: string;
  readonly fact: string;
  readonly value: string;
  readonly allowed: string[];
  constructor(table: DecisionTable, subscription: string, fact: string, value: FactValue) {
    const allowed = declaredValues(table, fact);
    super(
      allowed
        ? `Answer for subscription ${subscription}: ${JSON.stringify(value)} is not a value of fact "${fact}" in edition ${table.edition.id}; allowed: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
        : `Answer for subscription ${subscription}: edition ${table.edition.id} has no fact "${fact}"; its facts: ${Object.keys(table.facts).join(', ')}`,
    );
    this.name = 'PlanAnswerError';
    this.subscription = subscription;
    this.fact = fact;
    this.value = String(value);
    this.allowed = (allowed ?? Object.keys(table.facts)).map(String);
  }
}

/** The key an answer is kept under: ids match without case and spaces around, as the importers merge them. */
export const answerKey = (subscription: string): string => subscription.trim().toLowerCase();

/** Every answer checked against the edition, keyed by `answerKey`. */
export function checkAnswers(
  table: DecisionTable,
  answers: PlanAnswers,
): Map<string, Record<string, FactValue>> {
  const out = new Map<string, Record<string, FactValue>>();
  for (const [subscription, facts] of Object.entries(answers)) {
    for (const [fact, value] of Object.entries(facts)) {
      if (!declaredValues(table, fact)?.includes(value))
        throw new PlanAnswerError(table, subscription, fact, value);
    }
    const key = answerKey(subscription);
    out.set(key, { ...out.get(key), ...facts });
  }
  return out;
}

/**
 * The subscription with the user's answers merged in: each answered fact takes the answer as its
 * value (the file readings stay beside it, so an answer that overrides a file is visible).
 */
export function withAnswers(
  subscription: SubscriptionFacts,
  answers: Record<string, FactValue> | undefined,
  reading: (fact: string, value: FactValue) => FactReading,
): SubscriptionFacts {
  if (!answers || subscription.skip) return subscription;
  const findings: FactFinding[] = subscription.findings.map((f) => {
    const value = answers[f.fact];
    return value === undefined
      ? f
      : {
          fact: f.fact,
          value,
          candidates: [value],
          conflict: false,
          readings: [...f.readings, reading(f.fact, value)],
        };
  });
  for (const [fact, value] of Object.entries(answers)) {
    if (!findings.some((f) => f.fact === fact))
      findings.push({ fact, value, candidates: [value], conflict: false, readings: [reading(fact, value)] });
  }
  return { ...subscription, facts: { ...subscription.facts, ...answers }, findings };
}
