// Every page of the site under its own security policy, as our server sends it (the CSP header
// of dist/_headers) and as each page carries it (the CSP meta element): no violation anywhere,
// the checker and the search still work, and no other page can frame the site.
import { decide, type Facts, statusLabel, valueLabel } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SiteSession, useSitePage } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';

let session: SiteSession;
let page: Page;
let errors: string[];

useSitePage((opened) => {
  ({ session, page, errors } = opened);
});

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Installed before any page script: every violation report of every document of the tab. */
function recordViolations(): void {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    // Which policy: the header's is the one with frame-ancestors (a meta element cannot have it).
    const policy = event.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
    window.cspViolations.push(
      `${policy}: ${event.effectiveDirective} blocked ${event.blockedURI} (${location.pathname})`,
    );
  });
}

/** Opens a page, lets its scripts settle, and returns the violations it reported. */
async function visit(
  path: string,
): Promise<{ status: number; csp: string | undefined; violations: string[] }> {
  const response = await page.goto(`${session.site.origin}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
  return {
    status: response?.status() ?? 0,
    csp: response?.headers()['content-security-policy'],
    violations: await page.evaluate(() => window.cspViolations),
  };
}

const PAGES = sitemapPaths();

describe('the site under its content security policy', () => {
  it('records violations when there are some, of the header policy and the meta policy alike', async () => {
    await page.addInitScript(recordViolations);
    await visit('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(2);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([
      'header: script-src-elem blocked inline (/)',
      'meta: script-src-elem blocked inline (/)',
    ]);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => errors.length).toBe(2);
    errors.length = 0; // the console errors of that deliberate violation
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
        const logged = errors.splice(0);
        expect(logged).toEqual([expect.stringMatching(/status of 404 .*\/no-such-page\//)]);
      }
    });
  }

  it('the checker decides under the policy, from the link and from a click', async () => {
    await visit('/checker/?channel=ea&billing=usage');
    await page.waitForSelector('astro-island:not([ssr])');
    const outcome = () => page.locator('.checker-outcome .status').textContent();
    const expected = (facts: Facts) => statusLabel(latestEdition, 'en', decide(latestEdition, facts).status);
    expect(await outcome()).toBe(expected({ channel: 'ea', billing: 'usage' }));
    await page.getByLabel(valueLabel(latestEdition, 'en', 'billing', 'license')).check();
    await expect.poll(outcome).toBe(expected({ channel: 'ea', billing: 'license' }));
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('the search (Pagefind, WebAssembly) finds a rule under the policy', async () => {
    await visit('/');
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog[open] input').fill('Syndication');
    await page.locator('dialog[open] a[href^="/rules/"]').first().waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('no page may frame the site (frame-ancestors and X-Frame-Options)', async () => {
    const framing = await session.context.newPage();
    try {
      await framing.setContent(`<iframe src="${session.site.origin}/"></iframe>`);
      const frame = framing.frames()[1];
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    } finally {
      await framing.close();
    }
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
