// Kept decisions (decision-cache.ts) against decisions built anew for each call: the same for
// every slot of every edition (each decision fact known as each value, or unknown), with the
// context facts varied, in both locales, with the earlier editions given, after the cache has
// seen every input in a shuffled order. Any two inputs that share a key but should not would
// differ here.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Decision, decide, decideAnew } from './decide.ts';
import { MAX_KEPT } from './decision-cache.ts';
import { readTableFile } from './editions-node.ts';
import { slotOf } from './match.ts';
import type { DecisionTable } from './schema.ts';
import { copyOfTable, shipped } from './test-support.ts';
import { contextFacts, decisionFacts, type Facts, factValues, LOCALES } from './vocabulary.ts';

const FIXTURE = new URL('../../test/fixtures/editions/2099-01.table.json', import.meta.url).pathname;

/** The seed edition with five more decision facts; the last one splits every rule in two statuses. */
function eightFactEdition(): DecisionTable {
  const table = copyOfTable();
  table.edition.id = '2099-08';
  for (const f of ['f1', 'f3', 'f4']) table.facts[f] = { use: 'decision', values: [true, false] };
  table.facts.f2 = { use: 'decision', values: [true, false], whenUnknown: false };
  table.facts.f5 = { use: 'decision', values: ['a', 'b', 'c'] };
  const actions = Object.keys(table.statuses).filter((s) => table.statuses[s]?.kind === 'action');
  table.rules = table.rules.flatMap((rule) => [
    { ...rule, when: { ...rule.when, f5: { in: ['a'] } } },
    {
      ...rule,
      id: `${rule.id}-not-a`,
      status: actions.find((s) => s !== rule.status) as string,
      when: { ...rule.when, f5: { notIn: ['a'] } },
    },
  ]);
  return table;
}

/** Every slot: each decision fact as each of its values or unknown. */
function slots(table: DecisionTable): Record<string, Facts[string]>[] {
  return decisionFacts(table).reduce<Record<string, Facts[string]>[]>(
    (all, fact) =>
      all.flatMap((facts) => [undefined, ...factValues(table, fact)].map((v) => ({ ...facts, [fact]: v }))),
    [{}],
  );
}

/**
 * Context facts unknown, as each value, as a value no edition declares (which an earlier edition
 * must not be asked with), and (for facts of many values) as none, one or two.
 */
function contexts(table: DecisionTable): Record<string, Facts[string]>[] {
  return contextFacts(table).reduce<Record<string, Facts[string]>[]>(
    (all, fact) => {
      const values = factValues(table, fact);
      const options: Facts[string][] = table.facts[fact]?.many
        ? [undefined, [], ...values.map((v) => [v]), values.slice(0, 2), [values[0] as string, UNDECLARED]]
        : [undefined, ...values, UNDECLARED];
      return all.flatMap((facts) => options.map((v) => ({ ...facts, [fact]: v })));
    },
    [{}],
  );
}

function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const UNDECLARED = 'a-value-no-edition-declares';
const MAX_INPUTS = 8_000;

function inputsOf(table: DecisionTable): Facts[] {
  const all = slots(table);
  const ctx = contexts(table);
  // Every slot, with as many context variants as keep the case count bounded (a stride over them).
  const stride = Math.max(1, Math.ceil((all.length * ctx.length) / MAX_INPUTS));
  const inputs: Facts[] = [];
  let n = 0;
  for (const facts of all) for (const c of ctx) if (n++ % stride === 0) inputs.push({ ...facts, ...c });
  // And every slot once, where that is not too many (the stride may skip some).
  if (stride > 1 && all.length <= MAX_INPUTS / 4)
    for (const [i, facts] of all.entries()) inputs.push({ ...facts, ...(ctx[i % ctx.length] as Facts) });
  return inputs;
}

const latest = shipped.latestEdition;
const editions: [string, DecisionTable, DecisionTable[]][] = [
  ...shipped.editions.map((t): [string, DecisionTable, DecisionTable[]] => [
    t.edition.id,
    t,
    shipped.earlierThan(t),
  ]),
  ['2099-01 (fixture)', readTableFile(FIXTURE), [...shipped.editions]],
  ['eight decision facts', eightFactEdition(), [...shipped.editions]],
];
// Its outcome does not follow from the slot of the later edition: looked up for each call, and
// a not-addressed decision is then made for the call.
const UNSHARED = `${latest.edition.id}, an earlier edition deciding on other facts`;
editions.push([UNSHARED, latest, [eightFactEdition(), ...shipped.earlierThan(latest)]]);
// A context condition on a value the edition does not declare: not keyed, built for each call.
const NOT_KEPT = `${latest.edition.id}, a context step on a value it does not declare`;
const oddCondition = structuredClone(latest);
for (const extra of oddCondition.contextSteps)
  for (const values of Object.values(extra.when)) (values as string[]).push(UNDECLARED);
editions.push([NOT_KEPT, oddCondition, shipped.earlierThan(latest)]);

