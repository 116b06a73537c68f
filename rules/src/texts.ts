// Localized texts. A table's texts are looked up in its own messages first, then in the shared
// texts of locales/ (loaded by vocabulary-texts.ts, which a one-locale browser bundle may swap),
// then in English, then the key itself, so a gap shows instead of crashing.
import { fill } from './ids.ts';
import type { DecisionTable, TestCase } from './schema.ts';
import type { Locale } from './vocabulary.ts';
import { ALL_VOCABULARY_TEXTS } from './vocabulary-texts.ts';

/** The shared texts of every locale (labels several editions use, and the evaluator's words). */
export const VOCABULARY_TEXTS: Record<Locale, Record<string, string>> = ALL_VOCABULARY_TEXTS;

const own = (texts: Record<string, string> | undefined, key: string) =>
  texts && Object.hasOwn(texts, key) ? texts[key] : undefined;

/** A shared text that belongs to no edition (condition words, trace, offer kinds). */
export function t(locale: Locale, key: string, params?: Record<string, string>): string {
  return fill(own(VOCABULARY_TEXTS[locale], key) ?? own(VOCABULARY_TEXTS.en, key) ?? key, params);
}

/** A text of an edition: its own messages, then the shared texts. */
export function message(
  table: DecisionTable,
  locale: Locale,
  key: string,
  params?: Record<string, string>,
): string {
  const text =
    own(table.messages[locale], key) ??
    own(VOCABULARY_TEXTS[locale], key) ??
    own(table.messages.en, key) ??
    own(VOCABULARY_TEXTS.en, key) ??
    key;
  return fill(text, params);
}

/** Whether `key` has a text in `locale`, in the table's messages or the shared texts. */
export function hasMessage(table: DecisionTable, locale: Locale, key: string): boolean {
  return own(table.messages[locale], key) !== undefined || own(VOCABULARY_TEXTS[locale], key) !== undefined;
}

/** The text keys of an edition's vocabulary, in one place so every caller builds them alike. */
export const textKey = {
  fact: (fact: string) => `fact.${fact}`,
  question: (fact: string) => `question.${fact}`,
  value: (fact: string, value: unknown) => `value.${fact}.${String(value)}`,
  assumption: (fact: string) => `assumption.${fact}`,
  status: (status: string) => `status.${status}`,
  statusShort: (status: string) => `status.${status}.short`,
  statusDescription: (status: string) => `status.${status}.description`,
};

export const factLabel = (table: DecisionTable, locale: Locale, fact: string) =>
  message(table, locale, textKey.fact(fact));
export const questionText = (table: DecisionTable, locale: Locale, fact: string) =>
  message(table, locale, textKey.question(fact));
export const valueLabel = (table: DecisionTable, locale: Locale, fact: string, value: unknown) =>
  message(table, locale, textKey.value(fact, value));
export const statusLabel = (table: DecisionTable, locale: Locale, status: string) =>
  message(table, locale, textKey.status(status));
export const statusShort = (table: DecisionTable, locale: Locale, status: string) =>
  message(table, locale, textKey.statusShort(status));
export const statusDescription = (table: DecisionTable, locale: Locale, status: string) =>
  message(table, locale, textKey.statusDescription(status));

/** A test case's name in the reader's language (English is the case's own `name`). */
export function caseName(testCase: TestCase, locale: Locale): string {
  return (
    (locale === 'en' ? undefined : (testCase.names as Record<string, string> | undefined)?.[locale]) ??
    testCase.name
  );
}
