// A step of an edition in words, with its link in the reader's language. A step id the table
// does not define shows as the id itself; the verifier reports it as unknown-step.
import { learnUrl } from './links.ts';
import type { DecisionTable } from './schema.ts';
import { message } from './texts.ts';
import type { Locale } from './vocabulary.ts';

export interface DecisionStep {
  id: string;
  text: string;
  url: string | null;
}

export function describeSteps(table: DecisionTable, ids: readonly string[], locale: Locale): DecisionStep[] {
  return ids.map((id) => {
    const step = Object.hasOwn(table.steps, id) ? table.steps[id] : undefined;
    return {
      id,
      text: step ? message(table, locale, step.message) : id,
      url: step?.link && Object.hasOwn(table.links, step.link) ? learnUrl(table, step.link, locale) : null,
    };
  });
}
