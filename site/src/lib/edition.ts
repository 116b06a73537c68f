// What the site shows about each edition, computed once at build time from @multichannel/rules:
// its table, test cases, coverage and the verifier's report. The newest edition is the current
// one, shown at the site's root paths; older ones keep their pages under /editions/<id>/.
import {
  type CoverageEntry,
  coverageOf,
  type DecisionTable,
  type FactValue,
  type TestCase,
  type TestCases,
  type VerificationReport,
  verify,
} from '@multichannel/rules';
import { casesFor, editions, getEdition, latestEdition, previousOf } from '@multichannel/rules/editions';
import { prefixParam, SITE_LOCALES, type SiteLocale } from './locale.ts';
import { editionBase } from './paths.ts';

export { editions, getEdition, previousOf };

/** The edition the root pages (table, rules, checker, coverage) present: the newest one. */
export const current: DecisionTable = latestEdition;

export const isCurrent = (table: DecisionTable) => table.edition.id === current.edition.id;

export interface EditionView {
  table: DecisionTable;
  testCases: TestCases | undefined;
  cases: TestCase[];
  report: VerificationReport;
  coverage: CoverageEntry[];
}

const views = new Map<DecisionTable, EditionView>();

export function viewOf(table: DecisionTable): EditionView {
  let view = views.get(table);
  if (!view) {
    const testCases = casesFor(table.edition.id);
    view = {
      table,
      testCases,
      cases: testCases?.cases ?? [],
      report: verify(table, { cases: testCases }),
      coverage: coverageOf(table),
    };
    views.set(table, view);
  }
  return view;
}

export interface EditionPageProps {
  locale: SiteLocale;
  view: EditionView;
}

/**
 * getStaticPaths for a page every edition has in every locale under `[...prefix]`: the current
 * edition's at the root paths, older ones' under /editions/<id>/.
 */
export function perEdition() {
  return SITE_LOCALES.flatMap((locale) =>
    editions.map((table) => ({
      params: { prefix: prefixParam(locale, editionBase(table.edition.id)) },
      props: { locale, view: viewOf(table) } satisfies EditionPageProps,
    })),
  );
}

/** Rules that own at least one combination where `fact` has `value` (the table's filter). */
export function rulesWhere(view: EditionView, fact: string, value: FactValue): string[] {
  const owners = new Set(
    view.coverage.filter((e) => e.combination[fact] === value).flatMap((e) => e.ruleIds),
  );
  return view.table.rules.map((rule) => rule.id).filter((id) => owners.has(id));
}

// The coverage pages claim completeness; refuse to publish an edition that is not.
for (const table of editions) {
  const broken = viewOf(table).report.findings.filter((f) => f.kind === 'gap' || f.kind === 'overlap');
  if (broken.length > 0) {
    throw new Error(
      `Edition ${table.edition.id} is not complete and overlap-free:\n${broken.map((f) => f.message).join('\n')}`,
    );
  }
}
