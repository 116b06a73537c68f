// Every page of the site under its own security policy, as our server sends it (the CSP header
// of dist/_headers) and as each page carries it (the CSP meta element): no violation anywhere,
// the checker and the search still work, and no other page can frame the site.
import { decide, type Facts, statusLabel, valueLabel } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { useSitePage } from './browser.ts';
import { injectInlineScript, recordViolations } from './csp-violations.ts';
import { sitemapPaths } from './sitemap.ts';

const site = useSitePage();

/** Opens a page, lets its scripts settle, and returns the violations it reported. */
async function visit(
  path: string,
): Promise<{ status: number; csp: string | undefined; violations: string[] }> {
  const response = await site.go(path, { waitUntil: 'load' });
  await site.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
  return {
    status: response?.status() ?? 0,
    csp: response?.headers()['content-security-policy'],
    violations: await site.page.evaluate(() => window.cspViolations),
  };
}

const PAGES = sitemapPaths();

describe('the site under its content security policy', () => {
  it('records violations when there are some, of the header policy and the meta policy alike', async () => {
    await site.page.addInitScript(recordViolations);
    await visit('/');
    await site.page.evaluate(injectInlineScript);
    await expect.poll(() => site.page.evaluate(() => window.cspViolations.length)).toBe(2);
    expect(await site.page.evaluate(() => window.cspViolations)).toEqual([
      'header: script-src-elem blocked inline (/)',
      'meta: script-src-elem blocked inline (/)',
    ]);
    expect(await site.page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => site.errors.length).toBe(2);
    site.errors.length = 0; // the console errors of that deliberate violation
  });

  it('checks every page of the sitemap', () => {
    expect(PAGES.length).toBeGreaterThan(40);
  });

  for (const path of [...PAGES, '/no-such-page/']) {
    it(`${path} runs with no violation`, async () => {
      const { status, csp, violations } = await visit(path);
      expect(status).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(csp).toMatch(/script-src 'self'/);
      expect(violations).toEqual([]);
      if (status === 404) {
        // Chromium logs the 404 status of the page itself; nothing else may be logged.
        const logged = site.errors.splice(0);
        expect(logged).toEqual([expect.stringMatching(/status of 404 .*\/no-such-page\//)]);
      }
    });
  }

  it('the checker decides under the policy, from the link and from a click', async () => {
    await visit('/checker/?channel=ea&billing=usage');
    await site.page.waitForSelector('astro-island:not([ssr])');
    const outcome = () => site.page.locator('.checker-outcome .status').textContent();
    const expected = (facts: Facts) => statusLabel(latestEdition, 'en', decide(latestEdition, facts).status);
    expect(await outcome()).toBe(expected({ channel: 'ea', billing: 'usage' }));
    await site.page.getByLabel(valueLabel(latestEdition, 'en', 'billing', 'license')).check();
    await expect.poll(outcome).toBe(expected({ channel: 'ea', billing: 'license' }));
    expect(await site.page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('the search (Pagefind, WebAssembly) finds a rule under the policy', async () => {
    await visit('/');
    await site.page.locator('button[data-open-modal]').first().click();
    await site.page.locator('dialog[open] input').fill('Syndication');
    await site.page.locator('dialog[open] a[href^="/rules/"]').first().waitFor({ timeout: 10_000 });
    expect(await site.page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('no page may frame the site (frame-ancestors and X-Frame-Options)', async () => {
    const framing = await site.session.context.newPage();
    try {
      await framing.setContent(`<iframe src="${site.session.site.origin}/"></iframe>`);
      const frame = framing.frames()[1];
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    } finally {
      await framing.close();
    }
  });

  it('logged no console errors', () => {
    expect(site.errors).toEqual([]);
  });
});
