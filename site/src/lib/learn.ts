// Titles for Microsoft Learn links, read from the table (a step names a link by id).

import type { DecisionTable } from '@multichannel/rules';
import { message } from '@multichannel/rules';
import type { SiteLocale } from './locale.ts';

/** The title of the page a step links to, or null when the step has no link. */
export function stepLinkTitle(table: DecisionTable, stepId: string, locale: SiteLocale): string | null {
  const linkId = table.steps[stepId]?.link;
  const link = linkId ? table.links[linkId] : undefined;
  return link ? message(table, locale, link.title) : null;
}
