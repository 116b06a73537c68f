// Screenshots of the built extension on the fixture pages, for the site (site/public/screenshots/).
// Every `pnpm test` run refreshes them, so they always show the current badges and panel.
// The fixtures are unstyled models of Partner Center; a few presentational rules (font, cell
// borders) are added here so the pictures read well. They do not change what the adapter reads.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide, statusShort } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { fixture, startHarness, subscriptionsPath, TENANT_A, useHarness, waitForBadges } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS_DIR = resolve(here, '../../site/public/screenshots');
const MAX_BYTES = 150 * 1024;
const VIEWPORT = { width: 1200, height: 800 };
// What a picture of the list shows: everything down to and across its tables (headings and tabs
// are above them; block elements span the page, so they would not narrow the frame)
const FRAME = 'table, dd';
const PRESENTATION = `
body{font:14px/1.45 "Segoe UI",system-ui,sans-serif;color:#1b1b1b;margin:0;padding:16px 24px;background:#fff}
h1{font-size:20px;font-weight:600;margin:0 0 8px}
h2{font-size:16px;font-weight:600;margin:20px 0 6px}
nav{margin-bottom:8px}
table{border-collapse:collapse;min-width:760px}
th,td{border-bottom:1px solid #e1dfdd;padding:6px 10px;text-align:start}
th{font-weight:600;color:#505050}
a{color:#0f5fb8;text-decoration:none}
dl{display:flex;gap:6px 16px;flex-wrap:wrap;margin:4px 0 8px}dt{color:#505050}dd{margin:0}
`;

const h = useHarness();
beforeAll(() => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

async function openStyled(path: string, file: string, rows: number, harness = h): Promise<Page> {
  harness.routes.set(path, { html: fixture(file) });
  const page = await harness.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`https://partner.microsoft.com${path}`);
  await page.addStyleTag({ content: PRESENTATION });
  await waitForBadges(page, rows);
  // The bought-elsewhere box floats bottom right; it belongs in the shot only where it fits.
  await page.waitForSelector('[data-multichannel="bought-elsewhere"]');
  return page;
}

/** From the page's top-left corner to the right and bottom edges of every element matching `selector`, plus a margin. */
async function clipAround(page: Page, selector: string) {
  const edges = await page.locator(selector).evaluateAll((elements) =>
    elements.map((el) => {
      const box = el.getBoundingClientRect();
      return { right: box.right, bottom: box.bottom };
    }),
  );
  if (edges.length === 0) throw new Error(`nothing to frame: ${selector}`);
  const viewport = page.viewportSize() ?? VIEWPORT;
  return {
    x: 0,
    y: 0,
    width: Math.min(viewport.width, Math.ceil(Math.max(...edges.map((e) => e.right))) + 24),
    height: Math.min(viewport.height, Math.ceil(Math.max(...edges.map((e) => e.bottom))) + 24),
  };
}

async function shoot(page: Page, name: string, clip: Awaited<ReturnType<typeof clipAround>>) {
  const path = join(SCREENSHOTS_DIR, name);
  await page.screenshot({ path, clip, animations: 'disabled', caret: 'hide' });
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(5 * 1024); // a real picture, not a blank one
  expect(size).toBeLessThan(MAX_BYTES);
}

it('en-subscriptions.png: the English table fixture with its badges', async () => {
  const page = await openStyled(subscriptionsPath(TENANT_A), 'subscriptions-table.en.html', 4);
  await shoot(page, 'en-subscriptions.png', await clipAround(page, FRAME));
  await page.close();
});

it('hu-subscriptions.png: the Hungarian fixture under /hu-hu/, in a Hungarian browser', async () => {
  const hu = await startHarness({ locale: 'hu-HU' });
  try {
    const page = await openStyled(subscriptionsPath(TENANT_A, 'hu-hu'), 'subscriptions-table.hu.html', 3, hu);
    // The badges speak Hungarian too (the browser's language).
    const status = decide(latestEdition, {
      channel: 'this-partner',
      billing: 'license',
      cloud: 'commercial',
    }).status;
    await expect(page.locator('[data-multichannel="badge"] button').first().textContent()).resolves.toBe(
      statusShort(latestEdition, 'hu', status),
    );
    await shoot(page, 'hu-subscriptions.png', await clipAround(page, FRAME));
    await page.close();
    expect(hu.strayRequests).toEqual([]);
    expect(hu.consoleErrors).toEqual([]);
  } finally {
    await hu.close();
  }
});

it('panel.png: a badge with its panel open', async () => {
  const page = await openStyled(subscriptionsPath(TENANT_A), 'subscriptions-table.en.html', 4);
  await page.setViewportSize({ width: VIEWPORT.width, height: 1000 }); // room for the whole panel
  await page.locator('td', { hasText: 'Azure plan' }).locator('[data-multichannel="badge"] button').click();
  const dialog = page.locator('[data-multichannel="badge"] [role="dialog"]');
  await dialog.waitFor();
  await shoot(
    page,
    'panel.png',
    await clipAround(page, `${FRAME}, [data-multichannel="badge"] [role="dialog"]`),
  );
  await page.close();
});

it('no request outside the served pages, no console errors', () => {
  expect(h.strayRequests).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
});