/** The earlier editions as given, as a copy of that list, and in another order (another list). */
const EARLIER_VARIANTS = [
  (list: DecisionTable[]) => list,
  (list: DecisionTable[]) => [...list],
  (list: DecisionTable[]) => [...list].reverse(),
];

describe('kept decisions equal decisions built anew', () => {
  for (const [name, table, earlier] of editions) {
    it(`${name}: every slot, context facts varied, both locales, earlier editions given`, () => {
      // A fact only the earlier edition decides on, given or not: the later edition ignores it.
      const inputs =
        name === UNSHARED
          ? inputsOf(table).flatMap((facts, i) => [facts, { ...facts, f5: i % 2 ? 'a' : 'b' }])
          : inputsOf(table);
      const variant = (i: number) =>
        EARLIER_VARIANTS[i % EARLIER_VARIANTS.length] as (l: DecisionTable[]) => DecisionTable[];
      const seen = new Map<string, Decision>();
      for (const [i, facts] of shuffled(inputs, 7).entries()) {
        const locale = LOCALES[i % LOCALES.length];
        const v = i % EARLIER_VARIANTS.length;
        seen.set(
          `${locale} ${v} ${JSON.stringify(facts)}`,
          decide(table, facts, { locale, earlier: variant(v)(earlier) }),
        );
      }
      // A fresh copy of every table: nothing kept for it, so each part is built for the call.
      const fresh = structuredClone(table);
      const freshEarlier = structuredClone(earlier);
      const differ: string[] = [];
      const notShared: string[] = [];
      for (const [i, facts] of inputs.entries()) {
        for (const locale of LOCALES) {
          const v = i % EARLIER_VARIANTS.length;
          const input = `${locale} ${v} ${JSON.stringify(facts)}`;
          const kept = decide(table, facts, { locale, earlier: variant(v)(earlier) });
          if (
            !isDeepStrictEqual(kept, decideAnew(fresh, facts, { locale, earlier: variant(v)(freshEarlier) }))
          )
            differ.push(input);
          // The same facts get the very same frozen decision (for a list that only copies another, too).
          const shared = name !== NOT_KEPT && (name !== UNSHARED || kept.earlier === undefined);
          if (v === 0 && shared && seen.has(input) && seen.get(input) !== kept) notShared.push(input);
        }
      }
      expect(inputs.length).toBeGreaterThan(100);
      expect(differ.slice(0, 5)).toEqual([]);
      expect(notShared.slice(0, 5)).toEqual([]);
    });
  }

  it('keeps at most MAX_KEPT decisions per table and locale; past that, each is built for the call', () => {
    const table = eightFactEdition();
    const all = slots(table);
    const [context] = contextFacts(table);
    const values = factValues(table, context as string);
    const inputs = values.flatMap((v) => all.map((facts) => ({ ...facts, [context as string]: v })));
    expect(inputs.length).toBeGreaterThan(MAX_KEPT);
    for (const facts of inputs) decide(table, facts);
    const last = inputs.at(-1) as Facts;
    const again = decide(table, last);
    expect(again).not.toBe(decide(table, last));
    expect(again).toEqual(decideAnew(table, last));
    // The first ones are still kept.
    expect(decide(table, inputs[0] as Facts)).toBe(decide(table, inputs[0] as Facts));
  });

  it('reaches past the first six decision facts of a table (the slot loop)', () => {
    const table = eightFactEdition();
    expect(decisionFacts(table).length).toBe(8);
    const rule = table.rules.find((r) => r.when.f5 && Object.keys(r.when).length > 1);
    const when = Object.fromEntries(
      Object.entries(rule?.when ?? {}).map(([f, c]) => [
        f,
        typeof c === 'object' && 'in' in c ? c.in[0] : undefined,
      ]),
    );
    const a = decide(table, { ...when, f5: 'a' });
    const b = decide(table, { ...when, f5: 'b' });
    const unknown = decide(table, { ...when, f5: undefined });
    expect(a.status).not.toBe(b.status);
    expect(unknown.missing).toContain('f5');
    expect(slotOf(table, { ...when, f5: 'a' })).not.toBe(slotOf(table, { ...when, f5: 'b' }));
  });

  it('gives frozen decisions, so no caller can change what the next one gets', () => {
    const table = shipped.latestEdition;
    const facts = Object.fromEntries(decisionFacts(table).map((f) => [f, factValues(table, f)[0]]));
    const decision = decide(table, facts);
    expect(Object.isFrozen(decision)).toBe(true);
    expect(Object.isFrozen(decision.steps)).toBe(true);
    expect(() => (decision.steps as unknown[]).push('x')).toThrow(TypeError);
    expect(decide(table, facts)).toEqual(decideAnew(table, facts));
  });

  it('still names a decision fact given a value the edition does not declare', () => {
    const table = shipped.latestEdition;
    const [fact] = decisionFacts(table);
    expect(() => decide(table, { [fact as string]: 'no-such-value' })).toThrow(/not allowed/);
    expect(() =>
      decide(table, { [fact as string]: [factValues(table, fact as string)[0] as string] }),
    ).toThrow(/not allowed/);
  });
});
