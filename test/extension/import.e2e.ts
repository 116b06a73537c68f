// The bought-elsewhere panel's inventory import in the built extension in Chromium: a fixture
// export picked through the panel's file input is previewed (subscriptions, facts with how
// each was read, statuses), saved, still there after a reload with its badges and the plan, and
// importing it again updates the records instead of doubling them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latestEdition } from '@multichannel/rules/editions';
import { buildPlan, importText } from '@multichannel/rules/plan';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  fixture,
  type Harness,
  startHarness,
  subscriptionsPath,
  TENANT_A,
  waitForBadges,
} from './harness.ts';

const FILE = resolve(import.meta.dirname, '../../rules/src/import/fixtures/resource-graph.csv');
const PATH = subscriptionsPath(TENANT_A);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.routes.set(PATH, { html: fixture('subscriptions-table.en.html') });
});
afterAll(async () => {
  await h?.close();
});

it('imports a Resource Graph CSV through the panel: preview, save, reload, re-import without doubling', async () => {
  // What the package's planner says of the same file, with the edition the extension uses.
  const plan = buildPlan(latestEdition, [importText('resource-graph.csv', readFileSync(FILE, 'utf8'))]);
  const expected = plan.groups.flatMap((g) => g.rows.map((r) => [r.id, r.status]));
  expect(expected.length).toBeGreaterThan(0);

  const page = await h.open(PATH);
  await waitForBadges(page, 4);
  const panel = page.locator('[data-multichannel="bought-elsewhere"]');
  await panel.locator('button.toggle').click();
  const dialog = panel.locator('[data-multichannel-inventory]');
  await expect(dialog.locator('[data-multichannel-inventory-query]').textContent()).resolves.toContain(
    'quotaId',
  );

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
    await page.reload();
    await waitForBadges(page, 4);
    await page.locator('[data-multichannel="bought-elsewhere"] button.toggle').click();
    await expect.poll(() => panel.locator('[data-multichannel-record]').count()).toBe(expected.length);
    await expect
      .poll(() =>
        page.locator('[data-multichannel="badge"][data-multichannel-source="bought-elsewhere"]').count(),
      )
      .toBe(expected.length);
    const counts = new Map<string, number>();
    for (const [, status] of expected) counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
    for (const [status, count] of counts) {
      const group = panel.locator(`[data-multichannel-plan-status="${status}"]`);
      await expect.poll(() => group.getAttribute('data-multichannel-plan-count')).toBe(String(count));
    }
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
