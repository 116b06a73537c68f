// pnpm bench (rules part): evaluation throughput of every shipped edition against the floor (the
// newest edition as a hand-written switch) and a general rules engine, and verification time of
// every shipped edition and of synthetic tables as they grow. Prints Markdown for docs/benchmarks.md.
import { decide } from '../src/decide.ts';
import { allCombinations } from '../src/decision-space.ts';
import { loadEditions } from '../src/editions-node.ts';
import { match } from '../src/match.ts';
import type { DecisionTable } from '../src/schema.ts';
import { analyzeRegions } from '../src/verify/regions.ts';
import { verify } from '../src/verify/verify.ts';
import { contextFacts, decisionFacts, type Facts, factValues } from '../src/vocabulary.ts';
import { HAND_WRITTEN_EDITION, handWritten } from './hand-written.ts';
import { jsonRulesEngineFor } from './json-rules-engine.ts';
import { planBenchmark } from './plan.ts';
import { syntheticTable } from './synthetic.ts';
import { zenEngineFor } from './zen-engine.ts';

const ROUNDS = 9;
const ROUND_MS = 150;
const set = loadEditions();
const newest = set.latestEdition;
if (newest.edition.id !== HAND_WRITTEN_EDITION)
  throw new Error(
    `The floor is written for ${HAND_WRITTEN_EDITION}, the newest edition is ${newest.edition.id}`,
  );
let sink = 0;

/** Every contender walks its inputs through the same fixed-length cycle, so each pays the same look-up. */
const CYCLE = 1024;
function cycle<T>(items: readonly T[]): T[] {
  return Array.from({ length: CYCLE }, (_, i) => items[i % items.length] as T);
}

/** Every complete combination, with the context facts (steps, caveats, who may act) varied along. */
function withContext(table: DecisionTable, combinations: readonly Facts[]): Facts[] {
  return combinations.map((combination, i) => {
    const facts: Record<string, Facts[string]> = { ...combination };
    for (const [k, fact] of contextFacts(table).entries()) {
      const values = factValues(table, fact);
      const value = values[(i + k) % values.length];
      if (value !== undefined) facts[fact] = table.facts[fact]?.many ? [value] : value;
    }
    return facts;
  });
}

/** One known decision fact at a time (each of its values), and nothing known at all. */
function partialFacts(table: DecisionTable): Facts[] {
  return [
    {},
    ...decisionFacts(table).flatMap((fact) => factValues(table, fact).map((value) => ({ [fact]: value }))),
  ];
}

type Run = (i: number) => unknown;

/** Operations per second of `run` during about `ms` milliseconds. */
function throughput(run: Run, ms: number): number {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < CYCLE; i++) if (run(i)) sink++;
    count += CYCLE;
  }
  return count / ((performance.now() - start) / 1000);
}

async function asyncThroughput(run: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    if (await run(count & (CYCLE - 1))) sink++;
    count++;
  }
  return count / ((performance.now() - start) / 1000);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Contenders take turns in short rounds, so a busy moment on the machine hits them all alike. */
async function compare(contenders: Record<string, Run>): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const run of Object.values(contenders)) for (let i = 0; i < 2 * CYCLE; i++) await run(i & (CYCLE - 1));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const rate =
        run(0) instanceof Promise
          ? await asyncThroughput(run as (i: number) => Promise<unknown>, ROUND_MS)
          : throughput(run, ROUND_MS);
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

// Check the contenders agree before comparing their speed: the floor with `match` on every
// complete combination of the newest edition, json-rules-engine with `match` on every edition's.
for (const facts of allCombinations(newest)) {
  const expected = handWritten(facts);
  const got = match(newest, facts);
  if (got.rule?.id !== expected.ruleId || got.status !== expected.status)
    throw new Error(`The hand-written switch and match disagree on ${JSON.stringify(facts)}`);
}
const engines = new Map(set.editions.map((table) => [table, jsonRulesEngineFor(table)]));
for (const [table, engine] of engines) {
  for (const facts of allCombinations(table)) {
    const events = (await engine.run(facts as Record<string, unknown>)).events;
    if (events.length !== 1 || events[0]?.params?.ruleId !== match(table, facts).rule?.id)
      throw new Error(
        `json-rules-engine and match disagree on ${JSON.stringify(facts)} in ${table.edition.id}`,
      );
  }
}

