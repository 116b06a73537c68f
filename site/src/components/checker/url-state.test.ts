// The checker's URL format, for every shipped edition and a synthetic one: answers round-trip,
// bad values drop alone (agreeing with the rules' own fact check), facts another edition lacks
// are ignored, and the edition parameter accepts exactly what a zod enum of the ids accepts.
import { decisionFacts, type Facts, parseFacts } from '@multichannel/rules';
import { editions, getEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NEW_FACT, NEW_VALUE, syntheticEdition } from '../../../test/synthetic-edition.ts';
import { answersQuery, editionFromQuery, parseAnswers } from './url-state.ts';

const synthetic = syntheticEdition();

/** One complete answer: the last value of every fact (all values of a many-valued one). */
function everyFact(table: (typeof editions)[number]): Facts {
  return Object.fromEntries(
    Object.entries(table.facts).map(([fact, declared]) => [
      fact,
      declared.many ? [...declared.values] : declared.values.at(-1),
    ]),
  );
}

describe('checker URL state', () => {
  for (const table of [...editions, synthetic]) {
    const id = table.edition.id;
    it(`${id}: every fact of the edition round-trips, in the edition's order`, () => {
      const facts = everyFact(table);
      const query = answersQuery(table, facts, id);
      expect(query.startsWith(`?edition=${id}&`)).toBe(true);
      expect([...new URLSearchParams(query).keys()]).toEqual(['edition', ...Object.keys(table.facts)]);
      expect(parseAnswers(table, query)).toEqual({ facts, rejected: [] });
    });

    it(`${id}: a parameter is kept exactly when it spells values the edition declares`, () => {
      for (const [fact, declared] of Object.entries(table.facts)) {
        const spelled = declared.values.map(String);
        for (const text of [...spelled, 'nowhere', '', 'TRUE', `${spelled[0]},${spelled.at(-1)}`]) {
          const parts = declared.many ? (text === '' ? [] : text.split(',')) : [text];
          const valid = parts.every((part) => spelled.includes(part));
          const parsed = parseAnswers(table, `?${fact}=${encodeURIComponent(text)}`);
          expect(parsed.rejected, `${fact}=${text}`).toEqual(valid ? [] : [fact]);
          const value = parsed.facts[fact];
          if (value !== undefined) expect(parseFacts(table, { [fact]: value })).toEqual({ [fact]: value });
          else expect(parts.length === 0 || !valid, `${fact}=${text}`).toBe(true);
        }
      }
    });
  }

  it('reads the synthetic edition’s new fact and new value, which the seed edition ignores', () => {
    const query = `?${NEW_VALUE.fact}=${NEW_VALUE.value}&${NEW_FACT}=premier&billing=usage`;
    expect(parseAnswers(synthetic, query)).toEqual({
      facts: { [NEW_VALUE.fact]: NEW_VALUE.value, billing: 'usage', [NEW_FACT]: 'premier' },
      rejected: [],
    });
    expect(parseAnswers(getEdition('2020-06'), query)).toEqual({
      facts: { billing: 'usage' },
      rejected: [NEW_VALUE.fact],
    });
    expect(decisionFacts(synthetic)).toContain(NEW_FACT);
  });

  it('drops only the answers that do not validate, and ignores unknown parameters', () => {
    const seed = getEdition('2020-06');
    expect(
      parseAnswers(seed, '?channel=nowhere&billing=usage&utm_source=mail&customerIsCspPartner=maybe'),
    ).toEqual({ facts: { billing: 'usage' }, rejected: ['channel', 'customerIsCspPartner'] });
    expect(parseAnswers(seed, '?roles=global-admin,nobody').rejected).toEqual(['roles']);
    expect(answersQuery(seed, {})).toBe('');
  });

  it('takes the edition from the query exactly when a zod enum of the ids accepts it, else the newest', () => {
    const ids = editions.map((table) => table.edition.id);
    const schema = z.enum(ids as [string, ...string[]]);
    for (const asked of [...ids, '1999-01', '', '2024-6', 'latest', ids[0]?.toUpperCase() ?? '']) {
      const choice = editionFromQuery(`?edition=${encodeURIComponent(asked)}`, ids);
      const accepted = schema.safeParse(asked).success;
      expect(choice, asked).toEqual(accepted ? { id: asked, unknown: null } : { id: ids[0], unknown: asked });
    }
    expect(editionFromQuery('?channel=ea', ids)).toEqual({ id: ids[0], unknown: null });
  });
});
