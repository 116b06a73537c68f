// Every URL of a generated page, in one place, so links and the link checker agree. Pages about
// one edition take its id: the current (newest) edition lives at the root paths (/table/), older
// ones under /editions/<id>/ (/editions/2021-05/table/). Leaving the id out means the current one.
import { latestEdition } from '@multichannel/rules/editions';
import { localized, type SiteLocale } from './locale.ts';

/** The locale-free path prefix of an edition's own pages: '' for the current edition. */
export function editionBase(editionId: string = latestEdition.edition.id): string {
  return editionId === latestEdition.edition.id ? '' : `/editions/${editionId}`;
}

const inEdition = (locale: SiteLocale, editionId: string | undefined, path: string) =>
  localized(locale, `${editionBase(editionId)}${path}`);

export const paths = {
  home: (locale: SiteLocale) => localized(locale, '/'),
  table: (locale: SiteLocale, editionId?: string) => inEdition(locale, editionId, '/table/'),
  tableFiltered: (locale: SiteLocale, fact: string, value: string | boolean, editionId?: string) =>
    inEdition(locale, editionId, `/table/${fact}/${String(value)}/`),
  /** The prefix of rule pages: a rule's page is this followed by `<rule-id>/`. */
  rules: (locale: SiteLocale, editionId?: string) => inEdition(locale, editionId, '/rules/'),
  rule: (locale: SiteLocale, ruleId: string, editionId?: string) =>
    inEdition(locale, editionId, `/rules/${ruleId}/`),
  /** The rule's permanent anchor in the decision table. */
  ruleRow: (locale: SiteLocale, ruleId: string, editionId?: string) =>
    `${inEdition(locale, editionId, '/table/')}#${ruleAnchor(ruleId)}`,
  coverage: (locale: SiteLocale, editionId?: string) => inEdition(locale, editionId, '/coverage/'),
  /** The checker; an older edition is named in its query, the current one is the default. */
  checker: (locale: SiteLocale, editionId?: string) =>
    `${localized(locale, '/checker/')}${editionBase(editionId) ? `?edition=${editionId}` : ''}`,
  /** The list of every edition, and one edition's own page (for the current one too). */
  editions: (locale: SiteLocale) => localized(locale, '/editions/'),
  edition: (locale: SiteLocale, editionId: string) => localized(locale, `/editions/${editionId}/`),
  downloads: (locale: SiteLocale) => localized(locale, '/downloads/'),
  extension: (locale: SiteLocale) => localized(locale, '/extension/'),
  /** Downloads are the same bytes in every locale, so they live once, outside /hu/. */
  download: (editionId: string, file: string) => `/downloads/${editionId}/${file}`,
};

/** Anchor ids are the rule ids themselves, prefixed so they never clash with heading ids. */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId}`;
}
