// Localized texts. Vocabulary labels (facts, values, statuses) are shared by every edition and
// live in locales/ (loaded by vocabulary-texts.ts, which a one-locale browser bundle may swap);
// texts about one edition's rules, steps and links live in its table file.
import type { DecisionTable, TestCase } from './schema.ts';
import type { Locale } from './vocabulary.ts';
import { ALL_VOCABULARY_TEXTS } from './vocabulary-texts.ts';

export const VOCABULARY_TEXTS: Record<Locale, Record<string, string>> = ALL_VOCABULARY_TEXTS;

function fill(text: string, params?: Record<string, string>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A vocabulary text; falls back to English, then to the key, so a gap shows instead of crashing. */
export function t(locale: Locale, key: string, params?: Record<string, string>): string {
  return fill(VOCABULARY_TEXTS[locale][key] ?? VOCABULARY_TEXTS.en[key] ?? key, params);
}

/** An edition's own text (rule titles, rationales, steps, link titles, caveats). */
export function message(table: DecisionTable, locale: Locale, key: string): string {
  return table.messages[locale][key] ?? table.messages.en[key] ?? key;
}

export function valueLabel(locale: Locale, fact: string, value: unknown): string {
  return t(locale, `value.${fact}.${String(value)}`);
}

export function factLabel(locale: Locale, fact: string): string {
  return t(locale, `fact.${fact}`);
}

export function statusLabel(locale: Locale, status: string): string {
  return t(locale, `status.${status}`);
}

/** A test case's name in the reader's language (English is the case's own `name`). */
export function caseName(testCase: TestCase, locale: Locale): string {
  return (locale === 'en' ? undefined : testCase.names?.[locale]) ?? testCase.name;
}
