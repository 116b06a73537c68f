// What the checker page hands its island, resolved at build time for the page's locale: every
// edition (parsed and validated by the rules package) with only that locale's messages, the
// rules' shared texts in that locale, and where each edition's pages are. English fallbacks are
// applied here, exactly as `message()` and `t()` apply them, so the island shows what the rest
// of the site shows.
import { type DecisionTable, LOCALES, type Locale, message, t, VOCABULARY_TEXTS } from '@multichannel/rules';
import { paths } from '../../lib/paths.ts';

/** Where an edition's pages are, in the page's locale. */
export interface EditionLinks {
  /** Prefix of its rule pages: a rule's page is this followed by `<rule-id>/`. */
  rules: string;
  /** Its own page under /editions/. */
  page: string;
}

function resolved(
  texts: Record<Locale, Record<string, string>>,
  locale: Locale,
  lookup: (key: string) => string,
): Record<string, string> {
  const keys = new Set([...Object.keys(texts.en), ...Object.keys(texts[locale])]);
  return Object.fromEntries([...keys].map((key) => [key, lookup(key)]));
}

/** The edition with one locale's messages (English fallbacks filled in); the other left empty. */
export function tableForLocale(table: DecisionTable, locale: Locale): DecisionTable {
  const messages = resolved(table.messages, locale, (key) => message(table, locale, key));
  const only = Object.fromEntries(LOCALES.map((l) => [l, l === locale ? messages : {}]));
  return { ...table, messages: only as DecisionTable['messages'] };
}

/** The rules' shared texts (labels several editions share, evaluator words) in one locale. */
export function vocabularyForLocale(locale: Locale): Record<string, string> {
  return resolved(VOCABULARY_TEXTS, locale, (key) => t(locale, key));
}

export function editionLinks(tables: readonly DecisionTable[], locale: Locale): Record<string, EditionLinks> {
  return Object.fromEntries(
    tables.map((table) => [
      table.edition.id,
      { rules: paths.rules(locale, table.edition.id), page: paths.edition(locale, table.edition.id) },
    ]),
  );
}
