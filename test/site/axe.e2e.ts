// axe-core on every page of the sitemap, in both languages: no serious or critical violation.
// Light scheme on every page; dark scheme on one page of each kind (Starlight follows the
// reader's system setting, so both must pass).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SiteSession, useSitePage } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';

// Evaluated through the DevTools protocol: a script tag would be (rightly) blocked by the site's CSP.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);
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

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let session: SiteSession;
let page: Page;
let errors: string[];

useSitePage((opened) => {
  ({ session, page, errors } = opened);
});

async function blockingViolations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  await page.goto(`${session.site.origin}${path}`, { waitUntil: 'load' });
  // Islands render on the server first; let the checker hydrate so axe sees the live form.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at runtime.
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact !== null && BLOCKING.has(v.impact))
    .map(
      (v) =>
        `${path} [${colorScheme}] ${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
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
    expect(errors).toEqual([]);
  });
});
