// The verifier: proves a table complete and free of overlaps over every combination of its
// decision facts, and checks everything around the rules (steps, links, texts, test cases).
import { conditionMatches } from '../condition.ts';
import { decide } from '../decide.ts';
import { allCombinations, ruleMatches, spaceOf } from '../decision-space.ts';
import { conditionInIds } from '../describe-condition.ts';
import { checkFacts } from '../facts.ts';
import { jsonPath } from '../parse-table.ts';
import type { Condition, DecisionTable, FactValue, TestCases } from '../schema.ts';
import { type Combination, LOCALES, ruleStatusesOf } from '../vocabulary.ts';
import { checkCaseNames, checkMessages } from './check-messages.ts';
import type { Finding, FindingKind } from './findings.ts';
import { analyzeRegions, type Region, valuesOf } from './regions.ts';

export type { Finding, FindingDocument, FindingKind } from './findings.ts';

export interface CoverageEntry {
  combination: Combination;
  ruleIds: string[];
}

export interface VerificationReport {
  edition: string;
  ok: boolean;
  findings: Finding[];
  combinations: number;
}

type Conditions = Record<string, Condition>;

/** The values of a fact that a condition allows, as a bitmask over the fact's values. */
function maskOf(domain: readonly FactValue[], condition: Condition | undefined): number {
  return domain.reduce((mask, value, i) => (conditionMatches(condition, value) ? mask | (1 << i) : mask), 0);
}

/** A region as rule conditions in the table's own vocabulary (a fact left out means any value). */
export function regionToConditions(table: DecisionTable, region: Region): Conditions {
  const space = spaceOf(table);
  const when: Conditions = {};
  space.facts.forEach((fact, i) => {
    const domain = space.domains[i] as readonly FactValue[];
    const values = valuesOf(region[i] as number).map((v) => domain[v] as FactValue);
    if (values.length === domain.length) return;
    const others = domain.filter((v) => !values.includes(v));
    when[fact] = values.length <= others.length ? { in: values } : { notIn: others };
  });
  return when;
}

function exampleOf(table: DecisionTable, region: Region): Combination {
  const space = spaceOf(table);
  return Object.fromEntries(
    space.facts.map((fact, i) => [fact, space.domains[i]?.[valuesOf(region[i] as number)[0] as number]]),
  ) as Combination;
}

function describeRegion(when: Conditions): string {
  const parts = Object.entries(when).map(([fact, condition]) => conditionInIds(fact, condition));
  return parts.length ? parts.join(', ') : 'every combination';
}

const ruleLabel = (table: DecisionTable, r: number) => `${table.rules[r]?.id} (rule #${r + 1})`;

function checkRegions(table: DecisionTable): Finding[] {
  const space = spaceOf(table);
  const rules = table.rules.map((rule) => ({
    id: rule.id,
    masks: space.facts.map((fact, i) =>
      maskOf(
        space.domains[i] as readonly FactValue[],
        Object.hasOwn(rule.when, fact) ? rule.when[fact] : undefined,
      ),
    ),
  }));
  const analysis = analyzeRegions(
    space.domains.map((d) => d.length),
    rules,
  );
  const findings: Finding[] = [];
  analysis.gaps.forEach((region, n) => {
    const when = regionToConditions(table, region);
    const example = exampleOf(table, region);
    const stub = {
      id: `new-rule-${n + 1}`,
      when,
      status: `<one of: ${ruleStatusesOf(table).join(', ')}>`,
      steps: [],
      title: `rule.new-rule-${n + 1}.title`,
      rationale: `rule.new-rule-${n + 1}.rationale`,
      source: table.edition.source,
    };
    findings.push({
      kind: 'gap',
      message: `No rule covers ${describeRegion(when)} (e.g. ${JSON.stringify(example)})`,
      rules: [],
      facts: Object.keys(when),
      path: '$.rules',
      document: 'table',
      detail: { when, example, stub },
    });
  });
  for (const overlap of analysis.overlaps) {
    const example = exampleOf(table, overlap.regions[0] as Region);
    findings.push({
      kind: 'overlap',
      message: `Rules ${overlap.rules.map((r) => ruleLabel(table, r)).join(' and ')} all match ${JSON.stringify(example)}; the hit policy is unique`,
      rules: overlap.rules.map((r) => table.rules[r]?.id as string),
      facts: [...space.facts],
      path: jsonPath(['rules', overlap.rules[overlap.rules.length - 1] as number, 'when']),
      document: 'table',
      detail: { example, regions: overlap.regions.map((region) => regionToConditions(table, region)) },
    });
  }
  for (const r of analysis.deadRules) {
    findings.push({
      kind: 'dead-rule',
      message: `Rule ${ruleLabel(table, r)} never decides: no combination of inputs is left to it alone`,
      rules: [table.rules[r]?.id as string],
      facts: [],
      path: jsonPath(['rules', r]),
      document: 'table',
    });
  }
  return findings;
}