// zen-engine runs the JDM export: it must agree with match before it is timed.
const zens = new Map(set.editions.map((table) => [table, zenEngineFor(table)]));
for (const [table, zen] of zens) {
  for (const facts of allCombinations(table)) {
    if ((await zen.evaluate(facts)) !== match(table, facts).status)
      throw new Error(`zen-engine and match disagree on ${JSON.stringify(facts)} in ${table.edition.id}`);
  }
}

const editions = [...set.editions].reverse(); // oldest first, as the docs list them
const floorInputs = cycle(allCombinations(newest));
const contenders: Record<string, Run> = { floor: (i) => handWritten(floorInputs[i] as Facts).ruleId };
for (const table of editions) {
  const id = table.edition.id;
  const complete = cycle(allCombinations(table));
  const contextual = cycle(withContext(table, allCombinations(table)));
  const partial = cycle(partialFacts(table));
  const earlier = set.earlierThan(table);
  const engine = engines.get(table);
  contenders[`match ${id}`] = (i) => match(table, complete[i] as Facts).rule;
  contenders[`decide ${id}`] = (i) => decide(table, contextual[i] as Facts, { earlier }).steps;
  contenders[`partial ${id}`] = (i) => match(table, partial[i] as Facts).status;
  contenders[`decide partial ${id}`] = (i) => decide(table, partial[i] as Facts, { earlier }).status;
  contenders[`jre ${id}`] = async (i) =>
    (await engine?.run(complete[i] as Record<string, unknown>))?.events.length;
  const zen = zens.get(table);
  contenders[`zen ${id}`] = async (i) => zen?.evaluate(complete[i] as Facts as never);
}
const rates = await compare(contenders);
const floor = rates.floor as number;

const fmt = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)} M/s` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k/s` : `${n.toFixed(0)} /s`;
/** Time per call relative to the floor (2.00× = twice the floor's time), and the rate. */
const cell = (name: string) =>
  `${(floor / (rates[name] as number)).toFixed(2)}× (${fmt(rates[name] as number)})`;
const lines = [
  `### Evaluation: time per call relative to the hand-written \`switch\` of ${newest.edition.id} (median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms)`,
  '',
  `Floor: ${fmt(floor)}, 1.00×, over the ${allCombinations(newest).length} complete combinations of ${newest.edition.id}. Aims: \`match\` ≤ 2×, \`decide\` ≤ 20×.`,
  '',
  '| edition | decision facts (combinations) | `match` | `decide` (steps, trace, caveats) | `match`, partial facts | `decide`, partial facts | json-rules-engine 7.3.1 | zen-engine 0.54 (awaited) |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...editions.map((table) => {
    const id = table.edition.id;
    const facts = `${decisionFacts(table).length} (${allCombinations(table).length})`;
    return `| ${id} | ${facts} | ${cell(`match ${id}`)} | ${cell(`decide ${id}`)} | ${cell(`partial ${id}`)} | ${cell(`decide partial ${id}`)} | ${cell(`jre ${id}`)} | ${cell(`zen ${id}`)} |`;
  }),
  '',
  '### Verification time',
  '',
  '| table | rules | time |',
  '|---|---:|---:|',
];
for (const table of editions) {
  const cases = set.casesFor(table.edition.id);
  lines.push(
    `| shipped ${table.edition.id} (everything: regions, texts, links, ${cases?.cases.length ?? 0} test cases) | ${table.rules.length} | ${time(() => verify(table, { cases }), 50).toFixed(2)} ms |`,
  );
}
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
for (const zen of zens.values()) zen.dispose();
