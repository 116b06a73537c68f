import { existsSync } from 'node:fs';
import { z } from 'zod';
import { diffEditions } from '../diff.ts';
import { loadEditions, readTableFile } from '../editions-node.ts';
import type { DecisionTable } from '../schema.ts';
import { enumFlag, type ParsedValues, UsageError } from './args.ts';
import { formatDiffMarkdown } from './report/diff-markdown.ts';

const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;

/** An edition id of the shipped tables, or a table file. */
function resolve(ref: string): DecisionTable {
  if (ref.endsWith('.json') || existsSync(ref)) return readTableFile(ref);
  return loadEditions().getEdition(ref);
}

/** Exit 0 when no outcome changed and 1 when some did, like diff(1). */
export function diffCommand(rest: string[], values: ParsedValues, out: (s: string) => void): number {
  if (rest.length !== 2) {
    throw new UsageError(
      'diff needs two editions: ids of shipped editions or table files, e.g. "diff 2020-06 new.table.json"',
    );
  }
  const format = enumFlag(z.enum(DIFF_FORMATS), 'format', values.format) ?? (values.json ? 'json' : 'text');
  if (values.json && format !== 'json') {
    throw new UsageError(`--json is --format json; it cannot be combined with --format ${format}`);
  }
  const diff = diffEditions(resolve(rest[0] as string), resolve(rest[1] as string));
  if (format === 'markdown') {
    out(formatDiffMarkdown(diff));
  } else if (format === 'json') {
    out(`${JSON.stringify(diff, null, 2)}\n`);
  } else {
    out(
      `${diff.from} → ${diff.to}: ${diff.changed.length} of ${diff.combinations} combinations changed outcome\n`,
    );
    for (const c of diff.changed) {
      out(
        `  ${JSON.stringify(c.combination)}: ${c.before.status} (${c.before.ruleId}) → ${c.after.status} (${c.after.ruleId})\n`,
      );
    }
    if (diff.renamed.length) {
      out(`${diff.renamed.length} combination(s) keep their outcome under another rule id:\n`);
      for (const c of diff.renamed)
        out(`  ${JSON.stringify(c.combination)}: ${c.before.ruleId} → ${c.after.ruleId}\n`);
    }
  }
  return diff.changed.length ? 1 : 0;
}
