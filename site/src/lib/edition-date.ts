// An edition's date in words, always saying how it is known: a date the page gives, one first
// seen in dated copies, or only the earliest the content can be from (date not published).
import type { DecisionTable } from '@multichannel/rules';
import { formatDate } from './format.ts';
import type { SiteLocale } from './locale.ts';
import { ui } from './ui.ts';

/** The edition's effective date with its qualifier, e.g. "date not published, 15 June 2024 at the earliest". */
export function editionDate(table: DecisionTable, locale: SiteLocale): string {
  const { effectiveDate, dateKnown } = table.edition;
  return ui(locale, `date.${dateKnown}`, { date: formatDate(locale, effectiveDate) });
}

/** How the edition's date is known, in a few words (the table's dateEvidence gives the detail). */
export function dateKindText(table: DecisionTable, locale: SiteLocale): string {
  return ui(locale, `date.kind.${table.edition.dateKnown}`);
}

/**
 * A source date the edition cites (a rule's page version, a link's "as of", to the day or the
 * month): the edition's own date carries the same qualifier wherever it is shown; any other date
 * is one a page gives.
 */
export function sourceDate(table: DecisionTable, locale: SiteLocale, date: string): string {
  const ownDate = date.length >= 'YYYY-MM'.length && table.edition.effectiveDate.startsWith(date);
  return ownDate ? editionDate(table, locale) : formatDate(locale, date);
}