function checkIds(table: DecisionTable): Finding[] {
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  table.rules.forEach((rule, r) => {
    const earlier = first.get(rule.id);
    if (earlier === undefined) {
      first.set(rule.id, r);
      return;
    }
    findings.push({
      kind: 'duplicate-rule-id',
      message: `Rule id ${rule.id} is used by rules #${earlier + 1} and #${r + 1}; ids must be unique`,
      rules: [rule.id],
      facts: [],
      path: jsonPath(['rules', r, 'id']),
      document: 'table',
    });
  });
  return findings;
}

function checkStepsAndLinks(table: DecisionTable): Finding[] {
  const findings: Finding[] = [];
  const usedSteps = new Set<string>();
  const usedLinks = new Set<string>();
  const stepIds = () => Object.keys(table.steps).join(', ');
  const linkIds = () => Object.keys(table.links).join(', ');
  const useStep = (id: string, by: string, rules: string[], path: PropertyKey[]) => {
    usedSteps.add(id);
    if (!Object.hasOwn(table.steps, id))
      findings.push({
        kind: 'unknown-step',
        message: `${by} names step "${id}", which is not in the steps catalog (${stepIds()})`,
        rules,
        facts: [],
        path: jsonPath(path),
        document: 'table',
      });
  };
  const useLink = (id: string, by: string, rules: string[], path: PropertyKey[]) => {
    usedLinks.add(id);
    if (!Object.hasOwn(table.links, id))
      findings.push({
        kind: 'unknown-link',
        message: `${by} names link "${id}", which is not in the links catalog (${linkIds()})`,
        rules,
        facts: [],
        path: jsonPath(path),
        document: 'table',
      });
  };
  useLink(table.edition.source.link, 'The edition source', [], ['edition', 'source', 'link']);
  table.rules.forEach((rule, r) => {
    rule.steps.forEach((step, s) => {
      if (rule.steps.indexOf(step) !== s)
        findings.push({
          kind: 'duplicate-step',
          message: `Rule ${rule.id} names step "${step}" twice; name it once`,
          rules: [rule.id],
          facts: [],
          path: jsonPath(['rules', r, 'steps', s]),
          document: 'table',
        });
      useStep(step, `Rule ${rule.id}`, [rule.id], ['rules', r, 'steps', s]);
    });
    useLink(rule.source.link, `The source of rule ${rule.id}`, [rule.id], ['rules', r, 'source', 'link']);
  });
  table.contextSteps.forEach((entry, i) => {
    entry.steps.forEach((step, s) => {
      useStep(step, `contextSteps[${i}]`, [], ['contextSteps', i, 'steps', s]);
    });
  });
  for (const [id, step] of Object.entries(table.steps))
    if (step.link) useLink(step.link, `Step ${id}`, [], ['steps', id, 'link']);
  for (const [id, caveat] of Object.entries(table.caveats))
    caveat.links.forEach((link, l) => {
      useLink(link, `Caveat ${id}`, [], ['caveats', id, 'links', l]);
    });
  for (const id of Object.keys(table.steps)) {
    if (!usedSteps.has(id))
      findings.push({
        kind: 'unused-step',
        message: `Step ${id} is defined but no rule uses it`,
        rules: [],
        facts: [],
        path: jsonPath(['steps', id]),
        document: 'table',
      });
  }
  for (const id of Object.keys(table.links)) {
    if (!usedLinks.has(id))
      findings.push({
        kind: 'unused-link',
        message: `Link ${id} is defined but nothing uses it`,
        rules: [],
        facts: [],
        path: jsonPath(['links', id]),
        document: 'table',
      });
  }
  return findings;
}

