// A rule in words, for the site's rule pages, the extension's panel and `explain`.
import { describeCondition } from './describe-condition.ts';
import { learnUrl } from './links.ts';
import type { DecisionTable, Rule } from './schema.ts';
import { factLabel, message, statusLabel } from './texts.ts';
import { DECISION_FACT_NAMES, type DecisionFact, type Locale, type RuleStatus } from './vocabulary.ts';

export interface RuleDescription {
  id: string;
  title: string;
  status: RuleStatus;
  statusLabel: string;
  conditions: { fact: DecisionFact; factLabel: string; text: string }[];
  rationale: string;
  steps: { id: string; text: string; url: string | null }[];
  source: { url: string; title: string; section: string; date: string };
}

export function findRule(table: DecisionTable, ruleId: string): Rule {
  const rule = table.rules.find((r) => r.id === ruleId);
  if (!rule) {
    throw new Error(
      `No rule "${ruleId}" in edition ${table.edition.id}; its rules are: ${table.rules.map((r) => r.id).join(', ')}`,
    );
  }
  return rule;
}

export function describeRule(table: DecisionTable, ruleId: string, locale: Locale): RuleDescription {
  const rule = findRule(table, ruleId);
  const sourceLink = table.links[rule.source.link];
  return {
    id: rule.id,
    title: message(table, locale, rule.title),
    status: rule.status,
    statusLabel: statusLabel(locale, rule.status),
    conditions: DECISION_FACT_NAMES.map((fact) => ({
      fact,
      factLabel: factLabel(locale, fact),
      text: describeCondition(locale, fact, rule.when[fact] ?? 'any'),
    })),
    rationale: message(table, locale, rule.rationale),
    steps: rule.steps.map((id) => {
      const step = table.steps[id];
      return {
        id,
        text: step ? message(table, locale, step.message) : id,
        url: step?.link ? learnUrl(table, step.link, locale) : null,
      };
    }),
    source: {
      url: learnUrl(table, rule.source.link, locale),
      title: sourceLink ? message(table, locale, sourceLink.title) : rule.source.link,
      section: rule.source.section,
      date: rule.source.date,
    },
  };
}
