import { diffEditions } from '../diff.ts';
import { loadEditions, resolveEdition } from '../editions-node.ts';
import type { DecisionTable } from '../schema.ts';
import { t } from '../texts.ts';
import { verify } from '../verify/verify.ts';
import { localeFrom, oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { formatDiffMarkdown } from './report/diff-markdown.ts';

const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;

/** A table with a gap or an overlap has no outcome to compare; the verifier says where. */
export class UnevaluableTableError extends Error {
  constructor(table: DecisionTable, problems: string[]) {
    super(
      `edition ${table.edition.id} cannot be compared: ${problems.join('; ')}; run "multichannel-rules validate" on it`,
    );
    this.name = 'UnevaluableTableError';
  }
}

/** The table itself, or an UnevaluableTableError naming its gaps and overlaps. */
export function evaluable(table: DecisionTable): DecisionTable {
  const blocking = verify(table).findings.filter((f) => f.kind === 'gap' || f.kind === 'overlap');
  if (blocking.length)
    throw new UnevaluableTableError(
      table,
      blocking.map((f) => `[${f.kind}] ${f.message}`),
    );
  return table;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: `  diff <edition|file> <edition|file> [--format text|json|markdown] [--json] [--locale en|hu]
                               List the input combinations whose outcome changed.
                               Exit 0 when none did, 1 when some did, 2 on bad usage or a table
                               that cannot be evaluated.`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('diff', argv, {
      json: { type: 'boolean' },
      format: { type: 'string' },
      locale: { type: 'string' },
    });
    const locale = localeFrom(values);
    const format = oneOf('format', values.format, DIFF_FORMATS) ?? (values.json ? 'json' : 'text');
    if (values.json && format !== 'json')
      throw new UsageError(`--json is --format json; it cannot be combined with --format ${format}`, 'diff');
    if (positionals.length !== 2)
      throw new UsageError(
        'diff needs two editions: ids of shipped editions or table files, e.g. "diff 2020-06 new.table.json"',
        'diff',
      );
    const set = loadEditions();
    const [from, to] = positionals.map((ref) => evaluable(resolveEdition(ref, set).table)) as [
      DecisionTable,
      DecisionTable,
    ];
    const diff = diffEditions(from, to);
    if (format === 'json' || format === 'markdown') {
      out(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffMarkdown(diff, { locale }));
      return diff.changed.length ? 1 : 0;
    }
    out(
      `${t(locale, 'cli.diff-summary', { from: diff.from, to: diff.to, changed: String(diff.changed.length), count: String(diff.combinations) })}\n`,
    );
    const none = t(locale, 'cli.no-such-value');
    for (const c of diff.changed)
      out(
        `  ${JSON.stringify(c.combination)}: ${c.before.status ?? none} (${c.before.ruleId}) → ${c.after.status ?? none} (${c.after.ruleId})\n`,
      );
    if (diff.renamed.length) {
      out(`${t(locale, 'cli.diff-renamed', { count: String(diff.renamed.length) })}\n`);
      for (const c of diff.renamed)
        out(`  ${JSON.stringify(c.combination)}: ${c.before.ruleId} → ${c.after.ruleId}\n`);
    }
    return diff.changed.length ? 1 : 0;
  },
};
