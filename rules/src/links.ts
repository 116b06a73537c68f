// Microsoft Learn serves each page per locale; readers get the page in their own language.
import type { DecisionTable } from './schema.ts';
import type { Locale } from './vocabulary.ts';

export const LEARN_ORIGIN = 'https://learn.microsoft.com';
export const LEARN_LOCALES: Record<Locale, string> = { en: 'en-us', hu: 'hu-hu' };

export function learnUrl(table: DecisionTable, linkId: string, locale: Locale): string {
  const link = Object.hasOwn(table.links, linkId) ? table.links[linkId] : undefined;
  if (!link)
    throw new Error(`Unknown link "${linkId}"; the table defines: ${Object.keys(table.links).join(', ')}`);
  return `${LEARN_ORIGIN}/${LEARN_LOCALES[locale]}/${link.path}`;
}
