// Dates in the reader's language. Sources give ISO dates (2020-06-17) or just a year.
import type { SiteLocale } from './locale.ts';

const LANG: Record<SiteLocale, string> = { en: 'en-GB', hu: 'hu-HU' };

export function formatDate(locale: SiteLocale, isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(LANG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
