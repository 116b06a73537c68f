// The same policy in Firefox ESR, whose CSP engine is not Chromium's ('unsafe-hashes' for style
// attributes, 'wasm-unsafe-eval' for the search): a page of each kind with no violation, and the
// checker and the search working. Firefox sends even loopback traffic to a refusing proxy (see
// test/support/firefox.ts), so each request is answered here with what our server answered,
// status, headers and body unchanged.
import { decide, statusLabel, valueLabel } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSite, serveSite } from '../../site/scripts/serve.ts';
import { type FirefoxSession, launchFirefox } from '../support/firefox.ts';
import { injectInlineScript, recordViolations } from './csp-violations.ts';
import { sitemapPaths } from './sitemap.ts';

let site: RunningSite;
let ff: FirefoxSession;
let page: Page;
const strayRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  site = await serveSite();
  ff = await launchFirefox();
  page = await ff.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${String(error)} (${page.url()})`));
  await page.evaluateOnNewDocument(recordViolations);
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return void request.continue();
    if (url.origin !== site.origin) {
      strayRequests.push(url.href);
      return void request.abort();
    }
    const response = await fetch(url, { method: request.method() });
    const body = Buffer.from(await response.arrayBuffer());
    // Firefox may have dropped the request meanwhile (the page navigated on): nothing to answer.
    await request
      .respond({ status: response.status, headers: Object.fromEntries(response.headers), body })
      .catch(() => {});
  });
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

/**
 * The first sitemap page of each kind (home, table, rules, checker, …) in each language: pages of
 * one kind share their inline scripts and styles, and Chromium's run covers every page.
 */
const onePerKind = (() => {
  const kinds = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const kind = /^(\/hu)?\/[^/]*/.exec(path)?.[0] ?? path;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
})();

async function visit(path: string): Promise<string[]> {
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  // Starlight imports its search UI when idle; leaving before it has mounted makes Firefox log a
  // failed dynamic import, a false error that would hide real ones.
  await page.waitForFunction(
    () => (document.querySelector('#starlight__search')?.childElementCount ?? 0) > 0,
  );
  return page.evaluate(() => window.cspViolations);
}

describe('the site under its policy in Firefox ESR', () => {
  it('sees a deliberate violation (the watcher works in Firefox too)', async () => {
    await visit('/');
    await page.evaluate(injectInlineScript);
    await page.waitForFunction(() => window.cspViolations.length > 0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    consoleErrors.length = 0;
  });

  it('shows one page of each kind, in each language, with no violation', async () => {
    expect(onePerKind).toEqual(expect.arrayContaining(['/', '/hu/', '/checker/', '/hu/checker/', '/table/']));
    const found: string[] = [];
    for (const path of onePerKind) found.push(...(await visit(path)));
    expect(found).toEqual([]);
  }, 120_000);

  it('the checker decides from its link and from a click', async () => {
    expect(await visit('/hu/checker/?channel=ea&billing=usage')).toEqual([]);
    await page.waitForSelector('astro-island:not([ssr])');
    const outcome = () => page.$eval('.checker-outcome .status', (element) => element.textContent);
    const expected = (billing: 'license' | 'usage') =>
      statusLabel(latestEdition, 'hu', decide(latestEdition, { channel: 'ea', billing }).status);
    expect(await outcome()).toBe(expected('usage'));
    const license = valueLabel(latestEdition, 'hu', 'billing', 'license');
    await page.locator(`::-p-aria([name="${license}"][role="radio"])`).click();
    await page.waitForFunction(
      (text) => document.querySelector('.checker-outcome .status')?.textContent === text,
      {},
      expected('license'),
    );
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('the search finds a rule', async () => {
    await visit('/');
    await page.click('button[data-open-modal]');
    await page.type('dialog[open] input', 'Syndication');
    await page.waitForSelector('dialog[open] a[href^="/rules/"]', { timeout: 15_000 });
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('logged no console errors and made no request off the site', () => {
    expect(consoleErrors).toEqual([]);
    expect(strayRequests).toEqual([]);
    expect(ff.offline).toEqual([]);
  });
});
