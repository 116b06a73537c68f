// The planner in a real browser, in both languages: customer exports chosen with the file
// chooser are read in the page (no request leaves it), every row and count equals what the rules
// package's buildPlan gives for the same files, an answered question changes its row, the CSV
// downloaded is renderPlan's, and a malformed file shows its error while the others are used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { earlierThan, latestEdition } from '@multichannel/rules/editions';
import {
  buildPlan,
  checkSize,
  ImportError,
  type ImportedFile,
  importErrorParts,
  importFile,
  MAX_IMPORT_BYTES,
  type Plan,
  type PlanAnswers,
  type PlanRow,
  renderPlan,
} from '@multichannel/rules/plan';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui } from '../../site/src/lib/ui.ts';
import { blockingAxeViolations } from './axe.ts';
import { useSitePage } from './browser.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'rules', 'src', 'import', 'fixtures');
const PARTNER = '11111111-2222-4333-8444-555555555555';
/** A Resource Graph CSV, Graph JSON (needs the tenant), ARM JSON, billing accounts, Partner Center. */
const NAMES = [
  'resource-graph.csv',
  'graph-directory-subscriptions.json',
  'arm-subscriptions.json',
  'billing-accounts-ea.json',
  'partner-center-subscriptions.json',
];
const BROKEN = {
  name: 'truncated.json',
  mimeType: 'application/json',
  buffer: Buffer.from('{"value": [{"id": "/subscriptions/'),
};

const site = useSitePage();

const bytes = (name: string) => readFileSync(join(FIXTURES, name));
const imported: ImportedFile[] = NAMES.map((n) => importFile(n, bytes(n), { partnerTenant: PARTNER }));
const expectedPlan = (locale: 'en' | 'hu', answers: PlanAnswers = {}): Plan =>
  buildPlan(latestEdition, imported, { locale, earlier: earlierThan(latestEdition), answers });
const rowsOf = (plan: Plan): PlanRow[] => [...plan.groups.flatMap((g) => g.rows), ...plan.skipped];

/** What the page shows: count per status (summary table) and status per row. */
async function shown(): Promise<{ counts: Record<string, number>; rows: Record<string, string> }> {
  return site.page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const tr of document.querySelectorAll<HTMLElement>('.plan-summary tr[data-status]'))
      counts[tr.dataset.status || 'skipped'] = Number(tr.querySelector('.plan-count')?.textContent);
    const rows: Record<string, string> = {};
    for (const li of document.querySelectorAll<HTMLElement>('.plan-row'))
      rows[li.dataset.id as string] = li.dataset.status || 'skipped';
    return { counts, rows };
  });
}

function expectedShown(plan: Plan) {
  const counts: Record<string, number> = Object.fromEntries(plan.groups.map((g) => [g.status, g.count]));
  if (plan.skipped.length) counts.skipped = plan.skipped.length;
  return { counts, rows: Object.fromEntries(rowsOf(plan).map((r) => [r.id, r.status ?? 'skipped'])) };
}

