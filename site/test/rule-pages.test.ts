// Every rule of every edition has a page in both languages, at the same slug (the current
// edition's at /rules/<id>/, older ones' under /editions/<edition>/rules/<id>/), and each
// edition's table links each rule's row (its permanent anchor) to that page.
import { describeRule, LOCALES } from '@multichannel/rules';
import { editions, latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { localized } from '../src/lib/locale.ts';
import { paths, ruleAnchor } from '../src/lib/paths.ts';
import { decodeEntities, ids, PAGES, readPage } from './dist.ts';

describe('rule pages', () => {
  for (const table of editions) {
    const editionId = table.edition.id;
    for (const locale of LOCALES) {
      for (const rule of table.rules) {
        it(`${editionId} ${locale}: ${rule.id} has a page titled from the rules`, () => {
          const path = paths.rule(locale, rule.id, editionId);
          expect(PAGES).toContain(path);
          const html = readPage(path);
          const { title } = describeRule(table, rule.id, locale);
          const h1 = html.match(/<h1 id="_top"[^>]*>([^<]*)<\/h1>/)?.[1] ?? '';
          expect(decodeEntities(h1)).toBe(title);
          expect(html).toContain(`<html lang="${locale}"`);
        });
      }

      it(`${editionId} ${locale}: the table has one anchored row per rule, linking to its page`, () => {
        const html = readPage(paths.table(locale, editionId));
        const anchors = ids(html);
        for (const rule of table.rules) {
          expect(anchors.has(ruleAnchor(rule.id))).toBe(true);
          expect(html).toContain(`href="${paths.rule(locale, rule.id, editionId)}"`);
        }
        expect(html.match(/<table/g)?.length).toBe(1);
        expect(html).toMatch(/<caption>/);
        expect(html).toMatch(/<th scope="row">/);
      });
    }
  }

  it('the current edition is at the root paths, older ones under /editions/<id>/', () => {
    expect(paths.rule('en', 'x', latestEdition.edition.id)).toBe('/rules/x/');
    for (const table of editions.filter((t) => t !== latestEdition)) {
      expect(paths.table('hu', table.edition.id)).toBe(`/hu/editions/${table.edition.id}/table/`);
    }
  });

  it('the same slugs exist in both languages, and /rules/ holds the current edition only', () => {
    const en = PAGES.filter((p) => p.startsWith('/rules/'));
    const hu = PAGES.filter((p) => p.startsWith(localized('hu', '/rules/')));
    expect(hu.map((p) => p.replace(/^\/hu/, '')).sort()).toEqual(en.sort());
    expect(en.sort()).toEqual(latestEdition.rules.map((rule) => paths.rule('en', rule.id)).sort());
  });
});