/** `evaluable` is false when gaps, overlaps or dangling ids make evaluation meaningless; those findings say why. */
function checkCases(table: DecisionTable, cases: TestCases | undefined, evaluable: boolean): Finding[] {
  const findings: Finding[] = [];
  if (cases && cases.edition !== table.edition.id) {
    findings.push({
      kind: 'cases-edition-mismatch',
      message: `The test cases are for edition ${cases.edition}, the table is edition ${table.edition.id}`,
      rules: [],
      facts: [],
      path: '$.edition',
      document: 'cases',
    });
  }
  if (cases) findings.push(...checkCaseNames(cases, LOCALES));
  const exercised = new Set<string>();
  const declared = new Set(Object.keys(table.facts));
  (cases?.cases ?? []).forEach((testCase, i) => {
    const problems = checkFacts(table, testCase.facts);
    for (const [j, fact] of (testCase.expect.missing ?? []).entries()) {
      if (!declared.has(fact))
        problems.push({
          fact,
          message: `expect.missing[${j}]: edition ${table.edition.id} has no fact "${fact}"`,
        });
    }
    if (!Object.hasOwn(table.statuses, testCase.expect.status))
      problems.push({
        fact: '',
        message: `expect.status: "${testCase.expect.status}" is not a status of edition ${table.edition.id}`,
      });
    if (problems.length) {
      findings.push({
        kind: 'case-invalid',
        message: `Test case "${testCase.name}": ${problems.map((p) => p.message).join('; ')}`,
        rules: [],
        facts: problems.map((p) => p.fact).filter(Boolean),
        path: jsonPath(['cases', i]),
        document: 'cases',
      });
      return;
    }
    if (!evaluable) return;
    const decision = decide(table, testCase.facts);
    if (decision.ruleId) exercised.add(decision.ruleId);
    const wrong: string[] = [];
    if (decision.status !== testCase.expect.status)
      wrong.push(`status ${decision.status}, expected ${testCase.expect.status}`);
    if (testCase.expect.ruleId !== undefined && decision.ruleId !== testCase.expect.ruleId)
      wrong.push(`rule ${decision.ruleId}, expected ${testCase.expect.ruleId}`);
    if (testCase.expect.missing && decision.missing.join(',') !== testCase.expect.missing.join(','))
      wrong.push(
        `missing [${decision.missing.join(', ')}], expected [${testCase.expect.missing.join(', ')}]`,
      );
    if (wrong.length) {
      findings.push({
        kind: 'case-failed',
        message: `Test case "${testCase.name}" gave ${wrong.join('; ')}`,
        rules: [
          ...new Set(
            [decision.ruleId, testCase.expect.ruleId].filter((r): r is string => typeof r === 'string'),
          ),
        ],
        facts: Object.keys(testCase.facts),
        path: jsonPath(['cases', i, 'expect']),
        document: 'cases',
        detail: {
          case: testCase,
          actual: { status: decision.status, ruleId: decision.ruleId, missing: decision.missing },
        },
      });
    }
  });
  if (!evaluable) return findings;
  table.rules.forEach((rule, r) => {
    if (!exercised.has(rule.id))
      findings.push({
        kind: 'rule-without-case',
        message: `Rule ${rule.id} has no test case`,
        rules: [rule.id],
        facts: [],
        path: jsonPath(['rules', r]),
        document: 'table',
      });
  });
  return findings;
}

/** Every complete combination of the decision facts and the rules that claim it. */
export function coverageOf(table: DecisionTable): CoverageEntry[] {
  return allCombinations(table).map((combination) => ({
    combination,
    ruleIds: table.rules.filter((rule) => ruleMatches(rule, combination)).map((rule) => rule.id),
  }));
}

/** The combinations that `ruleId` alone decides. */
export function ownedBy(table: DecisionTable, ruleId: string): Combination[] {
  return coverageOf(table)
    .filter((entry) => entry.ruleIds.length === 1 && entry.ruleIds[0] === ruleId)
    .map((entry) => entry.combination);
}

/** Findings that make evaluation meaningless: with any of them, test cases are not run. */
export const CASES_NEED_NONE_OF: ReadonlySet<FindingKind> = new Set([
  'gap',
  'overlap',
  'unknown-step',
  'unknown-link',
]);

export function verify(table: DecisionTable, options: { cases?: TestCases } = {}): VerificationReport {
  const structural = [...checkIds(table), ...checkRegions(table), ...checkStepsAndLinks(table)];
  const evaluable = !structural.some((f) => CASES_NEED_NONE_OF.has(f.kind));
  const findings = [
    ...structural,
    ...checkMessages(table, LOCALES),
    ...checkCases(table, options.cases, evaluable),
  ];
  return {
    edition: table.edition.id,
    ok: findings.length === 0,
    findings,
    combinations: spaceOf(table).size,
  };
}