for (const [locale, path] of [
  ['en', '/plan/'],
  ['hu', '/hu/plan/'],
] as const) {
  describe(`planner, ${locale}`, () => {
    const requests: Request[] = [];

    it('says nothing is uploaded and shows the Resource Graph query before any file', async () => {
      site.page.removeAllListeners('request');
      site.page.on('request', (request) => requests.push(request));
      await site.go(path);
      await site.page.waitForSelector('astro-island:not([ssr])');
      expect(await site.page.locator('.planner-query').textContent()).toContain('resourcecontainers');
      expect(await site.page.locator('.planner-private').textContent()).toBe(ui(locale, 'plan.private'));
      expect(await site.page.locator('.planner[data-state="empty"]').count()).toBe(1);
      // The importers are not loaded yet: only the island's first load.
      expect(requests.some((r) => /engine\.[\w-]+\.js$/.test(r.url()))).toBe(false);
    });

    it('reads the chosen files in the page: the plan equals buildPlan on the same files', async () => {
      await site.page.locator('#planner-tenant').fill(PARTNER);
      await site.page
        .locator('#planner-files')
        .setInputFiles([
          ...NAMES.map((name) => ({ name, mimeType: 'application/octet-stream', buffer: bytes(name) })),
          BROKEN,
        ]);
      await site.page.waitForSelector('.planner[data-state="ready"]');
      const plan = expectedPlan(locale);
      expect(plan.total).toBeGreaterThan(20);
      expect(await shown()).toEqual(expectedShown(plan));
      expect(Number(await site.page.locator('.plan-total .plan-count').textContent())).toBe(plan.total);
      // Each row says how its facts were read, in the page's language.
      const row = rowsOf(plan).find((r) => r.facts.some((f) => f.readings.length > 0)) as PlanRow;
      const reading = row.facts.flatMap((f) => f.readings)[0]?.text as string;
      expect(
        await site.page.locator(`.plan-row[data-id="${row.id}"] .plan-readings`).first().textContent(),
      ).toContain(reading);
    });

    it('the plan as rendered, file errors and questions included, passes axe', async () => {
      expect(await blockingAxeViolations(site.page, `${path} with a plan`)).toEqual([]);
    });

    it('shows the malformed file’s error with its position, and uses the other files', async () => {
      let error: ImportError | undefined;
      try {
        importFile(BROKEN.name, BROKEN.buffer);
      } catch (e) {
        error = e as ImportError;
      }
      expect(error).toBeInstanceOf(ImportError);
      const text = await site.page
        .locator(`.planner-file[data-file="${BROKEN.name}"] .planner-file-error`)
        .textContent();
      const { position, expected } = importErrorParts(locale, error as ImportError);
      expect(text).toContain(position);
      expect(text).toContain(expected);
      // The Hungarian page says it in Hungarian, not in the English of the CLI.
      if (locale === 'hu') {
        expect(text).not.toContain(error?.expected);
        expect(text).toContain('a fájl túl korán végződik');
      }
      expect(await site.page.locator('.planner-file:not(.planner-file--error)').count()).toBe(NAMES.length);
    });

    it('refuses a file over the size limit, naming its size and the limit', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'planner-e2e-'));
      try {
        const file = join(dir, 'huge.json');
        writeFileSync(file, Buffer.alloc(MAX_IMPORT_BYTES + 1, 32));
        await site.page.locator('#planner-files').setInputFiles(file);
        let error: ImportError | undefined;
        try {
          checkSize('huge.json', MAX_IMPORT_BYTES + 1);
        } catch (e) {
          error = e as ImportError;
        }
        const shownError = site.page.locator('.planner-file[data-file="huge.json"] .planner-file-error');
        await expect
          .poll(() => shownError.textContent())
          .toContain(importErrorParts(locale, error as ImportError).expected);
        // The plan of the other files stays as it was.
        expect(await shown()).toEqual(expectedShown(expectedPlan(locale)));
        await site.page.locator('.planner-file[data-file="huge.json"] .planner-remove').click();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('an answered question changes the row to the status the plan predicted', async () => {
      const plan = expectedPlan(locale);
      // A row with one open question and an answer that leads elsewhere than "needs info".
      const row = rowsOf(plan).find(
        (r) => r.questions.length === 1 && r.questions[0]?.outcomes.some((o) => o.status !== r.status),
      ) as PlanRow;
      const question = row.questions[0] as PlanRow['questions'][number];
      const index = question.outcomes.findIndex((o) => o.status !== row.status);
      const answer = question.values[index] as string;
      await site.page
        .locator(`.plan-row[data-id="${row.id}"] .plan-question[data-fact="${question.fact}"] select`)
        .selectOption(String(index));
      const target = site.page.locator(`.plan-row[data-id="${row.id}"]`);
      await expect.poll(() => target.getAttribute('data-status')).toBe(question.outcomes[index]?.status);
      const answered = expectedPlan(locale, { [row.id]: { [question.fact]: answer } });
      expect(await shown()).toEqual(expectedShown(answered));
      const fact = rowsOf(answered)
        .find((r) => r.id === row.id)
        ?.facts.find((f) => f.fact === question.fact);
      expect(await target.locator('.plan-fact--answered').textContent()).toContain(
        fact?.readings.at(-1)?.text,
      );

      // The CSV downloaded is the rules package's rendering of the answered plan.
      const [download] = await Promise.all([
        site.page.waitForEvent('download'),
        site.page.locator('.planner-download').click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toBe(renderPlan(answered, 'csv'));

      // Taking the answer back restores the row.
      await target.locator('.plan-undo').click();
      await expect.poll(() => target.getAttribute('data-status')).toBe(row.status);
    });

    it('reads a dropped file like a chosen one, and says when the tenant id is not one', async () => {
      await site.page.locator('#planner-tenant').fill('contoso');
      expect(await site.page.locator('.planner-tenant [role="alert"]').textContent()).toContain('contoso');
      await site.page.locator('#planner-tenant').fill(PARTNER);
      const name = 'dropped.csv';
      const text =
        'subscriptionId,name,quotaId\ndddddddd-0000-4000-8000-000000000001,Dropped,PayAsYouGo_2014-09-01\n';
      await site.page.evaluate(
        ({ name, text }) => {
          const data = new DataTransfer();
          data.items.add(new File([text], name, { type: 'text/csv' }));
          const zone = document.querySelector('.planner-drop') as HTMLElement;
          zone.dispatchEvent(
            new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
          );
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { name, text },
      );
      const dropped = importFile(name, Buffer.from(text));
      const [row] = rowsOf(
        buildPlan(latestEdition, [dropped], { locale, earlier: earlierThan(latestEdition) }),
      );
      await expect
        .poll(() =>
          site.page
            .locator('.plan-row[data-id="dddddddd-0000-4000-8000-000000000001"]')
            .getAttribute('data-status'),
        )
        .toBe(row?.status);
      expect(Number(await site.page.locator('.plan-total .plan-count').textContent())).toBe(
        expectedPlan(locale).total + 1,
      );
    });

    it('prints the plan without the controls', async () => {
      await site.page.emulateMedia({ media: 'print' });
      try {
        expect(await site.page.locator('.planner-input').isVisible()).toBe(false);
        expect(await site.page.locator('.planner-actions').isVisible()).toBe(false);
        expect(await site.page.locator('.plan-row').first().isVisible()).toBe(true);
      } finally {
        await site.page.emulateMedia({ media: 'screen' });
      }
    });

    it('made no request that left the page’s origin, and sent nothing', () => {
      const origin = site.session.site.origin;
      const off = requests.filter((r) => !r.url().startsWith(`${origin}/`) && !r.url().startsWith('blob:'));
      expect(off.map((r) => r.url())).toEqual([]);
      expect(requests.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
      // The importers did load, lazily, from the site itself.
      expect(requests.some((r) => /\/_astro\/engine\.[\w-]+\.js$/.test(r.url()))).toBe(true);
      expect(site.errors).toEqual([]);
    });
  });
}
