// The evaluator against a brute-force enumeration written independently of it: every completion
// of the partial facts is checked against every rule with the table's own conditions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import type { Condition, DecisionTable } from './schema.ts';
import { table, valuesOf } from './test-support.ts';

// The seed edition's vocabulary, read from its table.
type FactValue = string | boolean;
type DecisionFact = string;
type Known = Partial<Record<DecisionFact, FactValue>>;
const DECISION_FACT_NAMES = ['channel', 'billing', 'customerIsCspPartner'];
const CHANNELS = valuesOf('channel') as string[];
const BILLING_TYPES = valuesOf('billing') as string[];
const STATUSES = Object.keys(table.statuses);
const DOMAIN: Record<DecisionFact, readonly FactValue[]> = {
  channel: CHANNELS,
  billing: BILLING_TYPES,
  customerIsCspPartner: [true, false],
};

function holds(condition: Condition | undefined, value: FactValue): boolean {
  if (!condition || condition === 'any') return true;
  return 'in' in condition ? condition.in.includes(value) : !condition.notIn.includes(value);
}

function expand(known: Known): Record<DecisionFact, FactValue>[] {
  return DECISION_FACT_NAMES.reduce<Record<DecisionFact, FactValue>[]>(
    (partials, fact) =>
      partials.flatMap((p) =>
        (known[fact] === undefined ? (DOMAIN[fact] as FactValue[]) : [known[fact] as FactValue]).map((v) => ({
          ...p,
          [fact]: v,
        })),
      ),
    [{} as Record<DecisionFact, FactValue>],
  );
}

function statusesByBruteForce(t: DecisionTable, known: Known): Set<string> {
  return new Set(
    expand(known).map((combo) => {
      const matching = t.rules.filter((r) =>
        DECISION_FACT_NAMES.every((f) => holds(r.when[f], combo[f] as FactValue)),
      );
      expect(matching).toHaveLength(1);
      return (matching[0] as { status: string }).status;
    }),
  );
}

function smallestDeciding(t: DecisionTable, known: Known): DecisionFact[] {
  const unknown = DECISION_FACT_NAMES.filter((f) => known[f] === undefined);
  const subsets = [...Array(1 << unknown.length).keys()]
    .map((m) => unknown.filter((_, i) => m & (1 << i)))
    .sort((a, b) => a.length - b.length);
  return (
    subsets.find((subset) =>
      expandSubset(known, subset).every((answered) => statusesByBruteForce(t, answered).size === 1),
    ) ?? unknown
  );
}

function expandSubset(known: Known, subset: DecisionFact[]): Known[] {
  return subset.reduce<Known[]>(
    (acc, fact) => acc.flatMap((k) => (DOMAIN[fact] as FactValue[]).map((v) => ({ ...k, [fact]: v }))),
    [known],
  );
}

const partialFacts = fc.record(
  {
    channel: fc.constantFrom(...CHANNELS),
    billing: fc.constantFrom(...BILLING_TYPES),
    customerIsCspPartner: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('decide agrees with brute force', () => {
  it('on random partial facts: status, possible statuses and missing facts', () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const known: Known = { customerIsCspPartner: false, ...facts };
        const statuses = statusesByBruteForce(table, known);
        const decision = decide(table, facts);
        expect(decision.possible).toEqual(STATUSES.filter((s) => statuses.has(s)));
        if (statuses.size === 1) {
          expect(decision.status).toBe([...statuses][0]);
          expect(decision.missing).toEqual([]);
        } else {
          expect(decision.status).toBe('needs-info');
          expect(decision.missing).toEqual(smallestDeciding(table, known));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('decide agrees with brute force on every pattern of missing facts', () => {
  const options = <T>(values: readonly T[]) => [undefined, ...values];
  for (const channel of options(CHANNELS)) {
    for (const billing of options(BILLING_TYPES)) {
      for (const customerIsCspPartner of options([true, false])) {
        const facts = Object.fromEntries(
          Object.entries({ channel, billing, customerIsCspPartner }).filter(([, v]) => v !== undefined),
        );
        it(JSON.stringify(facts), () => {
          const known: Known = { customerIsCspPartner: false, ...facts };
          const statuses = statusesByBruteForce(table, known);
          const decision = decide(table, facts);
          expect(decision.status).toBe(statuses.size === 1 ? [...statuses][0] : 'needs-info');
          expect(decision.missing).toEqual(statuses.size === 1 ? [] : smallestDeciding(table, known));
        });
      }
    }
  }
});
