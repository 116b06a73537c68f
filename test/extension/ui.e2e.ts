// The panel by keyboard, the bought-elsewhere records across a reload, the popup's counts and
// checker, and the options' language switch.
import { decide, statusKind, statusLabel, statusShort } from '@multichannel/rules';
import { earlierThan, editions, latestEdition } from '@multichannel/rules/editions';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  fixture,
  openPanel,
  PC,
  RECORD_BADGES,
  ROW_BADGES,
  reloadWithPanel,
  subscriptionsPath,
  TENANT_A,
  useHarness,
} from './harness.ts';
import { partnerCenterTabId } from './worker.ts';

const PATH = subscriptionsPath(TENANT_A);
const h = useHarness({ routes: { [PATH]: { html: fixture('subscriptions-table.en.html') } } });

/** The popup as a page, pointed at the tab that shows Partner Center. */
async function openPopup(): Promise<Page> {
  const tabId = await partnerCenterTabId(await h.serviceWorker());
  return h.openExtensionPage(`popup.html?tab=${tabId}`);
}

it('opens the panel from the keyboard, shows the steps from the rules, and closes with Escape', async () => {
  const page = await h.openWithBadges(PATH, 4);
  const button = page.locator('td', { hasText: 'Azure plan' }).locator('[data-multichannel="badge"] button');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('[data-multichannel="badge"] [role="dialog"]');
  await dialog.waitFor();
  const decision = decide(
    latestEdition,
    { channel: 'this-partner', billing: 'usage', cloud: 'commercial' },
    { locale: 'en' },
  );
  await expect(dialog.locator('h2').textContent()).resolves.toBe(
    statusLabel(latestEdition, 'en', decision.status),
  );
  // The details name the edition that decided, with how its date is known.
  await expect(
    dialog.locator('[data-multichannel-edition]').getAttribute('data-multichannel-edition'),
  ).resolves.toBe(latestEdition.edition.id);
  await expect(
    dialog.locator('[data-multichannel-edition]').getAttribute('data-multichannel-date-known'),
  ).resolves.toBe(latestEdition.edition.dateKnown);
  // Focus moved into the panel; Tab reaches its controls.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-multichannel'))).toBe('badge');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
  await page.close();
});

it('keeps a bought-elsewhere record across a reload, with its own badge', async () => {
  const page = await h.openWithBadges(PATH, 4);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Add' }).click();
  await panel.locator('input[name="product"]').fill('Azure (EA enrollment)');
  await panel.locator('input[name="offerId"]').fill('MS-AZR-0017P');
  await panel.locator('input[name="offerId"]').blur();
  await expect.poll(() => panel.locator('select[name="channel"]').inputValue()).toBe('ea');
  await expect(panel.locator('select[name="billing"]').inputValue()).resolves.toBe('usage');
  await panel.getByRole('button', { name: 'Save' }).click();

  const expected = decide(latestEdition, { channel: 'ea', billing: 'usage', cloud: 'commercial' }).status;
  const recordBadge = page.locator(RECORD_BADGES);
  await recordBadge.waitFor();
  await expect(recordBadge.getAttribute('data-multichannel-status')).resolves.toBe(expected);

  await reloadWithPanel(page, 4);
  await recordBadge.waitFor();
  await expect(recordBadge.getAttribute('data-multichannel-subscription')).resolves.toBe(
    'Azure (EA enrollment)',
  );
  await expect(recordBadge.getAttribute('data-multichannel-status')).resolves.toBe(expected);
  await page.close();
});

it('the form asks commerce only where it decides; a case the edition leaves open shows the earlier edition’s outcome', async () => {
  const page = await h.openWithBadges(PATH, 4);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Add' }).click();
  await panel.locator('input[name="product"]').fill('Microsoft 365 E3 (other partner)');
  const commerce = panel.locator('select[name="commerce"]');
  expect(await commerce.count()).toBe(0);
  await panel.locator('select[name="channel"]').selectOption('other-csp-partner');
  await panel.locator('select[name="billing"]').selectOption('usage');
  await expect.poll(() => panel.locator('select').count()).toBe(2);
  await panel.locator('select[name="billing"]').selectOption('license');
  await commerce.waitFor();
  await commerce.selectOption('legacy');
  await panel.getByRole('button', { name: 'Save' }).click();

  const facts = { channel: 'other-csp-partner', billing: 'license', commerce: 'legacy', cloud: 'commercial' };
  const decision = decide(latestEdition, facts, { locale: 'en', earlier: earlierThan(latestEdition) });
  const badge = page.locator(RECORD_BADGES).last();
  await expect.poll(() => badge.getAttribute('data-multichannel-status')).toBe(decision.status);
  await expect(badge.getAttribute('data-multichannel-kind')).resolves.toBe(
    statusKind(latestEdition, decision.status),
  );
  await badge.locator('button').click();
  const earlier = badge.locator('[role="dialog"] [data-multichannel-earlier]');
  if (decision.earlier) {
    await expect(earlier.getAttribute('data-multichannel-earlier')).resolves.toBe(decision.earlier.edition);
    await expect(earlier.textContent()).resolves.toContain(decision.earlier.statusLabel);
  } else
    expect(await earlier.count()).toBe(
      statusKind(latestEdition, decision.status) === 'not-addressed' ? 1 : 0,
    );
  await page.close();
});

