// Property-based fuzz of table files: random mutations of every shipped edition go through
// `validate`, `decide` and `diff` in-process. Whatever the mutation, the CLI answers with exit
// 0, 1 or 2 and never a stack trace; a mutation that breaks an invariant never passes (exit 0).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, shipped } from '../test-support.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';

type Json = unknown;
interface Mutation {
  name: string;
  /** True when the mutated table must not validate. */
  breaks: boolean;
  apply(table: Record<string, Json>): void;
}

const PROTO_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

function pick<T>(items: T[], n: number): T {
  return items[n % items.length] as T;
}

const rulesOf = (t: Record<string, Json>) => t.rules as Record<string, Json>[];

/** Mutation families; `n` chooses the target within the table. */
const families: ((n: number, word: string) => Mutation)[] = [
  (n) => ({
    name: 'drop a required top-level field',
    breaks: true,
    apply: (t) => {
      delete t[pick(['edition', 'facts', 'statuses', 'rules', 'messages', 'steps', 'links'], n)];
    },
  }),
  (n) => ({
    name: 'duplicate a rule',
    breaks: true,
    apply: (t) => {
      const rules = rulesOf(t);
      rules.push(structuredClone(pick(rules, n)));
    },
  }),
  (n) => ({
    name: 'drop a rule',
    breaks: true,
    apply: (t) => {
      rulesOf(t).splice(n % rulesOf(t).length, 1);
    },
  }),
  (n) => ({
    name: 'retype a rule field',
    breaks: true,
    apply: (t) => {
      const rule = pick(rulesOf(t), n);
      rule[pick(['id', 'when', 'status', 'steps', 'title', 'source'], n >> 3)] = pick(
        [42, null, true, [], 'x y'],
        n >> 6,
      );
    },
  }),
  (n, word) => ({
    name: 'rename a step',
    breaks: true,
    apply: (t) => {
      const steps = t.steps as Record<string, Json>;
      const key = pick(Object.keys(steps), n);
      steps[`${key}-${word.toLowerCase().replace(/[^a-z]/g, '') || 'x'}`] = steps[key];
      delete steps[key];
    },
  }),
  (n) => ({
    name: 'a rule names a prototype-named step',
    breaks: true,
    apply: (t) => {
      (pick(rulesOf(t), n).steps as string[]).push(pick(PROTO_NAMES, n >> 3));
    },
  }),
  (n) => ({
    name: 'a rule title is a prototype-named message key',
    breaks: true,
    apply: (t) => {
      pick(rulesOf(t), n).title = pick(PROTO_NAMES.slice(0, 4), n >> 3);
    },
  }),
  (n) => ({
    name: 'drop a text in one locale',
    breaks: true,
    apply: (t) => {
      const locale = pick(['en', 'hu'] as const, n);
      const messages = (t.messages as Record<string, Record<string, Json>>)[locale] ?? {};
      // A table text that overrides a shared one falls back to it when dropped: not a break.
      const keys = Object.keys(messages).filter((k) => !Object.hasOwn(VOCABULARY_TEXTS[locale], k));
      if (keys.length) delete messages[pick(keys, n >> 1)];
      else messages['unused.key'] = 'x';
    },
  }),
  (n, word) => ({
    name: 'a condition names a value outside the fact',
    breaks: true,
    apply: (t) => {
      const rule = pick(rulesOf(t), n);
      rule.when = {
        ...(rule.when as object),
        channel: { in: [`${word.toLowerCase().replace(/[^a-z]/g, '') || 'x'}-nowhere`] },
      };
    },
  }),
  (n) => ({
    name: 'a rule gives an undeclared status',
    breaks: true,
    apply: (t) => {
      pick(rulesOf(t), n).status = 'maybe-later';
    },
  }),
  () => ({
    name: 'reorder the rules (harmless)',
    breaks: false,
    apply: (t) => {
      rulesOf(t).reverse();
    },
  }),
];

const results = { cases: 0, failures: 0, byFamily: new Map<string, number>() };
const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
let counter = 0;

function cli(argv: string[]) {
  const { code, stdout, stderr } = runCli(...argv);
  return { code, output: stdout + stderr };
}

describe('fuzzed table files', () => {
  for (const table of shipped.editions) {
    const id = table.edition.id;
    const cases = shipped.casesFor(id);
    it(`edition ${id}: every mutation gets exit 0, 1 or 2 and no stack trace; a breaking one never passes`, () => {
      fc.assert(
        fc.property(
          fc.nat(families.length - 1),
          fc.nat(1 << 12),
          fc.string({ maxLength: 8 }),
          (f, n, word) => {
            const mutation = (families[f] as (n: number, w: string) => Mutation)(n, word);
            const copy = structuredClone(table) as unknown as Record<string, Json>;
            mutation.apply(copy);
            const folder = join(dir, String(counter++));
            mkdirSync(folder);
            const file = join(folder, `${id}.table.json`);
            writeFileSync(file, JSON.stringify(copy));
            if (cases) writeFileSync(join(folder, `${id}.cases.json`), JSON.stringify(cases));
            results.cases++;
            results.byFamily.set(mutation.name, (results.byFamily.get(mutation.name) ?? 0) + 1);
            const outcomes = [
              cli(['validate', file]),
              cli(['decide', '--edition', file, '--json']),
              cli(['diff', id, file]),
            ];
            const ok = outcomes.every(
              ({ code, output }) => [0, 1, 2].includes(code) && !/\n\s+at .+:\d+:\d+/.test(output),
            );
            const validated = outcomes[0]?.code;
            const held = ok && (!mutation.breaks || validated !== 0);
            if (!held) results.failures++;
            expect(ok, `${mutation.name}: ${JSON.stringify(outcomes.map((o) => o.code))}`).toBe(true);
            if (mutation.breaks) expect(validated, `${mutation.name} passed validation`).not.toBe(0);
          },
        ),
        { numRuns: 100, seed: 20261201 + id.length },
      );
    });
  }
});

afterAll(() => {
  const root = join(import.meta.dirname, '..', '..', '..');
  mkdirSync(join(root, '.tmp', 'reliability'), { recursive: true });
  writeFileSync(
    join(root, '.tmp', 'reliability', 'rules-fuzz.json'),
    `${JSON.stringify(
      {
        suite: 'rules-fuzz',
        title: 'Table files mutated at random (rules CLI)',
        how: 'fast-check mutates every shipped edition (dropped, duplicated, renamed and retyped fields, prototype-named keys, values and statuses outside the vocabulary) and runs validate, decide and diff on each mutant in-process: exit codes must be 0, 1 or 2 with no stack trace, and a mutant that breaks an invariant must not validate.',
        cases: results.cases,
        failures: results.failures,
        details: [...results.byFamily].map(([name, count]) => `${name}: ${count}`),
      },
      null,
      2,
    )}\n`,
  );
});
