// An edition's date always says how it is known; a date the edition cites that is its own
// (unpublished) date carries the same qualifier, any other date is shown as the page gives it.
import type { DecisionTable } from '@multichannel/rules';
import { editions, getEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { editionDate, sourceDate } from './edition-date.ts';
import { formatDate } from './format.ts';

const withDate = (dateKnown: DecisionTable['edition']['dateKnown']): DecisionTable => {
  const table = structuredClone(getEdition('2020-06'));
  return { ...table, edition: { ...table.edition, effectiveDate: '2024-06-15', dateKnown } };
};

describe('edition dates', () => {
  it('a published date is the date alone; the others say how they are known, in both languages', () => {
    expect(editionDate(withDate('published'), 'en')).toBe('15 June 2024');
    expect(editionDate(withDate('earliest'), 'en')).toBe('date not published, 15 June 2024 at the earliest');
    expect(editionDate(withDate('observed'), 'en')).toMatch(/^15 June 2024 \(first seen/);
    expect(editionDate(withDate('earliest'), 'hu')).toBe(
      'a dátum nincs közzétéve, legkorábban 2024. június 15.',
    );
  });

  it('a source date that is the edition’s own day or month carries its qualifier; a year or another date does not', () => {
    const table = withDate('earliest');
    expect(sourceDate(table, 'en', '2024-06-15')).toBe(editionDate(table, 'en'));
    expect(sourceDate(table, 'en', '2024-06')).toBe(editionDate(table, 'en'));
    expect(sourceDate(table, 'en', '2024')).toBe('2024');
    expect(sourceDate(table, 'en', '2023-10-12')).toBe(formatDate('en', '2023-10-12'));
  });

  it('the shipped editions whose date is not published say so', () => {
    const unpublished = editions.filter((table) => table.edition.dateKnown !== 'published');
    expect(unpublished.length).toBeGreaterThan(0);
    for (const table of unpublished) {
      expect(editionDate(table, 'en')).not.toBe(formatDate('en', table.edition.effectiveDate));
    }
  });
});
