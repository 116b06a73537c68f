// Every URL of a generated page, in one place, so links and the link checker agree.
import { localized, type SiteLocale } from './locale.ts';

export const paths = {
  home: (locale: SiteLocale) => localized(locale, '/'),
  table: (locale: SiteLocale) => localized(locale, '/table/'),
  tableFiltered: (locale: SiteLocale, fact: string, value: string | boolean) =>
    localized(locale, `/table/${fact}/${String(value)}/`),
  rules: (locale: SiteLocale) => localized(locale, '/rules/'),
  rule: (locale: SiteLocale, ruleId: string) => localized(locale, `/rules/${ruleId}/`),
  /** The rule's permanent anchor in the decision table. */
  ruleRow: (locale: SiteLocale, ruleId: string) => `${localized(locale, '/table/')}#${ruleAnchor(ruleId)}`,
  checker: (locale: SiteLocale) => localized(locale, '/checker/'),
  coverage: (locale: SiteLocale) => localized(locale, '/coverage/'),
  downloads: (locale: SiteLocale) => localized(locale, '/downloads/'),
  extension: (locale: SiteLocale) => localized(locale, '/extension/'),
  /** Downloads are the same bytes in every locale, so they live once, outside /hu/. */
  download: (editionId: string, file: string) => `/downloads/${editionId}/${file}`,
};

/** Anchor ids are the rule ids themselves, prefixed so they never clash with heading ids. */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId}`;
}
