// The planner page against the CLI on the same generated Resource Graph CSVs (500 / 5,000 /
// 50,000 subscriptions, rules/bench/plan.ts): in headless Chromium, the time from handing the
// file to the file chooser to the plan rendered (read, import, plan and the first page of rows:
// the page shows 100 rows per status until asked for more), and the JS heap; beside it the CLI
// path in fresh processes. Per 1,000 rows and growth per size step show whether growth is linear.
// Prints Markdown. Run after the site is built (bench/measure.ts builds it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cliPlan, csvOf, median, RUNS, SIZES } from '../../rules/bench/plan.ts';
import { launchChromium } from '../../test/support/chromium.ts';
import { serveSite } from '../scripts/serve.ts';

interface PageSample {
  /** setInputFiles to the plan in the DOM, measured here. */
  ms: number;
  /** The page's own User Timing measures (Planner.tsx): import, plan, render; ms. */
  steps: { import: number; plan: number; render: number };
  /** Highest JSHeapUsedSize sampled during the run, above the page's own before the file. */
  heapMiB: number;
  rows: number;
}

const MiB = 1024 * 1024;

async function heapUsed(page: Page, cdp: Awaited<ReturnType<Page['context']>['newCDPSession']>) {
  void page;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function pageRun(origin: string, file: string): Promise<PageSample> {
  const context = await launchChromium();
  try {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/plan/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heapUsed(page, cdp);
    let peak = before;
    let sampling = true;
    // CDP answers between the page's tasks, so this samples the heap after each step
    // (file read, importers loaded, plan made and rendered), not inside one.
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapUsed(page, cdp));
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const start = performance.now();
    await page.locator('#planner-files').setInputFiles(file);
    await page.waitForSelector('.planner[data-state="ready"]', { timeout: 120_000 });
    const ms = performance.now() - start;
    sampling = false;
    await sampler;
    peak = Math.max(peak, await heapUsed(page, cdp));
    const rows = Number(await page.locator('.plan-total .plan-count').textContent());
    // The render measure is taken in an effect, after the browser has painted the rows.
    await page.waitForFunction(() => performance.getEntriesByName('planner:render').length > 0);
    const steps = await page.evaluate(() => {
      const last = (name: string) =>
        performance.getEntriesByName(`planner:${name}`).at(-1)?.duration ?? Number.NaN;
      return { import: last('import'), plan: last('plan'), render: last('render') };
    });
    return { ms, steps, heapMiB: (peak - before) / MiB, rows };
  } finally {
    await context.close();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export async function plannerBenchmark(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planner-bench-'));
  const site = await serveSite();
  try {
    const lines = [
      `### Planner page and CLI on the same Resource Graph CSV (median of ${RUNS} runs each)`,
      '',
      'Page: headless Chromium, a fresh browser per run; "total" from `setInputFiles` to the plan in the DOM (the first 50 rows of each status), which includes loading the importers; "import", "plan" and "render" are the page\'s own User Timing measures (reading and importing the file, building the plan, rendering until painted). Heap: the highest `JSHeapUsedSize` (CDP `Performance.getMetrics`, sampled every 25 ms and at the end) above the page before the file. CLI: `plan FILE --format csv` in a fresh process, peak RSS. "×" is the growth from the size before (10× more rows): 10× is linear.',
      '',
      '| subscriptions | page total | import | plan | render | import + plan per 1,000 | × | page heap | MB per 1,000 | CLI time | ms per 1,000 | × | CLI peak RSS |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    let previous: { page: number; cli: number } | undefined;
    for (const size of SIZES) {
      const file = join(dir, `subscriptions-${size}.csv`);
      writeFileSync(file, csvOf(size));
      const samples: PageSample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await pageRun(site.origin, file));
      if (samples.some((s) => s.rows !== size))
        throw new Error(`the planner showed ${samples.map((s) => s.rows).join(', ')} rows, expected ${size}`);
      const ms = median(samples.map((s) => s.ms));
      const step = (k: keyof PageSample['steps']) => median(samples.map((s) => s.steps[k]));
      const work = median(samples.map((s) => s.steps.import + s.steps.plan));
      const heap = median(samples.map((s) => s.heapMiB));
      const cli = cliPlan(file);
      const growth = (now: number, before: number | undefined) => (before ? `${fmt(now / before, 1)}×` : '–');
      lines.push(
        `| ${fmt(size)} | ${fmt(ms)} ms | ${fmt(step('import'))} ms | ${fmt(step('plan'))} ms | ${fmt(step('render'))} ms | ${fmt((work / size) * 1000, 1)} ms | ${growth(work, previous?.page)} | ${fmt(heap, 1)} MB | ${fmt((heap / size) * 1000, 2)} | ${fmt(cli.ms)} ms | ${fmt((cli.ms / size) * 1000, 1)} | ${growth(cli.ms, previous?.cli)} | ${fmt(cli.rssMiB)} MB |`,
      );
      previous = { page: work, cli: cli.ms };
    }
    return lines;
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(['', ...(await plannerBenchmark())].join('\n'));
