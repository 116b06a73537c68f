// The bought-elsewhere panel's inventory import in the built extension in Chromium: fixture
// exports picked through the panel's file input are previewed (subscriptions, facts with how
// each was read, statuses), saved, still there after a reload with their badges and the plan,
// and importing them again updates the records instead of doubling them. Several files picked
// together give the statuses the package's planner gives for the same files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latestEdition } from '@multichannel/rules/editions';
import { buildPlan, ImportError, importErrorText, importText } from '@multichannel/rules/plan';
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  fixture,
  openPanel,
  RECORD_BADGES,
  reloadWithPanel,
  subscriptionsPath,
  TENANT_A,
  TENANT_B,
  useHarness,
} from './harness.ts';
import { storeSettings } from './worker.ts';

const FIXTURES = resolve(import.meta.dirname, '../../rules/src/import/fixtures');
const FILE = resolve(FIXTURES, 'resource-graph.csv');
const PATH = subscriptionsPath(TENANT_A);
const PATH_B = subscriptionsPath(TENANT_B);
// The partner's own tenant as the options store it: Graph's ownerTenantId is compared with it.
const PARTNER_TENANT = '11111111-2222-4333-8444-555555555555';

const h = useHarness({
  routes: {
    [PATH]: { html: fixture('subscriptions-table.en.html') },
    [PATH_B]: { html: fixture('subscriptions-table.en.html') },
  },
});

/** The panel's plan after a save: one group per status of `statuses`, each with its count, and no other. */
async function expectPlan(panel: Locator, statuses: readonly unknown[]) {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
  for (const [status, count] of counts) {
    const group = panel.locator(`[data-multichannel-plan-status="${status}"]`);
    await expect.poll(() => group.getAttribute('data-multichannel-plan-count')).toBe(String(count));
  }
  await expect.poll(() => panel.locator('[data-multichannel-plan-status]').count()).toBe(counts.size);
}

it('imports a Resource Graph CSV through the panel: preview, save, reload, re-import without doubling', async () => {
  // What the package's planner says of the same file, with the edition the extension uses.
  const plan = buildPlan(latestEdition, [importText('resource-graph.csv', readFileSync(FILE, 'utf8'))]);
  const expected = plan.groups.flatMap((g) => g.rows.map((r) => [r.id, r.status]));
  expect(expected.length).toBeGreaterThan(0);

  const page = await h.openWithBadges(PATH, 4);
  const panel = await openPanel(page);
  const dialog = panel.locator('[data-multichannel-inventory]');
  // The query comes from the background after the dialog opens: polled, not read once.
  await expect
    .poll(() => dialog.locator('[data-multichannel-inventory-query]').textContent())
    .toContain('quotaId');

  await dialog.locator('input[data-multichannel-inventory-file]').setInputFiles(FILE);
  const preview = dialog.locator('[data-multichannel-inventory-preview]');
  await preview.waitFor();
  for (const [id, status] of expected) {
    const row = preview.locator(`[data-multichannel-preview-row="${id}"]`);
    await expect(
      row.locator('[data-multichannel-preview-status]').getAttribute('data-multichannel-preview-status'),
    ).resolves.toBe(status);
  }
  // Nothing is stored before the save.
  await expect(panel.locator('[data-multichannel-record]').count()).resolves.toBe(0);

  await dialog.locator('[data-multichannel-inventory-save]').click();
  await expect.poll(() => panel.locator('[data-multichannel-record]').count()).toBe(expected.length);

  const checkAfterReload = async () => {
    await reloadWithPanel(page, 4);
    await expect.poll(() => panel.locator('[data-multichannel-record]').count()).toBe(expected.length);
    await expect.poll(() => page.locator(RECORD_BADGES).count()).toBe(expected.length);
    await expectPlan(
      panel,
      expected.map(([, status]) => status),
    );
  };
  await checkAfterReload();

  await dialog.locator('input[data-multichannel-inventory-file]').setInputFiles(FILE);
  await preview.waitFor();
  await dialog.locator('[data-multichannel-inventory-save]').click();
  await expect
    .poll(() => panel.locator('[role="status"]').first().textContent())
    .toContain(String(expected.length));
  await checkAfterReload();
  await page.close();
});

