import { casesDecidedBy, describeRule } from '../describe-rule.ts';
import { resolveEdition } from '../editions-node.ts';
import { caseName, t } from '../texts.ts';
import { ownedBy } from '../verify/verify.ts';
import { localeFrom, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';

export const explainCommand: Command = {
  name: 'explain',
  usage: `  explain <rule-id> [--edition ID|FILE] [--locale en|hu] [--json]
                               Show a rule in words, the combinations it owns and its test cases.`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('explain', argv, {
      edition: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        'explain needs exactly one rule id, e.g. "explain license-bought-elsewhere"',
        'explain',
      );
    const locale = localeFrom(values);
    const { table, cases: tableCases } = resolveEdition(values.edition as string | undefined);
    const rule = describeRule(table, positionals[0] as string, locale);
    const owned = ownedBy(table, rule.id);
    const cases = casesDecidedBy(table, tableCases, rule.id);
    if (values.json) {
      out(`${JSON.stringify({ edition: table.edition.id, ...rule, owns: owned, cases }, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `${rule.title} [${rule.id}]`,
      t(locale, 'cli.outcome', { status: rule.statusLabel, id: rule.status }),
      '',
      t(locale, 'cli.when'),
      ...rule.conditions.map((c) => `  ${c.factLabel}: ${c.text}`),
      '',
      t(locale, 'cli.why-inline', { text: rule.rationale }),
      '',
      t(locale, 'cli.next-steps'),
      ...rule.steps.map((s, i) => `  ${i + 1}. ${s.text}${s.url ? `\n     ${s.url}` : ''}`),
      '',
      t(locale, 'cli.source', {
        title: rule.source.title,
        section: rule.source.section,
        date: rule.source.date,
      }),
      `  ${rule.source.url}`,
      '',
      t(locale, 'cli.owns', { count: String(owned.length) }),
      ...owned.map((c) => `  ${JSON.stringify(c)}`),
      '',
      t(locale, 'cli.cases', { count: String(cases.length) }),
      ...cases.map((c) => `  - ${caseName(c, locale)}`),
    ];
    out(`${lines.join('\n')}\n`);
    return 0;
  },
};
