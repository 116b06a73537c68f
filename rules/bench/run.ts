// pnpm bench (rules part): evaluation throughput against the floor and a general rules engine,
// and verification time as tables grow. Prints a Markdown section for docs/benchmarks.md.
import { decide } from '../src/decide.ts';
import { allCombinations } from '../src/decision-space.ts';
import { loadEditions } from '../src/editions-node.ts';
import { match } from '../src/match.ts';
import { analyzeRegions } from '../src/verify/regions.ts';
import { verify } from '../src/verify/verify.ts';
import { handWritten } from './hand-written.ts';
import { jsonRulesEngineFor } from './json-rules-engine.ts';
import { planBenchmark } from './plan.ts';
import { syntheticTable } from './synthetic.ts';

const set = loadEditions();
const table = set.getEdition('2020-06');
const inputs = allCombinations(table);
let sink = 0;

/** Operations per second of `run` over all 32 combinations during about `ms` milliseconds. */
function throughput(run: (i: number) => unknown, ms: number): number {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 1000; i++) if (run(i % inputs.length)) sink++;
    count += 1000;
  }
  return count / ((performance.now() - start) / 1000);
}

async function asyncThroughput(run: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await run(count % inputs.length);
    count++;
  }
  return count / ((performance.now() - start) / 1000);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Contenders take turns in short rounds, so a busy moment on the machine hits them all alike. */
async function compare(contenders: Record<string, (i: number) => unknown>, rounds = 9, ms = 150) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const run of Object.values(contenders)) for (let i = 0; i < 2000; i++) await run(i % inputs.length);
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const probe = run(0);
      const rate =
        probe instanceof Promise
          ? await asyncThroughput(run as (i: number) => Promise<unknown>, ms)
          : throughput(run, ms);
      samples[name]?.push(rate);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

function time(run: () => unknown, repeat: number): number {
  run();
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

const engine = jsonRulesEngineFor(table);
const partial = [{ billing: 'usage' }, { channel: 'ea' }, {}, { channel: 'syndication-partner' }] as const;
const rates = await compare({
  floor: (i) => handWritten(inputs[i] as never).ruleId,
  ours: (i) => match(table, inputs[i] as never).rule,
  oursLocalized: (i) => decide(table, inputs[i] as never).ruleId,
  oursPartial: (i) => match(table, partial[i % partial.length] as never).status,
  jre: async (i) => (await engine.run(inputs[i] as never)).events.length,
});
const { floor, ours, oursLocalized, oursPartial, jre } = rates as Record<
  'floor' | 'ours' | 'oursLocalized' | 'oursPartial' | 'jre',
  number
>;

// Check the contenders agree before comparing their speed.
for (const facts of inputs) {
  const expected = handWritten(facts as never).ruleId;
  const got = match(table, facts as never).rule?.id;
  const events = (await engine.run(facts as never)).events;
  if (got !== expected || events.length !== 1 || events[0]?.params?.ruleId !== expected) {
    throw new Error(`Contenders disagree on ${JSON.stringify(facts)}`);
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const lines = [
  '### Evaluation throughput (all 32 complete combinations in turn; median of 9 interleaved rounds)',
  '',
  '| evaluator | evaluations/s | time vs hand-written switch | speed vs json-rules-engine |',
  '|---|---:|---:|---:|',
  `| hand-written \`switch\` (floor) | ${fmt(floor)} | 1.00× | ${ratio(floor, jre)}× |`,
  `| \`match\` (status, rule, missing) | ${fmt(ours)} | ${ratio(floor, ours)}× | ${ratio(ours, jre)}× |`,
  `| \`decide\` (plus localized steps, trace, assumptions) | ${fmt(oursLocalized)} | ${ratio(floor, oursLocalized)}× | ${ratio(oursLocalized, jre)}× |`,
  `| \`match\` on partial facts (needs-info, missing) | ${fmt(oursPartial)} | ${ratio(floor, oursPartial)}× | ${ratio(oursPartial, jre)}× |`,
  `| json-rules-engine 7.3.1 | ${fmt(jre)} | ${ratio(floor, jre)}× | 1.00× |`,
  '',
  '### Verification time',
  '',
  '| table | rules | time |',
  '|---|---:|---:|',
];
const cases = set.casesFor(table.edition.id);
lines.push(
  `| shipped 2020-06 (everything: regions, texts, links, ${cases?.cases.length ?? 0} test cases) | ${table.rules.length} | ${time(() => verify(table, { cases }), 50).toFixed(2)} ms |`,
);
for (const n of [100, 250, 500, 1000]) {
  const synthetic = syntheticTable(10, n, n);
  const analysis = analyzeRegions(synthetic.sizes, synthetic.rules);
  if (analysis.gaps.length || analysis.overlaps.length || analysis.deadRules.length)
    throw new Error('synthetic table is not a partition');
  const ms = time(() => analyzeRegions(synthetic.sizes, synthetic.rules), n >= 500 ? 3 : 10);
  lines.push(
    `| synthetic, 10 inputs (${synthetic.sizes.reduce((a, b) => a * b, 1).toLocaleString('en-US')} combinations) | ${n} | ${ms.toFixed(1)} ms |`,
  );
}
lines.push('', ...planBenchmark());
console.log(lines.join('\n'));
if (sink < 0) console.log(sink);
