// A rule in words, for the site's rule pages, the extension's panel and `explain`.
import { describeCondition } from './describe-condition.ts';
import { learnUrl } from './links.ts';
import { match } from './match.ts';
import type { DecisionTable, Rule, TestCase, TestCases } from './schema.ts';
import { type DecisionStep, describeSteps } from './steps.ts';
import { factLabel, message, statusLabel } from './texts.ts';
import { decisionFacts, type Locale } from './vocabulary.ts';

export interface RuleDescription {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  conditions: { fact: string; factLabel: string; text: string }[];
  rationale: string;
  steps: DecisionStep[];
  source: { url: string; title: string; section: string; date: string };
}

export class UnknownRuleError extends Error {
  constructor(table: DecisionTable, ruleId: string) {
    super(
      `No rule "${ruleId}" in edition ${table.edition.id}; its rules are: ${table.rules.map((r) => r.id).join(', ')}`,
    );
    this.name = 'UnknownRuleError';
  }
}

export function findRule(table: DecisionTable, ruleId: string): Rule {
  const rule = table.rules.find((r) => r.id === ruleId);
  if (!rule) throw new UnknownRuleError(table, ruleId);
  return rule;
}

export function describeRule(table: DecisionTable, ruleId: string, locale: Locale): RuleDescription {
  const rule = findRule(table, ruleId);
  const sourceLink = Object.hasOwn(table.links, rule.source.link) ? table.links[rule.source.link] : undefined;
  return {
    id: rule.id,
    title: message(table, locale, rule.title),
    status: rule.status,
    statusLabel: statusLabel(table, locale, rule.status),
    conditions: decisionFacts(table).map((fact) => ({
      fact,
      factLabel: factLabel(table, locale, fact),
      text: describeCondition(
        table,
        locale,
        fact,
        (Object.hasOwn(rule.when, fact) && rule.when[fact]) || 'any',
      ),
    })),
    rationale: message(table, locale, rule.rationale),
    steps: describeSteps(table, rule.steps, locale),
    source: {
      url: learnUrl(table, rule.source.link, locale),
      title: sourceLink ? message(table, locale, sourceLink.title) : rule.source.link,
      section: rule.source.section,
      date: rule.source.date,
    },
  };
}

/** The test cases that `ruleId` decides. */
export function casesDecidedBy(
  table: DecisionTable,
  cases: TestCases | undefined,
  ruleId: string,
): TestCase[] {
  return (cases?.cases ?? []).filter((c) => match(table, c.facts).rule?.id === ruleId);
}
