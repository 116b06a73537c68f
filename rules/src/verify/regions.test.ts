import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AbstractRule, analyzeRegions, mergeRegions, valuesOf } from './regions.ts';

// Brute force: walk every cell of the space and count the rules that claim it.
function cellsOf(sizes: number[]): number[][] {
  return sizes.reduce<number[][]>(
    (acc, size) => acc.flatMap((cell) => [...Array(size).keys()].map((v) => [...cell, v])),
    [[]],
  );
}
const inRegion = (masks: number[], cell: number[]) => cell.every((v, i) => ((masks[i] as number) >> v) & 1);

const tables = fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 4 }).chain((sizes) =>
  fc.record({
    sizes: fc.constant(sizes),
    rules: fc.array(
      fc
        .array(fc.integer({ min: 0, max: 15 }), { minLength: sizes.length, maxLength: sizes.length })
        .map((masks) => masks.map((m, i) => m & ((1 << (sizes[i] as number)) - 1))),
      { maxLength: 6 },
    ),
  }),
);

describe('analyzeRegions', () => {
  it('finds exactly the uncovered and overlapping cells, on random tables', () => {
    fc.assert(
      fc.property(tables, ({ sizes, rules }) => {
        const rulesWithIds: AbstractRule[] = rules.map((masks, i) => ({ id: `r${i}`, masks }));
        const analysis = analyzeRegions(sizes, rulesWithIds);
        for (const cell of cellsOf(sizes)) {
          const claiming = rulesWithIds
            .map((r, i) => (inRegion(r.masks, cell) ? i : -1))
            .filter((i) => i >= 0);
          const inGap = analysis.gaps.filter((g) => inRegion(g, cell)).length;
          expect(inGap).toBe(claiming.length === 0 ? 1 : 0);
          const overlap = analysis.overlaps.filter((o) => o.regions.some((r) => inRegion(r, cell)));
          expect(overlap.map((o) => o.rules)).toEqual(claiming.length > 1 ? [claiming] : []);
        }
        const alone = new Set(
          cellsOf(sizes)
            .map((cell) =>
              rulesWithIds.map((r, i) => (inRegion(r.masks, cell) ? i : -1)).filter((i) => i >= 0),
            )
            .filter((c) => c.length === 1)
            .map((c) => c[0]),
        );
        expect(analysis.deadRules).toEqual(rulesWithIds.map((_, i) => i).filter((i) => !alone.has(i)));
      }),
      { numRuns: 300 },
    );
  });

  it('merges boxes that differ in one input only', () => {
    expect(
      mergeRegions([
        [0b01, 0b1],
        [0b10, 0b1],
        [0b01, 0b10],
      ]),
    ).toEqual([
      [0b11, 0b1],
      [0b01, 0b10],
    ]);
  });

  it('lists the values of a mask', () => {
    expect(valuesOf(0b1011)).toEqual([0, 1, 3]);
  });
});
