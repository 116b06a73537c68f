// Exact gap and overlap analysis over the whole input space, without enumerating it.
// Each rule is a box: one bitmask of allowed values per input. Walking the inputs in order, the
// values of the current input are split into classes that no active rule tells apart, and each
// class is followed with the rules that allow it. A leaf with no rule is a gap, one with several
// an overlap. Cost grows with the number of distinct leaves, not with the size of the space.

export type Region = number[];

export interface AbstractRule {
  id: string;
  masks: number[];
}

export interface RegionAnalysis {
  /** Uncovered boxes, merged where they differ in one input only. */
  gaps: Region[];
  /** Each group of rules that claim a common box, with every such box. */
  overlaps: { rules: number[]; regions: Region[] }[];
  /** Rules that own no input combination on their own. */
  deadRules: number[];
  /** Leaves owned by exactly one rule. */
  owned: { rule: number; region: Region }[];
}

export function analyzeRegions(domainSizes: number[], rules: AbstractRule[]): RegionAnalysis {
  const full = domainSizes.map((size) => (size >= 31 ? -1 >>> 0 : (1 << size) - 1));
  const gaps: Region[] = [];
  const overlapsByKey = new Map<string, { rules: number[]; regions: Region[] }>();
  const alive = new Set<number>();
  const owned: { rule: number; region: Region }[] = [];

  const walk = (level: number, active: number[], path: Region): void => {
    if (level === domainSizes.length) {
      if (active.length === 0) gaps.push(path);
      else if (active.length === 1) {
        alive.add(active[0] as number);
        owned.push({ rule: active[0] as number, region: path });
      } else {
        const key = active.join(',');
        const group = overlapsByKey.get(key) ?? { rules: active, regions: [] };
        group.regions.push(path);
        overlapsByKey.set(key, group);
      }
      return;
    }
    if (active.length === 0) {
      // Nothing below can be covered: the rest of the inputs range freely in one gap box.
      gaps.push([...path, ...full.slice(level)]);
      return;
    }
    let classes = [full[level] as number];
    for (const r of active) {
      const mask = (rules[r] as AbstractRule).masks[level] as number;
      const next: number[] = [];
      for (const c of classes) {
        const inside = c & mask;
        const outside = c & ~mask;
        if (inside) next.push(inside);
        if (outside) next.push(outside);
      }
      classes = next;
    }
    for (const c of classes) {
      walk(
        level + 1,
        active.filter((r) => ((rules[r] as AbstractRule).masks[level] as number) & c),
        [...path, c],
      );
    }
  };
  const satisfiable = rules
    .map((_, i) => i)
    .filter((i) => (rules[i] as AbstractRule).masks.every((m, l) => m & (full[l] as number)));
  walk(0, satisfiable, []);
  return {
    gaps: mergeRegions(gaps),
    overlaps: [...overlapsByKey.values()],
    deadRules: rules.map((_, i) => i).filter((i) => !alive.has(i)),
    owned,
  };
}

/** Merge boxes that agree on every input but one, until no two can be merged. */
export function mergeRegions(regions: Region[]): Region[] {
  let current = regions.map((r) => [...r]);
  const width = current[0]?.length ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < width; i++) {
      const byRest = new Map<string, Region>();
      for (const region of current) {
        const key = region.map((m, j) => (j === i ? '*' : m)).join(',');
        const same = byRest.get(key);
        if (same) {
          same[i] = (same[i] as number) | (region[i] as number);
          changed = true;
        } else byRest.set(key, region);
      }
      current = [...byRest.values()];
    }
  }
  return current;
}

export function valuesOf(mask: number): number[] {
  const values: number[] = [];
  for (let i = 0; mask >>> i; i++) if ((mask >>> i) & 1) values.push(i);
  return values;
}
