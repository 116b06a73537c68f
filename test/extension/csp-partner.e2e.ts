// The customer's "is it itself a CSP partner?" answer (a customer-level fact, asked in the
// edition's words): stored data of earlier versions migrated in place, every badge of the page
// (rows and bought-elsewhere records) decided again at once when the answer changes, without
// duplicates, and the answer kept across reloads.
import { decide, message, textKey, valueLabel } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  badgesOn,
  fixture,
  openPanel,
  panelOf,
  RECORD_BADGES,
  reloadWithPanel,
  rerenderRows,
  subscriptionsPath,
  TENANT_A,
  useHarness,
  waitForBadges,
} from './harness.ts';
import { STORE_KEY as KEY, LEGACY_RECORD, STORE_VERSION, storageSet, storedValue } from './worker.ts';

const PATH = subscriptionsPath(TENANT_A);
const FACT = 'customerIsCspPartner';
// The record as versions 4 to 6 store it (facts apart).
const { channel, billing, ...fields } = LEGACY_RECORD;
const RECORD = { ...fields, facts: { channel, billing } };
const storedCustomer = (facts: Record<string, unknown>) => ({
  version: STORE_VERSION,
  customers: { [TENANT_A]: { facts, records: [RECORD] } },
});
const YES = valueLabel(latestEdition, 'en', FACT, true);
const NO = valueLabel(latestEdition, 'en', FACT, false);

const statusOf = (facts: { channel: 'this-partner' | 'ea'; billing: 'license' | 'usage' }) =>
  decide(latestEdition, { ...facts, cloud: 'commercial' }).status;
// The fixture's rows in document order, then the record in the open panel.
const UNKNOWN = [
  {
    subscription: 'Microsoft 365 Business Standard',
    source: 'page',
    facts: { channel: 'this-partner', billing: 'license' },
  },
  {
    subscription: 'Exchange Online (Plan 1)',
    source: 'page',
    facts: { channel: 'this-partner', billing: 'license' },
  },
  {
    subscription: 'Microsoft Teams Essentials',
    source: 'page',
    facts: { channel: 'this-partner', billing: 'license' },
  },
  { subscription: 'Azure plan', source: 'page', facts: { channel: 'this-partner', billing: 'usage' } },
  { subscription: RECORD.product, source: 'bought-elsewhere', facts: RECORD.facts },
].map(({ subscription, source, facts }) => ({ subscription, source, status: statusOf(facts as never) }));
const NOT_ALLOWED = UNKNOWN.map((badge) => ({ ...badge, status: 'not-allowed' }));

const h = useHarness({ routes: { [PATH]: { html: fixture('subscriptions-table.en.html') } } });
let worker: Worker;
beforeAll(async () => {
  worker = await h.serviceWorker();
});

const stored = () => storedValue(worker, KEY);
const radio = (page: Page, name: string) => panelOf(page).getByRole('radio', { name, exact: true });

/** Opens the page with its bought-elsewhere panel open, once the rows and the record have badges. */
async function openWithPanel(): Promise<Page> {
  const page = await h.openWithBadges(PATH, 4);
  await openPanel(page);
  await page.locator(RECORD_BADGES).waitFor();
  return page;
}

it('the rules give every subscription of a CSP partner customer `not-allowed`', () => {
  // Guards the expectations below: they are the rules' answers, not the test's.
  for (const channel of ['this-partner', 'ea'] as const)
    for (const billing of ['license', 'usage'] as const)
      expect(
        decide(latestEdition, { channel, billing, customerIsCspPartner: true, cloud: 'commercial' }).status,
      ).toBe('not-allowed');
  expect(UNKNOWN.some((badge) => badge.status !== 'not-allowed')).toBe(true);
});

