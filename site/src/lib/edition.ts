// What the site shows, computed once at build time from @multichannel/rules: the current
// edition, its test cases, and the verifier's report (whose coverage proves completeness).
import { type DecisionFact, type DecisionTable, decide, type TestCase, verify } from '@multichannel/rules';
import { casesFor, editions, latestEdition } from '@multichannel/rules/editions';

export { editions };

/** The edition the table, rule pages and checker present: the newest one. */
export const table: DecisionTable = latestEdition;
export const testCases = casesFor(table.edition.id);
export const cases: TestCase[] = testCases?.cases ?? [];
export const report = verify(table, { cases: testCases });

/** Complete combinations that exactly one rule, this one, owns. */
export function combinationsOwnedBy(ruleId: string) {
  return report.coverage.filter((entry) => entry.ruleIds.length === 1 && entry.ruleIds[0] === ruleId);
}

/** Test cases that the evaluator decides with this rule. */
export function casesDecidedBy(ruleId: string): TestCase[] {
  return cases.filter((testCase) => decide(table, testCase.facts).ruleId === ruleId);
}

/** Rules that own at least one combination where `fact` has `value` (the table's filter). */
export function rulesWhere(fact: DecisionFact, value: string | boolean): string[] {
  const owners = new Set(
    report.coverage.filter((e) => e.combination[fact] === value).flatMap((e) => e.ruleIds),
  );
  return table.rules.map((rule) => rule.id).filter((id) => owners.has(id));
}

// The coverage page claims completeness; refuse to publish a table that is not.
const broken = report.findings.filter((finding) => finding.kind === 'gap' || finding.kind === 'overlap');
if (broken.length > 0) {
  throw new Error(
    `Edition ${table.edition.id} is not complete and overlap-free:\n${broken.map((f) => f.message).join('\n')}`,
  );
}
