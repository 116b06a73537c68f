// Badges on every fixture, at real Partner Center URLs, with statuses from the rules package;
// no duplicates after re-render; the notice on an unknown layout; a strict CSP; no stray
// requests or console errors.
import { decide } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import {
  badgesOn,
  fixture,
  rerenderRows,
  STRICT_CSP,
  subscriptionsPath,
  TENANT_A,
  TENANT_B,
  useHarness,
  waitForBadges,
} from './harness.ts';

const statusOf = (billing: 'license' | 'usage') =>
  decide(latestEdition, { channel: 'this-partner', billing, cloud: 'commercial' }).status;
const pageRows = (rows: [string, 'license' | 'usage'][]) =>
  rows.map(([subscription, billing]) => ({ subscription, status: statusOf(billing), source: 'page' }));
const onlyRows = async (page: Parameters<typeof badgesOn>[0]) =>
  (await badgesOn(page)).filter((b) => b.source === 'page');

const ENGLISH_ROWS = pageRows([
  ['Microsoft 365 Business Standard', 'license'],
  ['Exchange Online (Plan 1)', 'license'],
  ['Microsoft Teams Essentials', 'license'],
  ['Azure plan', 'usage'],
]);

const h = useHarness();

describe('badges on the fixtures', () => {
  it('English <table> markup: one badge per row, nothing else', async () => {
    h.routes.set(subscriptionsPath(TENANT_A), { html: fixture('subscriptions-table.en.html') });
    const page = await h.openWithBadges(subscriptionsPath(TENANT_A), 4);
    expect(await onlyRows(page)).toEqual(ENGLISH_ROWS);
    // The badge sits in the Name cell, and its label comes from the rules package.
    const cell = page.locator('td', { hasText: 'Exchange Online (Plan 1)' });
    await expect(cell.locator('[data-multichannel="badge"] button').textContent()).resolves.toBeTruthy();
    expect(await page.locator('[data-multichannel="notice"]').count()).toBe(0);
    await page.close();
  });

  it('ARIA grids in nested shadow roots, skeletons replaced later', async () => {
    const path = `/commerce/customers/${TENANT_B}/subscriptions`;
    h.routes.set(path, { html: fixture('subscriptions-grid-shadow.html') });
    const page = await h.open(path);
    await page.waitForSelector('body[data-loaded="true"]');
    await waitForBadges(page, 4);
    expect(await onlyRows(page)).toEqual(
      pageRows([
        ['Microsoft 365 Business Premium', 'license'],
        ['Power BI Pro', 'license'],
        ['Microsoft Defender for Business', 'license'],
        ['Azure plan', 'usage'],
      ]),
    );
    await page.close();
  });

  it('Hungarian labels under /hu-hu/', async () => {
    const path = subscriptionsPath(TENANT_A, 'hu-hu');
    h.routes.set(path, { html: fixture('subscriptions-table.hu.html') });
    const page = await h.openWithBadges(path, 3);
    expect(await onlyRows(page)).toEqual(
      pageRows([
        ['Microsoft 365 E3', 'license'],
        ['Visio 2. csomag', 'license'],
        ['Azure-csomag', 'usage'],
      ]),
    );
    await page.close();
  });

  it('a customer with no subscriptions: no badges, no notice', async () => {
    const path = subscriptionsPath(TENANT_B);
    h.routes.set(path, { html: fixture('subscriptions-empty.html') });
    const page = await h.open(path);
    // The bought-elsewhere panel shows the session started; wait past the notice delay.
    await page.waitForSelector('[data-multichannel="bought-elsewhere"]');
    await page.waitForTimeout(3000);
    expect(await onlyRows(page)).toEqual([]);
    expect(await page.locator('[data-multichannel="notice"]').count()).toBe(0);
    await page.close();
  });

  it('an unrecognized layout: one notice, no badges', async () => {
    const path = `/dashboard/commerce2/customers/${TENANT_A}/subscriptions`;
    h.routes.set(path, { html: fixture('subscriptions-unrecognized.html') });
    const page = await h.open(path);
    await page.waitForSelector(
      '[data-multichannel="notice"][data-multichannel-notice="layout-not-recognized"]',
    );
    expect(await page.locator('[data-multichannel="notice"]').count()).toBe(1);
    expect(await onlyRows(page)).toEqual([]);
    await page.close();
  });

  it('a page with a strict Content-Security-Policy: badges are shown and styled', async () => {
    const path = subscriptionsPath(TENANT_A, 'en-gb');
    h.routes.set(path, { html: fixture('subscriptions-table.en.html'), csp: STRICT_CSP });
    const page = await h.openWithBadges(path, 4);
    expect(await onlyRows(page)).toEqual(ENGLISH_ROWS);
    const radius = await page
      .locator('[data-multichannel="badge"] button')
      .first()
      .evaluate((button) => getComputedStyle(button).borderTopLeftRadius);
    expect(radius).toBe('10px');
    await page.close();
  });

  it('no duplicates after the page re-renders its rows', async () => {
    h.routes.set(subscriptionsPath(TENANT_A), { html: fixture('subscriptions-table.en.html') });
    const page = await h.openWithBadges(subscriptionsPath(TENANT_A), 4);
    // Re-render: the grid replaces its body with fresh copies of the same rows, twice.
    for (let i = 0; i < 2; i++) {
      await rerenderRows(page);
      await waitForBadges(page, 4);
    }
    // And a row whose cell text is rewritten in place (a recycled row) gets a fresh badge.
    await page.evaluate(() => {
      const link = document.querySelector('tbody a') as HTMLAnchorElement;
      link.textContent = 'Microsoft 365 Apps for business';
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-multichannel="badge"]')].some(
        (b) => (b as HTMLElement).dataset.multichannelSubscription === 'Microsoft 365 Apps for business',
      ),
    );
    await waitForBadges(page, 4);
    expect((await onlyRows(page)).map((b) => b.subscription)).toEqual([
      'Microsoft 365 Apps for business',
      'Exchange Online (Plan 1)',
      'Microsoft Teams Essentials',
      'Azure plan',
    ]);
    await page.close();
  });

  it('made no request outside the served pages and logged no errors', () => {
    expect(h.strayRequests).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