it('a record stored by the previous version keeps working, the answer not known', async () => {
  await storageSet(worker, { [KEY]: { version: 2, customers: { [TENANT_A]: [LEGACY_RECORD] } } });
  const page = await openWithPanel();
  expect(await badgesOn(page)).toEqual(UNKNOWN);
  await expect(radio(page, 'Not known').isChecked()).resolves.toBe(true);
  expect(await stored()).toEqual(storedCustomer({}));
  await page.close();
});

it('the edition’s “is a CSP partner” answer turns every badge `not-allowed` at once, without duplicates, and survives a reload', async () => {
  const page = await openWithPanel();
  // Watch the rows' badges while they change: never more than one per row.
  await page.evaluate(() => {
    const w = window as unknown as { mostBadges: number };
    w.mostBadges = 0;
    new MutationObserver(() => {
      const count = document.querySelectorAll(
        '[data-multichannel="badge"][data-multichannel-source="page"]',
      ).length;
      w.mostBadges = Math.max(w.mostBadges, count);
    }).observe(document.body, { childList: true, subtree: true });
  });
  // By keyboard: the radio group moves (and chooses) with the arrow keys.
  await radio(page, 'Not known').focus();
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, YES).isChecked()).resolves.toBe(true);
  await expect.poll(() => badgesOn(page)).toEqual(NOT_ALLOWED);
  expect(await page.evaluate(() => (window as unknown as { mostBadges: number }).mostBadges)).toBe(4);
  await expect.poll(stored).toEqual(storedCustomer({ [FACT]: true }));
  // The page's own re-render right after keeps one badge per row, still decided with the answer.
  await rerenderRows(page);
  await waitForBadges(page, 4);
  await expect.poll(() => badgesOn(page)).toEqual(NOT_ALLOWED);

  await page.reload();
  await waitForBadges(page, 4);
  await expect.poll(() => badgesOn(page)).toEqual(NOT_ALLOWED.filter((b) => b.source === 'page'));
  await expect(
    panelOf(page).locator('[data-multichannel-customer-summary]').textContent(),
  ).resolves.toContain(YES);
  await openPanel(page);
  await expect(radio(page, YES).isChecked()).resolves.toBe(true);
  await expect.poll(() => badgesOn(page)).toEqual(NOT_ALLOWED);
  await page.close();
});

it('back to “Not known” restores the previous statuses, also after a reload', async () => {
  const page = await openWithPanel();
  await expect.poll(() => badgesOn(page)).toEqual(NOT_ALLOWED);
  await radio(page, 'Not known').check();
  await expect.poll(() => badgesOn(page)).toEqual(UNKNOWN);
  await expect.poll(stored).toEqual(storedCustomer({}));
  await reloadWithPanel(page, 4);
  await expect(radio(page, 'Not known').isChecked()).resolves.toBe(true);
  await expect.poll(() => badgesOn(page)).toEqual(UNKNOWN);
  expect(await panelOf(page).locator('[data-multichannel-customer-summary]').count()).toBe(0);
  await page.close();
});

it('the edition’s “is not a CSP partner” answer keeps the statuses but drops the assumption from each decision', async () => {
  const assumption = message(latestEdition, 'en', textKey.assumption(FACT));
  const page = await openWithPanel();
  const azure = page.locator('td', { hasText: 'Azure plan' }).locator('[data-multichannel="badge"]');
  const assumptions = async () => {
    await azure.locator('button').click();
    const dialog = azure.locator('[role="dialog"]');
    const text = await dialog.textContent();
    await dialog.locator('button.close').click();
    return text ?? '';
  };
  await expect(assumptions()).resolves.toContain(assumption);
  await radio(page, NO).check();
  await expect.poll(() => assumptions()).not.toContain(assumption);
  expect(await badgesOn(page)).toEqual(UNKNOWN);
  await radio(page, 'Not known').check();
  await expect.poll(() => assumptions()).toContain(assumption);
  await page.close();
});

it('no request outside the served pages, no console errors', () => {
  expect(h.strayRequests).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
});
