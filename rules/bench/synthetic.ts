// Synthetic decision tables for the verifier benchmark: a random decision tree over `inputs`
// inputs, each leaf a rule, so the table is complete and free of overlaps by construction
// (the verifier still has to prove it).
import type { AbstractRule } from '../src/verify/regions.ts';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticTable(
  inputs: number,
  rules: number,
  seed = 1,
): { sizes: number[]; rules: AbstractRule[] } {
  const next = random(seed);
  const sizes = Array.from({ length: inputs }, () => 2 + Math.floor(next() * 5));
  let boxes: number[][] = [sizes.map((size) => (1 << size) - 1)];
  while (boxes.length < rules) {
    const at = Math.floor(next() * boxes.length);
    const box = boxes[at] as number[];
    const splittable = box.map((mask, i) => (popcount(mask) > 1 ? i : -1)).filter((i) => i >= 0);
    if (splittable.length === 0) continue;
    const input = splittable[Math.floor(next() * splittable.length)] as number;
    const values = bits(box[input] as number);
    const cut = 1 + Math.floor(next() * (values.length - 1));
    const left = values.slice(0, cut).reduce((m, v) => m | (1 << v), 0);
    const right = (box[input] as number) & ~left;
    boxes = [
      ...boxes.slice(0, at),
      withMask(box, input, left),
      withMask(box, input, right),
      ...boxes.slice(at + 1),
    ];
  }
  return { sizes, rules: boxes.map((masks, i) => ({ id: `r${i}`, masks })) };
}

function withMask(box: number[], input: number, mask: number): number[] {
  return box.map((m, i) => (i === input ? mask : m));
}
function bits(mask: number): number[] {
  return [...Array(31).keys()].filter((i) => (mask >> i) & 1);
}
function popcount(mask: number): number {
  return bits(mask).length;
}
