// Benchmark: time from rows present to all badges mounted, on 100, 500 and 2,000-row pages,
// against a baseline that inserts one plain <span> per row into the same markup, in one run;
// and the content script's gzipped size. Run: pnpm --filter @multichannel/extension bench
// (after `pnpm --filter @multichannel/extension build`).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { generatedPage, generatedRows } from '../../test/extension/generated-page.ts';
import { launchChromium } from '../../test/support/chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const EXTENSION_DIR = resolve(here, '../.output/chrome-mv3');
const SIZES = [100, 500, 2000];
const REPEATS = 11;
// Rounds run first and not counted: the first badges of a page session run cold (unoptimised
// code, first layout of the tables), which is not what the per-size figures compare.
const WARM_UP = 1;
const PC = 'https://partner.microsoft.com';
const SUBSCRIPTIONS = `${PC}/en-us/commerce/customers/bench-tenant/subscriptions`;
const BASELINE = `${PC}/en-us/dashboard/bench-baseline`; // same markup; the extension is idle here

type Mode = 'extension' | 'baseline';

/** Empties both tables, then inserts `count` rows and resolves with ms until `count` markers exist. */
async function measure(page: Page, count: number, mode: Mode): Promise<number> {
  const license = Math.ceil(count / 2);
  const html = {
    license: generatedRows(license, 'license'),
    usage: generatedRows(count - license, 'usage', license),
  };
  await page.evaluate(() => {
    for (const body of document.querySelectorAll('tbody')) body.replaceChildren();
  });
  await page.waitForTimeout(250); // let the extension settle after the emptying
  return page.evaluate(
    ({ html, count, mode }) =>
      new Promise<number>((done) => {
        // Our badges are spans marked as ours; the baseline's are plain spans.
        const isBadge = (node: Node) =>
          node instanceof Element &&
          node.tagName === 'SPAN' &&
          (node.getAttribute('data-multichannel') === 'badge') === (mode === 'extension');
        let seen = 0;
        let start = 0;
        const watcher = new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) if (isBadge(node)) seen++;
          if (seen >= count) {
            const elapsed = performance.now() - start;
            watcher.disconnect();
            done(elapsed);
          }
        });
        watcher.observe(document.body, { childList: true, subtree: true });
        if (mode === 'baseline') {
          // The baseline: one observer that puts a plain <span> into the first cell of each new row.
          const inserter = new MutationObserver(() => {
            for (const row of document.querySelectorAll('tbody tr:not([data-b])')) {
              row.setAttribute('data-b', '');
              const span = document.createElement('span');
              span.textContent = '•';
              row.firstElementChild?.append(span);
            }
            if (document.querySelectorAll('tbody tr[data-b]').length >= count) inserter.disconnect();
          });
          inserter.observe(document.body, { childList: true, subtree: true });
        }
        start = performance.now();
        const [license, usage] = ['license', 'usage'].map(
          (id) => (document.getElementById(id) as HTMLTableElement).tBodies[0] as HTMLTableSectionElement,
        );
        (license as HTMLTableSectionElement).innerHTML = html.license;
        (usage as HTMLTableSectionElement).innerHTML = html.usage;
      }),
    { html, count, mode },
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  const context = await launchChromium({ extensionDir: EXTENSION_DIR });
  await context.route(/^https?:/, (route) =>
    route.request().url().startsWith(PC)
      ? route.fulfill({ contentType: 'text/html', body: generatedPage(0) })
      : route.abort(),
  );
  const extensionPage = await context.newPage();
  await extensionPage.goto(SUBSCRIPTIONS);
  await extensionPage.waitForSelector('[data-multichannel="bought-elsewhere"]'); // the page session is running
  const baselinePage = await context.newPage();
  await baselinePage.goto(BASELINE);

  // Rounds: each round measures every size with both contenders, the order of the two
  // alternating, so a burst of load on this shared machine hits both alike.
  const times = new Map(SIZES.map((rows) => [rows, { extension: [] as number[], baseline: [] as number[] }]));
  for (let round = -WARM_UP; round < REPEATS; round++) {
    for (const rows of SIZES) {
      const t = times.get(rows) as { extension: number[]; baseline: number[] };
      const order: Mode[] = round % 2 === 0 ? ['extension', 'baseline'] : ['baseline', 'extension'];
      for (const mode of order) {
        const ms = await measure(mode === 'extension' ? extensionPage : baselinePage, rows, mode);
        if (round >= 0) t[mode].push(ms);
      }
    }
  }
  const results = SIZES.map((rows) => {
    const t = times.get(rows) as { extension: number[]; baseline: number[] };
    return { rows, extension: median(t.extension), baseline: median(t.baseline) };
  });
  await context.close();

  const contentScript = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  const gzipped = gzipSync(contentScript, { level: 9 }).length;
  console.log(
    `Rows present → all badges mounted (median of ${REPEATS} rounds after ${WARM_UP} warm-up, headless Chromium, same run)`,
  );
  console.log('rows   | extension ms | baseline ms | ratio | extension µs/row');
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(6)} | ${r.extension.toFixed(1).padStart(12)} | ${r.baseline.toFixed(1).padStart(11)} | ${(r.extension / r.baseline).toFixed(2).padStart(5)} | ${((r.extension * 1000) / r.rows).toFixed(1)}`,
    );
  }
  const first = results[0] as (typeof results)[number];
  const last = results.at(-1) as (typeof results)[number];
  console.log(
    `growth ${first.rows}→${last.rows} rows: ×${(last.extension / first.extension).toFixed(1)} time for ×${last.rows / first.rows} rows`,
  );
  console.log(
    `content script: ${contentScript.length} B raw, ${gzipped} B gzipped (${(gzipped / 1024).toFixed(1)} KiB; aim ≤ 30 KiB)`,
  );
}

await main();
