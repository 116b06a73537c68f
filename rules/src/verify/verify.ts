// The verifier: proves a table complete and free of overlaps over every combination of inputs,
// and checks everything around the rules (steps, links, texts, test cases).
import { conditionMatches } from '../condition.ts';
import { decide } from '../decide.ts';
import { allCombinations, type Combination, ruleMatches } from '../decision-space.ts';
import { formatJsonPath } from '../json-path.ts';
import type { Condition, DecisionTable, TestCases } from '../schema.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';
import {
  DECISION_FACT_NAMES,
  DECISION_FACTS,
  type DecisionFact,
  type FactValue,
  LOCALES,
  RuleStatus,
} from '../vocabulary.ts';
import { checkMessages } from './check-messages.ts';
import type { Finding, FindingKind } from './findings.ts';
import { analyzeRegions, type Region, valuesOf } from './regions.ts';

export type { Finding } from './findings.ts';

export interface CoverageEntry {
  combination: Combination;
  ruleIds: string[];
}

export interface VerificationReport {
  edition: string;
  ok: boolean;
  findings: Finding[];
  /** Every complete combination of the decision facts and the rules that claim it. */
  coverage: CoverageEntry[];
  combinations: number;
}

const DOMAINS = DECISION_FACT_NAMES.map((fact) => DECISION_FACTS[fact] as readonly FactValue[]);

/** The values of `fact` a condition allows, as a bitmask over the fact's vocabulary. */
function maskOf(fact: DecisionFact, condition: Condition | undefined): number {
  const domain = DECISION_FACTS[fact] as readonly FactValue[];
  return domain.reduce((mask, value, i) => (conditionMatches(condition, value) ? mask | (1 << i) : mask), 0);
}

/** A region as rule conditions in the table's own vocabulary (a fact left out means any value). */
export function regionToConditions(region: Region): Partial<Record<DecisionFact, Condition>> {
  const when: Partial<Record<DecisionFact, Condition>> = {};
  DECISION_FACT_NAMES.forEach((fact, i) => {
    const domain = DOMAINS[i] as readonly FactValue[];
    const values = valuesOf(region[i] as number).map((v) => domain[v] as FactValue);
    if (values.length === domain.length) return;
    const others = domain.filter((v) => !values.includes(v));
    when[fact] = values.length <= others.length ? { in: values } : { notIn: others };
  });
  return when;
}

function exampleOf(region: Region): Combination {
  // Filled fact by fact from the vocabulary, so each value is of its fact's type.
  const combination = {} as Record<DecisionFact, FactValue>;
  DECISION_FACT_NAMES.forEach((fact, i) => {
    combination[fact] = (DOMAINS[i] as readonly FactValue[])[
      valuesOf(region[i] as number)[0] as number
    ] as FactValue;
  });
  return combination as Combination;
}

function describeRegion(when: Partial<Record<DecisionFact, Condition>>): string {
  const parts = Object.entries(when).map(([fact, c]) =>
    c === 'any'
      ? `${fact}=any`
      : 'in' in c
        ? `${fact} in [${c.in.join(', ')}]`
        : `${fact} not in [${c.notIn.join(', ')}]`,
  );
  return parts.length ? parts.join(', ') : 'every combination';
}

function checkRegions(table: DecisionTable): Finding[] {
  const rules = table.rules.map((rule) => ({
    id: rule.id,
    masks: DECISION_FACT_NAMES.map((fact) => maskOf(fact, rule.when[fact])),
  }));
  const analysis = analyzeRegions(
    DOMAINS.map((d) => d.length),
    rules,
  );
  const findings: Finding[] = [];
  analysis.gaps.forEach((region, n) => {
    const when = regionToConditions(region);
    const stub = {
      id: `new-rule-${n + 1}`,
      when,
      status: `<one of: ${RuleStatus.options.join(', ')}>`,
      steps: [],
      title: `rule.new-rule-${n + 1}.title`,
      rationale: `rule.new-rule-${n + 1}.rationale`,
      source: table.edition.source,
    };
    findings.push({
      kind: 'gap',
      message: `No rule covers ${describeRegion(when)} (e.g. ${JSON.stringify(exampleOf(region))})`,
      rules: [],
      facts: Object.keys(when),
      path: '$.rules',
      detail: { when, example: exampleOf(region), stub },
    });
  });
  // Position numbers tell apart two rules that share an id.
  const label = (r: number) => `${(table.rules[r] as { id: string }).id} (rule #${r + 1})`;
  for (const overlap of analysis.overlaps) {
    const ids = overlap.rules.map((r) => (table.rules[r] as { id: string }).id);
    const example = exampleOf(overlap.regions[0] as Region);
    findings.push({
      kind: 'overlap',
      message: `Rules ${overlap.rules.map(label).join(' and ')} all match ${JSON.stringify(example)}; the hit policy is unique`,
      rules: ids,
      facts: [...DECISION_FACT_NAMES],
      // The last rule of the group is the one that adds the overlap.
      path: formatJsonPath(['rules', Math.max(...overlap.rules)]),
      detail: { example, regions: overlap.regions.map(regionToConditions) },
    });
  }
  for (const r of analysis.deadRules) {
    const rule = table.rules[r] as { id: string };
    findings.push({
      kind: 'dead-rule',
      message: `Rule ${label(r)} never decides: no combination of inputs is left to it alone`,
      rules: [rule.id],
      facts: [],
      path: formatJsonPath(['rules', r]),
    });
  }
  return findings;
}

