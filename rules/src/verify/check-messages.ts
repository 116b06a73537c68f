// Every text a table needs must exist in every locale, in the table's messages or in the shared
// texts; nothing may sit in the table's messages unused (a sign of a renamed or removed rule,
// step or link), and no shared text may be unused by every shipped edition.

import { OFFER_KINDS } from '../offer-id.ts';
import { jsonPath } from '../parse-table.ts';
import type { DecisionTable, TestCases } from '../schema.ts';
import { hasMessage, textKey } from '../texts.ts';
import { type Locale, statusesOf } from '../vocabulary.ts';
import type { Finding } from './findings.ts';

/** The shared texts that code asks for whatever the edition. */
export const EVALUATOR_KEYS: readonly string[] = [
  ...OFFER_KINDS.map((kind) => `offer.${kind}`),
  'condition.any',
  'condition.in',
  'condition.notIn',
  'condition.or',
  'trace.unknown',
  'trace.entry',
  // The CLI's headings (rules/src/cli), so `--locale hu` localizes every line.
  'cli.edition',
  'cli.edition-rule',
  'cli.earlier',
  'cli.no-earlier',
  'cli.to-decide',
  'cli.still-possible',
  'cli.next-steps',
  'cli.why',
  'cli.assumed',
  'cli.caveat',
  'cli.roles-may-act',
  'cli.roles-may-not-act',
  'cli.outcome',
  'cli.when',
  'cli.why-inline',
  'cli.source',
  'cli.owns',
  'cli.cases',
  'cli.valid',
  'cli.invalid',
  'cli.stub',
  'cli.diff-summary',
  'cli.diff-renamed',
  'cli.no-such-value',
  // The report formats (rules/src/cli/report).
  'cli.where',
  'cli.diff-heading',
  'cli.diff-none',
  'cli.diff-changed',
  'cli.diff-before',
  'cli.diff-after',
  'cli.diff-status',
  'cli.diff-rule-before',
  'cli.diff-rule-after',
  'cli.newest',
  'cli.edition-date',
  'cli.edition-source',
  // The GitHub Action's job summary (rules/src/action), in the `locale` input's language.
  ...[
    'title',
    'table',
    'edition',
    'verdict',
    'unreadable',
    'clean',
    'findings',
    'no-base',
    'diff-against',
    'not-compared-unreadable',
    'not-compared-no-base',
    'new-file',
    'not-compared',
    'base-unfetchable',
    'no-tables',
    'bad-locale',
  ].map((key) => `action.${key}`),
];

/** Every text key an edition needs, each with the rules it belongs to. */
export function editionKeys(table: DecisionTable): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const want = (key: string, rule?: string) => {
    const rules = keys.get(key) ?? [];
    if (rule && !rules.includes(rule)) rules.push(rule);
    keys.set(key, rules);
  };
  for (const [fact, declaration] of Object.entries(table.facts)) {
    want(textKey.fact(fact));
    want(textKey.question(fact));
    for (const value of declaration.values) want(textKey.value(fact, value));
    if (declaration.whenUnknown !== undefined) want(textKey.assumption(fact));
  }
  for (const status of statusesOf(table)) {
    want(textKey.status(status));
    want(textKey.statusShort(status));
    want(textKey.statusDescription(status));
  }
  want(table.edition.title);
  want(table.edition.dateEvidence);
  if (table.edition.changes) want(table.edition.changes);
  for (const rule of table.rules) {
    want(rule.title, rule.id);
    want(rule.rationale, rule.id);
  }
  for (const step of Object.values(table.steps)) want(step.message);
  for (const link of Object.values(table.links)) want(link.title);
  for (const caveat of Object.values(table.caveats)) want(caveat.message);
  return keys;
}

export function checkMessages(table: DecisionTable, locales: readonly Locale[]): Finding[] {
  const wanted = editionKeys(table);
  const findings: Finding[] = [];
  for (const locale of locales) {
    for (const [key, rules] of wanted) {
      if (!hasMessage(table, locale, key))
        findings.push({
          kind: 'missing-message',
          message: `No ${locale} text for "${key}" in edition ${table.edition.id} messages or the shared texts`,
          rules,
          facts: [],
          path: jsonPath(['messages', locale]),
          document: 'table',
          detail: { locale, key, catalog: `edition ${table.edition.id} messages` },
        });
    }
    for (const key of Object.keys(table.messages[locale])) {
      if (!wanted.has(key))
        findings.push({
          kind: 'unused-message',
          message: `The ${locale} text "${key}" in edition ${table.edition.id} messages is not used`,
          rules: [],
          facts: [],
          path: jsonPath(['messages', locale, key]),
          document: 'table',
          detail: { locale, key, catalog: `edition ${table.edition.id} messages` },
        });
    }
  }
  return findings;
}

export function checkCaseNames(cases: TestCases, locales: readonly Locale[]): Finding[] {
  return cases.cases.flatMap((testCase, i) =>
    locales
      .filter((l) => l !== 'en' && !(testCase.names as Record<string, string> | undefined)?.[l])
      .map((locale) => ({
        kind: 'missing-message' as const,
        message: `No ${locale} name for test case "${testCase.name}"`,
        rules: testCase.expect.ruleId ? [testCase.expect.ruleId] : [],
        facts: [],
        path: jsonPath(['cases', i]),
        document: 'cases' as const,
        detail: { locale, key: testCase.name, catalog: 'test cases' },
      })),
  );
}

/** Shared texts (rules/locales) that no edition of `tables` and no code asks for. */
export function checkSharedTexts(
  tables: readonly DecisionTable[],
  shared: Readonly<Record<Locale, Record<string, string>>>,
  locales: readonly Locale[],
): Finding[] {
  const used = new Set(EVALUATOR_KEYS);
  for (const table of tables) for (const key of editionKeys(table).keys()) used.add(key);
  return locales.flatMap((locale) => [
    ...EVALUATOR_KEYS.filter((key) => !Object.hasOwn(shared[locale], key)).map((key) => ({
      kind: 'missing-message' as const,
      message: `No ${locale} text for "${key}" in the shared texts (rules/locales/${locale}.json)`,
      rules: [],
      facts: [],
      path: '$',
      document: `texts:${locale}` as const,
      detail: { locale, key, catalog: 'the shared texts' },
    })),
    ...Object.keys(shared[locale])
      .filter((key) => !used.has(key))
      .map((key) => ({
        kind: 'unused-message' as const,
        message: `The ${locale} shared text "${key}" (rules/locales/${locale}.json) is used by no edition`,
        rules: [],
        facts: [],
        path: jsonPath([key]),
        document: `texts:${locale}` as const,
        detail: { locale, key, catalog: 'the shared texts' },
      })),
  ]);
}
