// The behavioural diff as Markdown for a pull request: one table row per input combination whose
// outcome changed, the facts as columns in the order the edition's combinations name them.
import { markdownTable } from 'markdown-table';
import type { EditionDiff, OutcomeChange } from '../../diff.ts';

/** A value in a table cell: code, with the one character that would end the cell escaped. */
function code(value: unknown): string {
  return `\`${String(value).replaceAll('|', '\\|')}\``;
}

function factValue(combination: object, fact: string): unknown {
  return (combination as Record<string, unknown>)[fact];
}

function factsOf(changes: OutcomeChange[]): string[] {
  return Object.keys(changes[0]?.combination ?? {});
}

function outcome(side: OutcomeChange['before']): string {
  // No status: the edition does not know one of the combination's values.
  if (side.status === null) return '_no such value_';
  return side.ruleId === null ? code(side.status) : `${code(side.status)} (${code(side.ruleId)})`;
}

function table(header: string[], rows: string[][]): string {
  return markdownTable([header, ...rows], { align: header.map(() => 'l') });
}

export function formatDiffMarkdown(diff: EditionDiff, heading = '###'): string {
  const parts = [`${heading} Behavioural diff: ${code(diff.from)} → ${code(diff.to)}`];
  if (diff.changed.length === 0) {
    parts.push(`No input combination changes outcome (${diff.combinations} compared).`);
  } else {
    parts.push(`**${diff.changed.length} of ${diff.combinations}** input combinations change outcome:`);
    const facts = factsOf(diff.changed);
    parts.push(
      table(
        [...facts, 'before', 'after'],
        diff.changed.map((c) => [
          ...facts.map((f) => code(factValue(c.combination, f))),
          outcome(c.before),
          outcome(c.after),
        ]),
      ),
    );
  }
  if (diff.renamed.length) {
    const facts = factsOf(diff.renamed);
    parts.push(`${diff.renamed.length} combination(s) keep their outcome under another rule id:`);
    parts.push(
      table(
        [...facts, 'status', 'rule before', 'rule after'],
        diff.renamed.map((c) => [
          ...facts.map((f) => code(factValue(c.combination, f))),
          code(c.after.status),
          code(c.before.ruleId),
          code(c.after.ruleId),
        ]),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
