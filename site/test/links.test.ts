// Every internal link and anchor of the built site resolves to a file and, for #fragments, to
// an element id on the target page.
import { describe, expect, it } from 'vitest';
import { attributes, fileForPath, ids, PAGES, readPage } from './dist.ts';

const ORIGIN = 'http://site.invalid';

function internalTargets(page: string, html: string): { href: string; path: string; hash: string }[] {
  const hrefs = [
    ...attributes(html, 'a', 'href'),
    ...attributes(html, 'link', 'href'),
    ...attributes(html, 'img', 'src'),
    ...attributes(html, 'script', 'src'),
  ];
  return hrefs
    .map((href) => ({ href, url: new URL(href, `${ORIGIN}${page}`) }))
    .filter(({ url }) => url.origin === ORIGIN)
    .map(({ href, url }) => ({
      href,
      path: decodeURIComponent(url.pathname),
      hash: decodeURIComponent(url.hash.slice(1)),
    }));
}

describe('internal links', () => {
  it('finds pages in both languages', () => {
    expect(PAGES.length).toBeGreaterThan(20);
    expect(PAGES.some((p) => p.startsWith('/hu/'))).toBe(true);
  });

  for (const page of PAGES) {
    it(`${page}: every internal link and anchor resolves`, () => {
      const html = readPage(page);
      const broken: string[] = [];
      for (const { href, path, hash } of internalTargets(page, html)) {
        const file = fileForPath(path);
        if (!file) {
          broken.push(`${href} (no file for ${path})`);
          continue;
        }
        if (
          hash &&
          hash !== '_top' &&
          file.endsWith('.html') &&
          !ids(readPage(file.replace(/index\.html$/, ''))).has(hash)
        ) {
          broken.push(`${href} (no element #${hash} on ${path})`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
