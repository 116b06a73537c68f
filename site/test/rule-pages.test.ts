// Every rule of every shown edition has a page in both languages, at the same slug, and the
// table links each rule's row (its permanent anchor) to that page.
import { describeRule, LOCALES } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { localized } from '../src/lib/locale.ts';
import { paths, ruleAnchor } from '../src/lib/paths.ts';
import { ids, PAGES, readPage } from './dist.ts';

describe('rule pages', () => {
  for (const locale of LOCALES) {
    for (const rule of latestEdition.rules) {
      it(`${locale}: ${rule.id} has a page titled from the rules`, () => {
        const path = paths.rule(locale, rule.id);
        expect(PAGES).toContain(path);
        const html = readPage(path);
        const { title } = describeRule(latestEdition, rule.id, locale);
        expect(html.match(/<h1 id="_top"[^>]*>([^<]*)<\/h1>/)?.[1]).toBe(title.replace(/&/g, '&amp;'));
        expect(html).toContain(`<html lang="${locale}"`);
      });
    }

    it(`${locale}: the table has one anchored row per rule, linking to its page`, () => {
      const html = readPage(paths.table(locale));
      const anchors = ids(html);
      for (const rule of latestEdition.rules) {
        expect(anchors.has(ruleAnchor(rule.id))).toBe(true);
        expect(html).toContain(`href="${paths.rule(locale, rule.id)}"`);
      }
      expect(html.match(/<table/g)?.length).toBe(1);
      expect(html).toMatch(/<caption>/);
      expect(html).toMatch(/<th scope="row">/);
    });
  }

  it('the same slugs exist in both languages, and nothing else is under /rules/', () => {
    const en = PAGES.filter((p) => p.startsWith('/rules/'));
    const hu = PAGES.filter((p) => p.startsWith(localized('hu', '/rules/')));
    expect(hu.map((p) => p.replace(/^\/hu/, '')).sort()).toEqual(en.sort());
    expect(en.length).toBe(latestEdition.rules.length);
  });
});
