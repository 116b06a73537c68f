// Every text a table or the shared vocabulary needs must exist in every locale, and nothing may
// sit in a catalog unused (a sign of a renamed or removed rule, step or link).

import { formatJsonPath } from '../json-path.ts';
import { OFFER_KINDS } from '../offer-id.ts';
import type { DecisionTable } from '../schema.ts';
import {
  CHANNELS,
  CLOUDS,
  DECISION_FACTS,
  FACT_NAMES,
  type Locale,
  PARTNER_TYPES,
  ROLES,
  STATUSES,
} from '../vocabulary.ts';
import type { Finding } from './findings.ts';

/** The keys of the shared vocabulary (locales/*.json) that code asks for. */
export function vocabularyKeys(): string[] {
  const values: Record<string, readonly unknown[]> = {
    ...DECISION_FACTS,
    channel: CHANNELS,
    partnerType: PARTNER_TYPES,
    roles: ROLES,
    cloud: CLOUDS,
  };
  return [
    ...FACT_NAMES.flatMap((fact) => [`fact.${fact}`, `question.${fact}`]),
    ...Object.entries(values).flatMap(([fact, vs]) => vs.map((v) => `value.${fact}.${String(v)}`)),
    ...STATUSES.flatMap((s) => [`status.${s}`, `status.${s}.short`, `status.${s}.description`]),
    ...OFFER_KINDS.map((kind) => `offer.${kind}`),
    'assumption.customerIsCspPartner',
    'condition.any',
    'condition.in',
    'condition.notIn',
    'condition.or',
    'trace.unknown',
    'trace.entry',
  ];
}

/** The keys of an edition's own messages that its rules, steps, links and caveats name. */
export function editionKeys(table: DecisionTable): string[] {
  return [
    table.edition.title,
    ...table.rules.flatMap((rule) => [rule.title, rule.rationale]),
    ...Object.values(table.steps).map((step) => step.message),
    ...Object.values(table.links).map((link) => link.title),
    ...Object.values(table.caveats).map((caveat) => caveat.message),
  ];
}

function compare(
  catalog: string,
  texts: Record<string, string>,
  wanted: string[],
  locale: Locale,
  ruleOf: (key: string) => string[],
  // Where this locale's texts sit: in the table's messages, or a shared locale file of its own.
  at: Pick<Finding, 'document'> & { prefix: PropertyKey[] },
): Finding[] {
  const want = new Set(wanted);
  const findings: Finding[] = [];
  for (const key of want) {
    if (!(key in texts)) {
      findings.push({
        kind: 'missing-message',
        message: `No ${locale} text for "${key}" in ${catalog}`,
        rules: ruleOf(key),
        facts: [],
        path: formatJsonPath(at.prefix),
        ...(at.document ? { document: at.document } : {}),
        detail: { locale, key, catalog },
      });
    }
  }
  for (const key of Object.keys(texts)) {
    if (!want.has(key)) {
      findings.push({
        kind: 'unused-message',
        message: `The ${locale} text "${key}" in ${catalog} is not used`,
        rules: [],
        facts: [],
        path: formatJsonPath([...at.prefix, key]),
        ...(at.document ? { document: at.document } : {}),
        detail: { locale, key, catalog },
      });
    }
  }
  return findings;
}

export function checkMessages(
  table: DecisionTable,
  vocabulary: Record<Locale, Record<string, string>>,
  locales: readonly Locale[],
): Finding[] {
  const ruleOf = (key: string) =>
    table.rules.filter((r) => r.title === key || r.rationale === key).map((r) => r.id);
  return locales.flatMap((locale) => [
    ...compare(
      `edition ${table.edition.id} messages`,
      table.messages[locale],
      editionKeys(table),
      locale,
      ruleOf,
      { prefix: ['messages', locale] },
    ),
    ...compare(
      'the shared vocabulary (rules/locales)',
      vocabulary[locale],
      vocabularyKeys(),
      locale,
      () => [],
      { prefix: [], document: 'vocabulary' },
    ),
  ]);
}
