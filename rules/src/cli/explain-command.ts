import { decide } from '../decide.ts';
import { describeRule } from '../describe-rule.ts';
import { loadEditions } from '../editions-node.ts';
import { coverageOf } from '../verify/verify.ts';
import { localeFrom, type ParsedValues, UsageError } from './args.ts';

export function explainCommand(rest: string[], values: ParsedValues, out: (s: string) => void): number {
  if (rest.length !== 1)
    throw new UsageError('explain needs exactly one rule id, e.g. "explain license-bought-elsewhere"');
  const locale = localeFrom(values);
  const set = loadEditions();
  const table = values.edition ? set.getEdition(values.edition) : set.latestEdition;
  const rule = describeRule(table, rest[0] as string, locale);
  const owned = coverageOf(table)
    .filter((entry) => entry.ruleIds.length === 1 && entry.ruleIds[0] === rule.id)
    .map((entry) => entry.combination);
  const cases = (set.casesFor(table.edition.id)?.cases ?? []).filter(
    (c) => decide(table, c.facts).ruleId === rule.id,
  );
  if (values.json) {
    out(`${JSON.stringify({ edition: table.edition.id, ...rule, owns: owned, cases }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${rule.title} [${rule.id}]`,
    `Outcome: ${rule.statusLabel} [${rule.status}]`,
    '',
    'When:',
    ...rule.conditions.map((c) => `  ${c.factLabel}: ${c.text}`),
    '',
    `Why: ${rule.rationale}`,
    '',
    'Next steps:',
    ...rule.steps.map((s, i) => `  ${i + 1}. ${s.text}${s.url ? `\n     ${s.url}` : ''}`),
    '',
    `Source: ${rule.source.title}, section "${rule.source.section}", ${rule.source.date}`,
    `  ${rule.source.url}`,
    '',
    `Owns ${owned.length} input combination(s):`,
    ...owned.map((c) => `  ${JSON.stringify(c)}`),
    '',
    `Test cases (${cases.length}):`,
    ...cases.map((c) => `  - ${c.name}`),
  ];
  out(`${lines.join('\n')}\n`);
  return 0;
}