it('the popup counts the page’s badges per status and runs the checker on partial answers', async () => {
  const page = await h.openWithBadges(PATH, 4);
  const popup = await openPopup();
  await popup.locator('[data-page-state="recognized"]').waitFor();
  const status = decide(latestEdition, {
    channel: 'this-partner',
    billing: 'license',
    cloud: 'commercial',
  }).status;
  await expect(popup.locator(`li[data-status="${status}"] [data-count]`).textContent()).resolves.toBe('4');

  // Partial answer: billing only.
  await popup.locator('select[name="billing"]').selectOption('license');
  const partial = decide(latestEdition, { billing: 'license', cloud: 'commercial' });
  await expect(popup.locator('[data-checker-status]').getAttribute('data-checker-status')).resolves.toBe(
    partial.status,
  );
  await popup.locator('select[name="channel"]').selectOption('microsoft-direct');
  const full = decide(latestEdition, {
    channel: 'microsoft-direct',
    billing: 'license',
    cloud: 'commercial',
  });
  await expect(popup.locator('[data-checker-status]').getAttribute('data-checker-status')).resolves.toBe(
    full.status,
  );
  await popup.close();
  await page.close();
});

it('the popup explains an unrecognized layout', async () => {
  const path = `/commerce/customers/${TENANT_A}/subscriptions/`;
  h.routes.set(path, { html: fixture('subscriptions-unrecognized.html') });
  const page = await h.open(path);
  await page.waitForSelector('[data-multichannel="notice"]');
  const popup = await openPopup();
  await popup.locator('[data-page-state]').first().waitFor();
  await popup.locator('[data-page-state="not-recognized"]').waitFor();
  await popup.close();
  await page.close();
});

it('the popup names a section it could not read, while the others are annotated', async () => {
  const path = `/en-gb/commerce/customers/${TENANT_A}/subscriptions`;
  // The License-based section says "No subscriptions" without a table; the Usage-based one has a row.
  h.routes.set(path, {
    html: fixture('subscriptions-table.en.html').replace(
      /<h2>License-based<\/h2>\s*<table>[\s\S]*?<\/table>/,
      '<h2>License-based</h2><p>No subscriptions</p>',
    ),
  });
  const page = await h.openWithBadges(path, 1);
  const popup = await openPopup();
  await popup.locator('[data-page-state="recognized"]').waitFor();
  await expect(
    popup.locator('[data-unread]').evaluateAll((items) => items.map((i) => i.getAttribute('data-unread'))),
  ).resolves.toEqual(['license']);
  await popup.close();
  await page.close();
});

it('the options switch the language of badges and panels', async () => {
  const options = await h.openExtensionPage('options.html');
  await options.locator('select[name="language"]').selectOption('hu');
  await options.locator('html[lang="hu"]').waitFor();

  const page = await h.openWithBadges(PATH, 4);
  const status = decide(latestEdition, {
    channel: 'this-partner',
    billing: 'license',
    cloud: 'commercial',
  }).status;
  await expect
    .poll(() => page.locator('[data-multichannel="badge"] button').first().textContent())
    .toBe(statusShort(latestEdition, 'hu', status));

  await options.locator('select[name="language"]').selectOption('en');
  await expect
    .poll(() => page.locator('[data-multichannel="badge"] button').first().textContent())
    .toBe(statusShort(latestEdition, 'en', status));
  await options.close();
  await page.close();
});

it('the options pin an edition: badges decide with it and name it, and “newest” unpins it', async () => {
  const page = await h.openWithBadges(PATH, 4);
  const options = await h.openExtensionPage('options.html');
  const select = options.locator('select[name="edition"]');
  await expect(select.inputValue()).resolves.toBe('');
  await expect(
    select.locator('option').evaluateAll((items) => items.map((o) => (o as HTMLOptionElement).value)),
  ).resolves.toEqual(['', ...editions.map((t) => t.edition.id)]);
  const pinned = editions[editions.length - 1] as (typeof editions)[number];
  await select.selectOption(pinned.edition.id);
  const status = decide(pinned, { channel: 'this-partner', billing: 'usage', cloud: 'commercial' }).status;
  const azure = page.locator('td', { hasText: 'Azure plan' }).locator('[data-multichannel="badge"]');
  await expect.poll(() => azure.getAttribute('data-multichannel-status')).toBe(status);
  await azure.locator('button').click();
  await expect(
    azure.locator('[role="dialog"] [data-multichannel-edition]').getAttribute('data-multichannel-edition'),
  ).resolves.toBe(pinned.edition.id);
  await select.selectOption('');
  await expect.poll(() => page.locator(ROW_BADGES).count()).toBe(4);
  await options.close();
  await page.close();
});

it('no request outside the served pages, no console errors', () => {
  expect(h.strayRequests).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  expect(PC).toBe('https://partner.microsoft.com');
});
