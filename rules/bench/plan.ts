// pnpm bench (rules part): the onboarding plan of 500, 5,000 and 50,000 subscriptions read from
// a Resource Graph CSV, through the CLI path, each size in fresh processes: time and peak memory
// (RSS), and both per 1,000 subscriptions, which stay flat when growth is linear.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { KNOWN_QUOTA_IDS } from '../src/import/quota-id.ts';

const CHILD = join(import.meta.dirname, 'plan-child.ts');
/** The sizes and runs per size, shared with the site's planner benchmark (site/bench/planner.ts). */
export const SIZES = [500, 5_000, 50_000];
export const RUNS = 3;

/** A customer's subscriptions, every quotaId of the guide in turn plus an unknown one. */
export function csvOf(count: number): string {
  const quotaIds = [...KNOWN_QUOTA_IDS, 'Fabrikam_2031-01-01'];
  const rows = Array.from({ length: count }, (_, i) => ({
    subscriptionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: i % 7 === 0 ? `Team ${i}, "shared"` : `Subscription ${i}`,
    quotaId: quotaIds[i % quotaIds.length],
    state: 'Enabled',
    tenantId: 'a0c1e2f3-0000-4000-8000-00000000c0de',
  }));
  return Papa.unparse(rows);
}

interface Sample {
  code: number;
  ms: number;
  maxRssKiB: number;
}

function measure(args: string[]): Sample {
  const result = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`plan benchmark run failed: ${result.stderr}`);
  const sample = JSON.parse(result.stdout) as Sample;
  if (sample.code !== 0) throw new Error(`multichannel-rules plan exited ${sample.code}: ${result.stderr}`);
  return sample;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The CLI path on one file, median of RUNS fresh processes: time and peak RSS in MiB. */
export function cliPlan(file: string): { ms: number; rssMiB: number } {
  const samples = Array.from({ length: RUNS }, () => measure(['plan', file, '--format', 'csv']));
  return { ms: median(samples.map((s) => s.ms)), rssMiB: median(samples.map((s) => s.maxRssKiB)) / 1024 };
}
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function planBenchmark(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  try {
    // The process with everything loaded and nothing planned: what the rows add is above it.
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'subscriptionId,name,quotaId\n');
    const baseline = median(
      Array.from({ length: RUNS }, () => measure(['plan', empty, '--format', 'csv']).maxRssKiB),
    );
    const lines = [
      `### Onboarding plan from a Resource Graph CSV (\`plan FILE --format csv\`, CLI path, median of ${RUNS} fresh processes)`,
      '',
      `The process with an empty file peaks at ${fmt(baseline / 1024)} MB; "rows add" is the peak above that.`,
      '',
      '| subscriptions | CSV size | time | ms per 1,000 | peak memory | rows add | MB per 1,000 |',
      '|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const size of SIZES) {
      const file = join(dir, `${size}.csv`);
      writeFileSync(file, csvOf(size));
      const { ms, rssMiB: rss } = cliPlan(file);
      const added = Math.max(0, rss - baseline / 1024);
      lines.push(
        `| ${fmt(size)} | ${fmt(statSync(file).size / 1024 / 1024, 1)} MB | ${fmt(ms)} ms | ${fmt((ms / size) * 1000, 1)} | ${fmt(rss)} MB | ${fmt(added)} MB | ${fmt((added / size) * 1000, 2)} |`,
      );
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(planBenchmark().join('\n'));
