// Every page names itself and its other-language twin with hreflang, and the twin exists and
// names it back: search engines only trust complete pairs.
import { LOCALES } from '@multichannel/rules';
import { describe, expect, it } from 'vitest';
import { fileForPath, PAGES, readPage } from './dist.ts';

const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/?>/g;

function alternates(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(ALTERNATE)].map((m) => [m[1] as string, new URL(m[2] as string).pathname]),
  );
}

const localizedPages = PAGES.filter((p) => p !== '/404.html' && p !== '/hu/404.html');

describe('hreflang', () => {
  for (const page of localizedPages) {
    it(`${page} has complete, reciprocal hreflang pairs`, () => {
      const links = alternates(readPage(page));
      expect([...links.keys()].sort()).toEqual([...LOCALES, 'x-default'].sort());
      const self = page.startsWith('/hu/') ? 'hu' : 'en';
      expect(links.get(self)).toBe(page);
      for (const locale of LOCALES) {
        const twin = links.get(locale) as string;
        expect(fileForPath(twin), `${page} → ${locale} ${twin}`).not.toBeNull();
        expect(alternates(readPage(twin)).get(self)).toBe(page);
      }
      expect(links.get('x-default')).toBe(links.get('en'));
    });
  }
});
