// The built Firefox extension in Firefox ESR on the hostile pages marked for it (shadow roots,
// page scripts, strict CSP, odd URLs; see hostile-pages.ts), judged as in Chromium except for
// long tasks, which Firefox does not time for an extension's scripts.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../support/firefox.ts';
import { FIREFOX_DIR, PC } from './harness.ts';
import { type CaseOutcome, type Driver, runCase, writeReliability } from './hostile-check.ts';
import { HOSTILE_CASES } from './hostile-pages.ts';

const CASES = HOSTILE_CASES.filter((c) => c.firefox);
const HOME = '/en-us/dashboard/home';

let ff: FirefoxSession;
const outcomes: CaseOutcome[] = [];
const strayRequests: string[] = [];

beforeAll(async () => {
  ff = await launchFirefox({ extensionDir: FIREFOX_DIR });
});
afterAll(async () => {
  await ff?.close();
  writeReliability(
    'extension-hostile-firefox',
    'The extension on hostile pages in Firefox',
    'The Firefox build runs in Firefox ESR on the hostile pages about shadow roots (closed, attached late, in a microtask, by a late definition), page scripts (overridden built-ins, our element names taken), a strict CSP and odd URLs; each must end with one badge per row (or the notice), no page error or executed payload, nothing left after leaving.',
    outcomes,
  );
});

/** Serves `html` (with `csp`) at `path` of Partner Center and an empty home page; aborts the rest. */
async function open(path: string, html: string, csp?: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return void request.continue();
    if (url.origin === PC && (url.pathname === new URL(path, PC).pathname || url.pathname === HOME)) {
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: csp && url.pathname !== HOME ? { 'content-security-policy': csp } : {},
        body: url.pathname === HOME ? '<!doctype html><title>Home</title>' : html,
      });
    }
    strayRequests.push(url.href);
    return void request.abort();
  });
  return page;
}

function driverFor(page: Page): Driver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    wait: (ms) => new Promise((done) => setTimeout(done, ms)),
    longTasksOfOurs: async () => null,
  };
}

describe('hostile pages in Firefox', () => {
  for (const c of CASES) {
    it(c.id, async () => {
      const problems = await runCase(c, outcomes, async (path) => {
        const page = await open(path, c.html, c.csp);
        return { driver: driverFor(page), goto: (url) => page.goto(url), close: () => page.close() };
      });
      expect(problems).toEqual([]);
    });
  }

  it('made no request outside the served pages, and Firefox none of its own', () => {
    expect(strayRequests).toEqual([]);
    expect(ff.offline).toEqual([]);
  });
});
