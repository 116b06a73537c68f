// axe-core on every page of the sitemap, in both languages: no serious or critical violation.
// Light scheme on every page; dark scheme on one page of each kind (Starlight follows the
// reader's system setting, so both must pass).
import { describe, expect, it } from 'vitest';
import { blockingAxeViolations } from './axe.ts';
import { useSitePage } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';

const DARK_SAMPLES = [
  '/',
  '/table/',
  '/checker/',
  '/coverage/',
  '/hu/rules/usage-bought-elsewhere/',
  '/editions/',
  '/hu/editions/2020-06/table/',
  '/hu/extension/',
];

const site = useSitePage();

async function blockingViolations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await site.page.emulateMedia({ colorScheme });
  await site.go(path, { waitUntil: 'load' });
  // Islands render on the server first; let the checker hydrate so axe sees the live form.
  await site.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return blockingAxeViolations(site.page, `${path} [${colorScheme}]`);
}

const pages = sitemapPaths();

describe('accessibility (axe-core)', () => {
  it('the sitemap lists pages in both languages', () => {
    expect(pages.filter((p) => p.startsWith('/hu/')).length).toBeGreaterThan(10);
    expect(pages.filter((p) => !p.startsWith('/hu/')).length).toBe(
      pages.filter((p) => p.startsWith('/hu/')).length,
    );
  });

  it('has no serious or critical violation on any sitemap page (light)', async () => {
    const found: string[] = [];
    for (const path of pages) found.push(...(await blockingViolations(path, 'light')));
    expect(found).toEqual([]);
  }, 300_000);

  it('has no serious or critical violation in dark mode', async () => {
    const found: string[] = [];
    for (const path of DARK_SAMPLES) found.push(...(await blockingViolations(path, 'dark')));
    expect(found).toEqual([]);
  }, 120_000);

  it('logged no console errors on any page', () => {
    expect(site.errors).toEqual([]);
  });
});
