// The built Firefox extension (extension/.output/firefox-mv3) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi: installed as a temporary add-on, it badges every row of
// the English fixture served at a real Partner Center URL, with statuses from the rules
// package. Every other request is aborted, and Firefox itself must not try to reach the network.
import { decide } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../support/firefox.ts';
import { FIREFOX_DIR, fixture, PC, TENANT_A } from './harness.ts';

const statusOf = (billing: 'license' | 'usage') =>
  decide(latestEdition, { channel: 'this-partner', billing, cloud: 'commercial' }).status;

const PATH = `/en-us/dashboard/commerce2/customers/${TENANT_A}/subscriptions`;
const FIXTURE = 'subscriptions-table.en.html';

let ff: FirefoxSession;
let page: Page;
const strayRequests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ff = await launchFirefox({ extensionDir: FIREFOX_DIR });
  page = await ff.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return void request.continue();
    if (url.origin === PC && url.pathname === PATH) {
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: fixture(FIXTURE),
      });
    }
    strayRequests.push(url.href);
    return void request.abort();
  });
});
afterAll(async () => {
  await ff?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('badges every row of the English table with the rules’ status', async () => {
    await page.goto(`${PC}${PATH}`);
    // Expected rows come from the fixture itself: each table row's name, billed by its section.
    const expected = (
      await page.$$eval('section', (sections) =>
        sections.flatMap((section) =>
          [...section.querySelectorAll('tbody tr')].map((row) => ({
            subscription: row.querySelector('a')?.textContent ?? '',
            billing: /usage/i.test(section.querySelector('h2')?.textContent ?? '') ? 'usage' : 'license',
          })),
        ),
      )
    ).map(({ subscription, billing }) => ({
      subscription,
      status: statusOf(billing as 'license' | 'usage'),
      source: 'page',
    }));
    expect(expected).toHaveLength(4);

    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[data-multichannel="badge"][data-multichannel-source="page"]').length ===
        count,
      { timeout: 15_000 },
      expected.length,
    );
    const badges = await page.$$eval(
      '[data-multichannel="badge"][data-multichannel-source="page"]',
      (hosts) =>
        hosts.map((host) => ({
          subscription: (host as HTMLElement).dataset.multichannelSubscription ?? '',
          status: (host as HTMLElement).dataset.multichannelStatus ?? '',
          source: (host as HTMLElement).dataset.multichannelSource ?? '',
        })),
    );
    expect(badges).toEqual(expected);
    // Each badge sits in its row's Name cell.
    const inNameCells = await page.$$eval('tbody tr', (rows) =>
      rows.map((row) => row.cells[0]?.querySelector('[data-multichannel="badge"]') !== null),
    );
    expect(inNameCells).toEqual([true, true, true, true]);
  });

  it('made no request outside the served page, and logged no errors', () => {
    expect(strayRequests).toEqual([]);
    expect(ff.offline).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('would have noticed Firefox reaching for the network (the refusing proxy is in the way)', async () => {
    // A page without interception: its request must reach the proxy, not the network.
    const probe = await ff.browser.newPage();
    await probe.goto('http://proxy-probe.invalid/').catch(() => undefined);
    await probe.close();
    expect(ff.offline).toEqual(['http://proxy-probe.invalid/']);
  });
});