function checkIds(table: DecisionTable): Finding[] {
  const seen = new Map<string, number[]>();
  table.rules.forEach((rule, i) => {
    seen.set(rule.id, [...(seen.get(rule.id) ?? []), i]);
  });
  return [...seen]
    .filter(([, at]) => at.length > 1)
    .map(([id, at]) => ({
      kind: 'duplicate-rule-id' as const,
      message: `Rule id ${id} is used by ${at.length} rules; ids must be unique`,
      rules: [id],
      facts: [],
      path: formatJsonPath(['rules', at[1] as number, 'id']),
    }));
}

function checkStepsAndLinks(table: DecisionTable): Finding[] {
  const findings: Finding[] = [];
  const usedSteps = new Set<string>();
  const usedLinks = new Set<string>([table.edition.source.link]);
  const useStep = (id: string, by: string, rules: string[], path: PropertyKey[]) => {
    usedSteps.add(id);
    if (!table.steps[id]) {
      findings.push({
        kind: 'unknown-step',
        message: `${by} names step "${id}", which is not in the steps catalog (${Object.keys(table.steps).join(', ')})`,
        rules,
        facts: [],
        path: formatJsonPath(path),
      });
    }
  };
  const useLink = (id: string, by: string, rules: string[], path: PropertyKey[]) => {
    usedLinks.add(id);
    if (!table.links[id]) {
      findings.push({
        kind: 'unknown-link',
        message: `${by} names link "${id}", which is not in the links catalog (${Object.keys(table.links).join(', ')})`,
        rules,
        facts: [],
        path: formatJsonPath(path),
      });
    }
  };
  table.rules.forEach((rule, r) => {
    rule.steps.forEach((step, s) => {
      useStep(step, `Rule ${rule.id}`, [rule.id], ['rules', r, 'steps', s]);
    });
    useLink(rule.source.link, `The source of rule ${rule.id}`, [rule.id], ['rules', r, 'source', 'link']);
  });
  for (const type of ['any', 'direct', 'indirect-provider', 'indirect-reseller'] as const) {
    table.partnerTypeSteps[type].forEach((step, s) => {
      useStep(step, `partnerTypeSteps.${type}`, [], ['partnerTypeSteps', type, s]);
    });
  }
  for (const [id, step] of Object.entries(table.steps))
    if (step.link) useLink(step.link, `Step ${id}`, [], ['steps', id, 'link']);
  for (const [id, caveat] of Object.entries(table.caveats)) {
    caveat.links.forEach((link, l) => {
      useLink(link, `Caveat ${id}`, [], ['caveats', id, 'links', l]);
    });
  }
  for (const id of Object.keys(table.steps)) {
    if (!usedSteps.has(id))
      findings.push({
        kind: 'unused-step',
        message: `Step ${id} is defined but no rule uses it`,
        rules: [],
        facts: [],
        path: formatJsonPath(['steps', id]),
      });
  }
  for (const id of Object.keys(table.links)) {
    if (!usedLinks.has(id))
      findings.push({
        kind: 'unused-link',
        message: `Link ${id} is defined but nothing uses it`,
        rules: [],
        facts: [],
        path: formatJsonPath(['links', id]),
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
  for (const [c, testCase] of (cases?.cases ?? []).entries()) {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      if (!testCase.names?.[locale]) {
        findings.push({
          kind: 'missing-message',
          message: `No ${locale} name for test case "${testCase.name}"`,
          rules: testCase.expect.ruleId ? [testCase.expect.ruleId] : [],
          facts: [],
          path: formatJsonPath(['cases', c, ...(testCase.names ? ['names'] : [])]),
          document: 'cases',
          detail: { locale, key: testCase.name, catalog: 'test cases' },
        });
      }
    }
  }
  const exercised = new Set<string>();
  if (!evaluable) return findings;
  for (const [c, testCase] of (cases?.cases ?? []).entries()) {
    const decision = decide(table, testCase.facts);
    if (decision.ruleId) exercised.add(decision.ruleId);
    const wrong: string[] = [];
    if (decision.status !== testCase.expect.status)
      wrong.push(`status ${decision.status}, expected ${testCase.expect.status}`);
    if (testCase.expect.ruleId !== undefined && decision.ruleId !== testCase.expect.ruleId) {
      wrong.push(`rule ${decision.ruleId}, expected ${testCase.expect.ruleId}`);
    }
    if (testCase.expect.missing && decision.missing.join(',') !== testCase.expect.missing.join(',')) {
      wrong.push(
        `missing [${decision.missing.join(', ')}], expected [${testCase.expect.missing.join(', ')}]`,
      );
    }
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
        path: formatJsonPath(['cases', c, 'expect']),
        document: 'cases',
        detail: {
          case: testCase,
          actual: { status: decision.status, ruleId: decision.ruleId, missing: decision.missing },
        },
      });
    }
  }
  table.rules.forEach((rule, r) => {
    if (!exercised.has(rule.id)) {
      findings.push({
        kind: 'rule-without-case',
        message: `Rule ${rule.id} has no test case`,
        rules: [rule.id],
        facts: [],
        path: formatJsonPath(['rules', r]),
      });
    }
  });
  return findings;
}

export function coverageOf(table: DecisionTable): CoverageEntry[] {
  return allCombinations().map((combination) => ({
    combination,
    ruleIds: table.rules.filter((rule) => ruleMatches(rule, combination)).map((rule) => rule.id),
  }));
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
    ...checkMessages(table, VOCABULARY_TEXTS, LOCALES),
    ...checkCases(table, options.cases, evaluable),
  ];
  const coverage = coverageOf(table);
  return {
    edition: table.edition.id,
    ok: findings.length === 0,
    findings,
    coverage,
    combinations: coverage.length,
  };
}
