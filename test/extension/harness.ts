// Shared set-up for the extension's end-to-end tests: Chromium with the built extension,
// fixture pages served at real Partner Center URLs, and a record of every other request.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { perFile } from '../support/per-file.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(here, '../../extension/.output/chrome-mv3');
export const FIREFOX_DIR = resolve(here, '../../extension/.output/firefox-mv3');
export const FIXTURES = resolve(here, '../fixtures/partner-center');
export const PC = 'https://partner.microsoft.com';
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'";

export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export interface Served {
  html: string;
  csp?: string;
}

export interface Harness {
  context: BrowserContext;
  /** Path (without query) → page; anything else on Partner Center's host is a 404. */
  routes: Map<string, Served>;
  /** Requests that left for anywhere but the served fixtures. */
  strayRequests: string[];
  consoleErrors: string[];
  /** The extension's service worker, where its storage can be read and written. */
  serviceWorker: () => Promise<Worker>;
  extensionId: () => Promise<string>;
  open: (path: string) => Promise<Page>;
  /** Opens one of the extension's own pages, e.g. `options.html`. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Opens `path` and waits until its rows have `rows` badges. */
  openWithBadges: (path: string, rows: number) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startHarness(options: { locale?: string } = {}): Promise<Harness> {
  const context = await launchChromium({ extensionDir: EXTENSION_DIR, ...options });
  const routes = new Map<string, Served>();
  const strayRequests: string[] = [];
  const consoleErrors: string[] = [];

  // Only web requests: the extension's own pages load from chrome-extension:// untouched.
  await context.route(/^(https?|wss?):/, async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === PC) {
      const served = routes.get(url.pathname);
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (served?.csp) headers['content-security-policy'] = served.csp;
      return route.fulfill({
        status: served ? 200 : 404,
        headers,
        body: served?.html ?? '<!doctype html><title>Not found</title>',
      });
    }
    strayRequests.push(url.href);
    return route.abort();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith(PC) &&
      !url.startsWith('chrome-extension://') &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:')
    ) {
      if (!strayRequests.includes(url)) strayRequests.push(url);
    }
  });

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);

  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = async () => new URL((await serviceWorker()).url()).host;
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${PC}${path}`);
    return page;
  };

  return {
    context,
    routes,
    strayRequests,
    consoleErrors,
    serviceWorker,
    extensionId,
    open,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${await extensionId()}/${path}`);
      return page;
    },
    openWithBadges: async (path, rows) => {
      const page = await open(path);
      await waitForBadges(page, rows);
      return page;
    },
    close: () => context.close(),
  };
}

/** A harness for all the tests of a file, serving `routes`; see perFile. */
export const useHarness = (options: { locale?: string; routes?: Record<string, Served> } = {}): Harness => {
  const { routes, ...launch } = options;
  return perFile(
    'the harness',
    async () => {
      const h = await startHarness(launch);
      for (const [path, served] of Object.entries(routes ?? {})) h.routes.set(path, served);
      return h;
    },
    (h) => h.close(),
  );
};

export const TENANT_A = '3f2a9c1e-0b6d-4c7e-9a51-2d8e7f604b13';
export const TENANT_B = '9b7e5d3c-1a2f-4e6d-8c0b-7a5f3e1d9c24';
export const subscriptionsPath = (tenant: string, locale = 'en-us') =>
  `/${locale}/commerce/customers/${tenant}/subscriptions`;

/** The badges on a page, as (subscription, status) pairs, in document order. */
export async function badgesOn(
  page: Page,
): Promise<{ subscription: string; status: string; source: string }[]> {
  const hosts = page.locator('[data-multichannel="badge"]');
  return hosts.evaluateAll((elements) =>
    elements.map((el) => ({
      subscription: (el as HTMLElement).dataset.multichannelSubscription ?? '',
      status: (el as HTMLElement).dataset.multichannelStatus ?? '',
      source: (el as HTMLElement).dataset.multichannelSource ?? '',
    })),
  );
}

/** The page's row badges, and the badges of the bought-elsewhere records in the open panel. */
export const ROW_BADGES = '[data-multichannel="badge"][data-multichannel-source="page"]';
export const RECORD_BADGES = '[data-multichannel="badge"][data-multichannel-source="bought-elsewhere"]';

/** The bought-elsewhere panel the extension adds to a customer's page. */
export const panelOf = (page: Page): Locator => page.locator('[data-multichannel="bought-elsewhere"]');

/** Opens the bought-elsewhere panel; answers it. */
export async function openPanel(page: Page): Promise<Locator> {
  const panel = panelOf(page);
  await panel.locator('button.toggle').click();
  return panel;
}

/** Reloads the page, waits for its `rows` row badges and opens the bought-elsewhere panel again. */
export async function reloadWithPanel(page: Page, rows: number): Promise<Locator> {
  await page.reload();
  await waitForBadges(page, rows);
  return openPanel(page);
}

/** Waits until the page's row badges number `count` (locators pierce open shadow roots). */
export async function waitForBadges(page: Page, count: number): Promise<void> {
  const rows = page.locator(ROW_BADGES);
  await page.waitForFunction(() => true);
  const deadline = 15_000;
  const started = Date.now();
  while ((await rows.count()) !== count) {
    if (Date.now() - started > deadline)
      throw new Error(`expected ${count} badges, found ${await rows.count()}`);
    await page.waitForTimeout(100);
  }
}

/** The page re-renders its rows: every table body gets fresh copies of its rows, without badges. */
export async function rerenderRows(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const body of document.querySelectorAll('tbody')) {
      const copies = [...body.rows].map((row) => {
        const copy = row.cloneNode(true) as HTMLTableRowElement;
        for (const badge of copy.querySelectorAll('[data-multichannel="badge"]')) badge.remove();
        return copy;
      });
      body.replaceChildren(...copies);
    }
  });
}