it('imports several files at once into one preview with the planner’s statuses; a bad file is left out, named, the others saved', async () => {
  // A subscription list with an EA-or-customer-agreement quotaId, the billing accounts that
  // settle it, and Graph's directory subscriptions read with the partner's tenant id.
  // With the Resource Graph CSV and the partner's own Partner Center subscriptions: the planner
  // page's set of files (test/site/plan.e2e.ts), all four kinds of export.
  const names = [
    'arm-subscriptions.json',
    'billing-accounts-ea.json',
    'graph-directory-subscriptions.json',
    'resource-graph.csv',
    'partner-center-subscriptions.json',
  ];
  const good = names.map((name) => ({ name, text: readFileSync(resolve(FIXTURES, name), 'utf8') }));
  const imported = good.map((f) => importText(f.name, f.text, { partnerTenant: PARTNER_TENANT }));
  const plan = buildPlan(latestEdition, imported);
  const expected = plan.groups.flatMap((g) => g.rows.map((r) => [r.id, r.status] as const));
  // The billing accounts matter: without them, the EA-or-customer-agreement row decides otherwise.
  const alone = buildPlan(latestEdition, [imported[0] as (typeof imported)[number]]);
  const statusOf = (p: typeof plan, id: string) =>
    p.groups.flatMap((g) => g.rows).find((r) => r.id === id)?.status;
  const EA_OR_MCA = '00000000-0000-4000-8000-000000000002';
  expect(statusOf(plan, EA_OR_MCA)).toBeDefined();
  expect(statusOf(plan, EA_OR_MCA)).not.toBe(statusOf(alone, EA_OR_MCA));
  expect(new Set(expected.map(([, status]) => status)).size).toBeGreaterThan(1);

  await storeSettings(await h.serviceWorker(), { partnerTenant: PARTNER_TENANT });

  const page = await h.openWithBadges(PATH_B, 4);
  const panel = await openPanel(page);
  const dialog = panel.locator('[data-multichannel-inventory]');
  const input = dialog.locator('input[data-multichannel-inventory-file]');
  await expect(input.getAttribute('multiple')).resolves.not.toBeNull();
  const cut = good[0]?.text.slice(0, 300) ?? '';
  const files = [...good.slice(0, 2), { name: 'cut.json', text: cut }, ...good.slice(2)].map((f) => ({
    name: f.name,
    mimeType: f.name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(f.text),
  }));
  await input.setInputFiles(files);

  const preview = dialog.locator('[data-multichannel-inventory-preview]');
  await preview.waitFor();
  // The bad file is named with where it broke, in the dialog's language (the harness's browser
  // is English, so the background's locale is 'en'); the others are read.
  let cutError = '';
  try {
    importText('cut.json', cut);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    cutError = importErrorText('en', error);
  }
  expect(cutError).toMatch(/^cut\.json: /);
  await expect(dialog.locator('[role="alert"]').textContent()).resolves.toContain(cutError);
  await expect(preview.locator('[data-multichannel-preview-row]').count()).resolves.toBe(expected.length);
  for (const [id, status] of expected) {
    const row = preview.locator(`[data-multichannel-preview-row="${id}"]`);
    await expect(
      row.locator('[data-multichannel-preview-status]').getAttribute('data-multichannel-preview-status'),
    ).resolves.toBe(status);
  }
  for (const name of names) await expect(preview.locator('p').first().textContent()).resolves.toContain(name);
  await expect(panel.locator('[data-multichannel-record]').count()).resolves.toBe(0);

  await dialog.locator('[data-multichannel-inventory-save]').click();
  await expect.poll(() => panel.locator('[data-multichannel-record]').count()).toBe(expected.length);

  const checkAfterReload = async () => {
    await reloadWithPanel(page, 4);
    await expect.poll(() => panel.locator('[data-multichannel-record]').count()).toBe(expected.length);
    await expectPlan(
      panel,
      expected.map(([, status]) => status),
    );
  };
  await checkAfterReload();

  // The same files again: the records are updated, not doubled.
  await dialog.locator('input[data-multichannel-inventory-file]').setInputFiles(files);
  await preview.waitFor();
  await dialog.locator('[data-multichannel-inventory-save]').click();
  await expect
    .poll(() => panel.locator('[role="status"]').first().textContent())
    .toContain(String(expected.length));
  await checkAfterReload();
  await page.close();
});

it('keeps what a partner billing account says about the customer, so the saved plan is the previewed one', async () => {
  // A partner agreement in the billing accounts: the customer is itself a CSP partner, a
  // customer-level answer (asked once per customer), which decides every subscription.
  const names = ['arm-subscriptions.json', 'billing-accounts-partner.json'];
  const good = names.map((name) => ({ name, text: readFileSync(resolve(FIXTURES, name), 'utf8') }));
  const imported = good.map((f) => importText(f.name, f.text));
  const plan = buildPlan(latestEdition, imported);
  const alone = buildPlan(latestEdition, [imported[0] as (typeof imported)[number]]);
  const counts = (p: typeof plan) => Object.fromEntries(p.groups.map((g) => [g.status, g.count]));
  expect(counts(plan)).not.toEqual(counts(alone));

  const path = subscriptionsPath('5c1d7e9a-3b2f-4a6d-8e0c-1f9b7a5d3e62');
  h.routes.set(path, { html: fixture('subscriptions-table.en.html') });
  const page = await h.openWithBadges(path, 4);
  const panel = await openPanel(page);
  const dialog = panel.locator('[data-multichannel-inventory]');
  await dialog
    .locator('input[data-multichannel-inventory-file]')
    .setInputFiles(
      good.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
    );
  const preview = dialog.locator('[data-multichannel-inventory-preview]');
  await preview.waitFor();
  await dialog.locator('[data-multichannel-inventory-save]').click();

  await reloadWithPanel(page, 4);
  await expectPlan(
    panel,
    plan.groups.flatMap((g) => g.rows.map((r) => r.status)),
  );
  await page.close();
});
