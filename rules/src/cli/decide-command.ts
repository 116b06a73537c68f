import { decide } from '../decide.ts';
import { loadEditions, resolveEdition } from '../editions-node.ts';
import { questionText, statusDescription, statusLabel, t } from '../texts.ts';
import {
  editionArg,
  factFlags,
  factOptions,
  factsFrom,
  flagOf,
  localeFrom,
  parseOptions,
  UsageError,
} from './args.ts';
import type { Command } from './command.ts';

const STATIC = {
  edition: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const decideCommand: Command = {
  name: 'decide',
  usage: `  decide [--<fact> VALUE]... [--edition ID|FILE] [--locale en|hu] [--json]
                               Decide what multi-channel support means for one subscription.
                               Any fact may be left out: the answer then says what is missing.
                               "decide --help" lists the facts of the edition.`,
  run(argv, { out }) {
    const set = loadEditions();
    const { table } = resolveEdition(editionArg(argv), set);
    const { values, positionals } = parseOptions('decide', argv, { ...STATIC, ...factOptions(table) });
    if (values.help) {
      out(factHelp(table));
      return 0;
    }
    if (positionals.length)
      throw new UsageError(`decide takes no positional arguments (got: ${positionals.join(' ')})`, 'decide');
    const facts = factsFrom(table, values);
    const locale = localeFrom(values);
    const decision = decide(table, facts, { locale, earlier: set.earlierThan(table) });
    if (values.json) {
      out(`${JSON.stringify(decision, null, 2)}\n`);
      return 0;
    }
    const lines = [`${statusLabel(table, locale, decision.status)} [${decision.status}]`];
    lines.push(`  ${statusDescription(table, locale, decision.status)}`);
    lines.push(
      `  ${decision.ruleId ? t(locale, 'cli.edition-rule', { edition: decision.edition, rule: decision.ruleId }) : t(locale, 'cli.edition', { edition: decision.edition })}`,
    );
    if (decision.earlier !== undefined) {
      const earlier = decision.earlier;
      lines.push(
        '',
        earlier
          ? t(locale, 'cli.earlier', {
              edition: earlier.edition,
              status: earlier.statusLabel,
              id: earlier.status,
            })
          : t(locale, 'cli.no-earlier'),
      );
    }
    if (decision.missing.length) {
      lines.push('', t(locale, 'cli.to-decide'));
      for (const fact of decision.missing)
        lines.push(`  ${flagOf(table, fact)}: ${questionText(table, locale, fact)}`);
      lines.push('', t(locale, 'cli.still-possible', { statuses: decision.possible.join(', ') }));
    }
    if (decision.steps.length) {
      lines.push('', t(locale, 'cli.next-steps'));
      decision.steps.forEach((step, i) => {
        lines.push(`  ${i + 1}. ${step.text}`);
        if (step.url) lines.push(`     ${step.url}`);
      });
    }
    if (decision.trace.length) {
      lines.push('', t(locale, 'cli.why'));
      for (const entry of decision.trace) lines.push(`  - ${entry.text}`);
    }
    for (const assumption of decision.assumptions)
      lines.push('', t(locale, 'cli.assumed', { text: assumption.text }));
    for (const caveat of decision.caveats)
      lines.push('', t(locale, 'cli.caveat', { text: caveat.text }), ...caveat.urls.map((u) => `  ${u}`));
    if (decision.canAct !== null) {
      lines.push(
        '',
        decision.canAct
          ? t(locale, 'cli.roles-may-act')
          : t(locale, 'cli.roles-may-not-act', { roles: table.mayAct?.values.join(', ') ?? '' }),
      );
    }
    out(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** The facts an edition asks, as flags with their values. */
function factHelp(table: import('../schema.ts').DecisionTable): string {
  const lines = [
    `Usage: multichannel-rules decide [flags] (edition ${table.edition.id})`,
    '',
    'Facts (any may be left out):',
  ];
  for (const f of factFlags(table)) {
    const declaration = table.facts[f.fact];
    const unknown =
      declaration?.whenUnknown !== undefined
        ? ` (unknown is taken as ${String(declaration.whenUnknown)})`
        : '';
    if (f.negated) lines.push(`  --${f.flag} | --${f.negated}${unknown}`);
    else
      lines.push(`  --${f.flag} ${declaration?.values.join('|')}${f.many ? ' (repeatable)' : ''}${unknown}`);
  }
  lines.push('', 'Options:', '  --edition ID|FILE   a shipped edition or a table file (default: the newest)');
  lines.push(
    '  --locale en|hu      the language of the answer',
    '  --json              machine-readable output',
  );
  return `${lines.join('\n')}\n`;
}
