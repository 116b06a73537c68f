// The checker's state lives in the URL query: the edition (left out for the current one), then
// one parameter per fact that edition declares, named by its public fact id, e.g.
// ?edition=<edition id>&<fact id>=<value>&<fact holding several values>=<value>,<value>
// Each parameter is checked on its own against the edition (the rules' checkFacts), so one bad
// value drops only that answer (and is reported) instead of the whole link.
//
// No zod here: even zod/mini would be a third of the checker island's 15 KB budget. The edition
// parameter is checked against the list of edition ids, and site/test/url-state.test.ts checks
// that this accepts exactly what a zod enum of those ids accepts.
import { checkFacts, type DecisionTable, type Facts } from '@multichannel/rules';

export const EDITION_PARAM = 'edition';

export interface ParsedAnswers {
  facts: Facts;
  /** Fact parameters present in the URL that did not validate. */
  rejected: string[];
}

export interface EditionChoice {
  /** The edition to decide with. */
  id: string;
  /** What the link asked for when it is not an edition of `ids` (the checker says so). */
  unknown: string | null;
}

/** The edition a query names, or the first of `ids` (the newest) when it names none or an unknown one. */
export function editionFromQuery(search: string, ids: readonly string[]): EditionChoice {
  const asked = new URLSearchParams(search).get(EDITION_PARAM);
  const fallback = ids[0] as string;
  if (asked === null) return { id: fallback, unknown: null };
  return ids.includes(asked) ? { id: asked, unknown: null } : { id: fallback, unknown: asked };
}

/** A parameter as a value of the fact: the declared value it spells, else the text (rejected later). */
function rawValue(table: DecisionTable, fact: string, text: string): unknown {
  const values = table.facts[fact]?.values ?? [];
  const spelled = (part: string) => values.find((value) => String(value) === part) ?? part;
  if (table.facts[fact]?.many) return text === '' ? [] : text.split(',').map(spelled);
  return spelled(text);
}

export function parseAnswers(table: DecisionTable, search: string): ParsedAnswers {
  const params = new URLSearchParams(search);
  const facts: Record<string, Facts[string]> = {};
  const rejected: string[] = [];
  for (const fact of Object.keys(table.facts)) {
    const text = params.get(fact);
    if (text === null) continue;
    const value = rawValue(table, fact, text) as Facts[string];
    if (checkFacts(table, { [fact]: value }).length > 0) rejected.push(fact);
    else if (!(Array.isArray(value) && value.length === 0)) facts[fact] = value;
  }
  // Parameters the edition does not declare are ignored: links may carry tracking, or facts of
  // another edition.
  return { facts, rejected };
}

/** The query for an edition (none: the current one) and answers ('' when neither), facts in the edition's order. */
export function answersQuery(table: DecisionTable, facts: Facts, editionId?: string): string {
  const params = new URLSearchParams();
  if (editionId !== undefined) params.set(EDITION_PARAM, editionId);
  for (const fact of Object.keys(table.facts)) {
    const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(fact, value.join(','));
    } else params.set(fact, String(value));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
