// Size budgets (a size check, not a timed test): the table and rule pages ship no JavaScript of
// ours, only Starlight's own (search, menus, theme); everything the checker page loads for its
// island (own code, Preact, Astro's island loader) is ≤ 15 KB gzipped.
import { LOCALES, VOCABULARY_TEXTS } from '@multichannel/rules';
import { describe, expect, it } from 'vitest';
import {
  ISLAND_BUDGET_BYTES,
  islandSizes,
  lazyChunks,
  PLANNER_ISLAND_BUDGET_BYTES,
  PLANNER_LAZY_BUDGET_BYTES,
  pageScripts,
} from './bundle.ts';
import { PAGES, readDist } from './dist.ts';

/** Hand-written Markdown pages without components that run in the browser: only Starlight. */
const STARLIGHT_ONLY = ['/extension/', '/hu/extension/', '/', '/hu/'];
const baseline = STARLIGHT_ONLY.map(pageScripts);
const starlightAssets = new Set(baseline.flatMap((p) => [...p.assets]));
const starlightInline = new Set(baseline.flatMap((p) => [...p.inline]));

const tableAndRulePages = PAGES.filter((p) => /^(\/hu)?\/(table|rules)\//.test(p));

describe('size budgets', () => {
  it('checks the table and every rule page', () => {
    expect(tableAndRulePages.length).toBeGreaterThan(10);
  });

  for (const page of tableAndRulePages) {
    it(`${page} ships no JavaScript of ours`, () => {
      const scripts = pageScripts(page);
      expect(scripts.islands).toBe(0);
      expect([...scripts.assets].filter((a) => !starlightAssets.has(a))).toEqual([]);
      expect([...scripts.inline].filter((s) => !starlightInline.has(s))).toEqual([]);
    });
  }

  for (const page of ['/checker/', '/hu/checker/']) {
    it(`${page}: the checker island, framework and loader included, is at most 15 KB gzipped`, () => {
      const [island, ...others] = islandSizes(page);
      expect(others).toEqual([]);
      expect(island?.loaderGzip).toBeGreaterThan(0);
      expect(island?.totalGzip).toBeLessThanOrEqual(ISLAND_BUDGET_BYTES);
    });
  }

  for (const page of ['/plan/', '/hu/plan/']) {
    it(`${page}: the planner island's first load is at most ${PLANNER_ISLAND_BUDGET_BYTES / 1024} KB gzipped, without the importers`, () => {
      const [island, ...others] = islandSizes(page);
      expect(others).toEqual([]);
      expect(island?.loaderGzip).toBeGreaterThan(0);
      expect(island?.totalGzip).toBeLessThanOrEqual(PLANNER_ISLAND_BUDGET_BYTES);
      // zod and papaparse are in the lazily loaded chunk, not in the first load.
      const first = (island?.files ?? []).map(readDist).join('\n');
      expect(first).not.toMatch(/_zod|\$ZodType/);
      expect(first).not.toContain('UndetectableDelimiter');
    });

    it(`${page}: what the planner loads on the first file is at most ${PLANNER_LAZY_BUDGET_BYTES / 1024} KB gzipped`, () => {
      const [island] = islandSizes(page);
      if (!island) throw new Error(`no island on ${page}`);
      const lazy = lazyChunks(island);
      // The chunk exists and holds the importers (zod): the split happened.
      expect(lazy.files.length).toBeGreaterThan(0);
      expect(lazy.files.map(readDist).join('\n')).toMatch(/_zod|\$ZodType/);
      expect(lazy.gzip).toBeLessThanOrEqual(PLANNER_LAZY_BUDGET_BYTES);
    });
  }

  // What keeps it small: the page passes its locale's texts in, and URL answers are checked
  // without zod. Either regressing would show here before it shows in the total.
  it('the island bundles neither zod nor any locale of the rules vocabulary', () => {
    const [island] = islandSizes('/checker/');
    const code = (island?.files ?? []).map(readDist).join('\n');
    expect(code).not.toMatch(/_zod|\$ZodType/);
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(VOCABULARY_TEXTS[locale])) {
        if (key.startsWith('question.')) expect(code, `${locale} ${key}`).not.toContain(text);
      }
    }
  });
});
