// The editions as the built site shows them, in both languages: /editions/ lists every edition
// with its date (and how it is known), evidence, source and changes, and the behavioural diff
// from the edition before, one row per changed combination; each edition has its own pages, and
// an older edition's pages point to the current one.
import { diffEditions, LOCALES, message, statusLabel } from '@multichannel/rules';
import { editions, latestEdition, previousOf } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { dateKindText, editionDate } from '../src/lib/edition-date.ts';
import { paths } from '../src/lib/paths.ts';
import { decodeEntities, PAGES, readPage } from './dist.ts';

/** A page's text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const textOf = (html: string) =>
  decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rows of the table inside the element with class `edition-diff`, or null. */
function diffRows(html: string): string[] | null {
  const region = html.match(/class="decision-table edition-diff"[\s\S]*?<\/table>/)?.[0];
  return region
    ? [...region.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((m) => m[1]?.match(/<tr>/g) ?? [])
    : null;
}

describe('editions', () => {
  it('ships more than one edition, so the pages below are exercised', () => {
    expect(editions.length).toBeGreaterThan(1);
  });

  for (const locale of LOCALES) {
    const list = textOf(readPage(paths.editions(locale)));

    for (const table of editions) {
      const id = table.edition.id;
      it(`${locale} /editions/: ${id} with its date, how it is known, evidence and changes`, () => {
        expect(list).toContain(collapse(message(table, locale, table.edition.title)));
        expect(list).toContain(collapse(editionDate(table, locale)));
        expect(list).toContain(collapse(dateKindText(table, locale)));
        expect(list).toContain(collapse(message(table, locale, table.edition.dateEvidence)));
        if (table.edition.changes)
          expect(list).toContain(collapse(message(table, locale, table.edition.changes)));
      });

      it(`${locale} ${paths.edition(locale, id)}: one diff row per changed combination, outcomes in words`, () => {
        const html = readPage(paths.edition(locale, id));
        const previous = previousOf(table);
        const changed = previous ? diffEditions(previous, table).changed : [];
        expect(diffRows(html)?.length ?? 0).toBe(changed.length);
        const text = textOf(html);
        for (const change of changed.slice(0, 5)) {
          if (change.after.status) expect(text).toContain(statusLabel(table, locale, change.after.status));
          if (change.before.status && previous)
            expect(text).toContain(statusLabel(previous, locale, change.before.status));
        }
      });

      it(`${locale} ${id}: its table, coverage and rule pages exist; older ones point to the current edition`, () => {
        for (const path of [
          paths.table(locale, id),
          paths.coverage(locale, id),
          paths.rule(locale, table.rules[0]?.id ?? '', id),
        ]) {
          expect(PAGES).toContain(path);
          const html = readPage(path);
          const notice = html.includes('class="edition-notice"');
          expect(notice, path).toBe(table !== latestEdition);
          if (notice) expect(html).toContain(`href="${paths.edition(locale, latestEdition.edition.id)}"`);
          expect(html).toContain(`href="${paths.edition(locale, id)}"`);
        }
      });
    }

    it(`${locale}: a date that is not published says so wherever the edition's date is shown`, () => {
      for (const table of editions.filter((t) => t.edition.dateKnown !== 'published')) {
        const shown = collapse(editionDate(table, locale));
        expect(shown).not.toBe(
          collapse(editionDate({ ...table, edition: { ...table.edition, dateKnown: 'published' } }, locale)),
        );
        for (const path of [
          paths.table(locale, table.edition.id),
          paths.downloads(locale),
          paths.edition(locale, table.edition.id),
        ])
          expect(textOf(readPage(path)), path).toContain(shown);
      }
    });
  }

  it('the diff of the newest edition from the one before changes outcomes (the pages show a real diff)', () => {
    const previous = previousOf(latestEdition);
    expect(previous && diffEditions(previous, latestEdition).changed.length).toBeGreaterThan(0);
  });
});
