// The behavioural diff as Markdown for a pull request: one table row per input combination whose
// outcome changed, the facts as columns in the order the edition's combinations name them.
import { markdownTable } from 'markdown-table';
import type { EditionDiff, OutcomeChange } from '../../diff.ts';
import { t } from '../../texts.ts';
import type { Locale } from '../../vocabulary.ts';

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

function outcome(side: OutcomeChange['before'], locale: Locale): string {
  // No status: the edition does not know one of the combination's values.
  if (side.status === null) return `_${t(locale, 'cli.no-such-value')}_`;
  return side.ruleId === null ? code(side.status) : `${code(side.status)} (${code(side.ruleId)})`;
}

function table(header: string[], rows: string[][]): string {
  return markdownTable([header, ...rows], { align: header.map(() => 'l') });
}

export function formatDiffMarkdown(
  diff: EditionDiff,
  options: { heading?: string; locale?: Locale } = {},
): string {
  const { heading = '###', locale = 'en' } = options;
  const count = String(diff.combinations);
  const parts = [`${heading} ${t(locale, 'cli.diff-heading', { from: code(diff.from), to: code(diff.to) })}`];
  if (diff.changed.length === 0) {
    parts.push(t(locale, 'cli.diff-none', { count }));
  } else {
    parts.push(t(locale, 'cli.diff-changed', { changed: String(diff.changed.length), count }));
    const facts = factsOf(diff.changed);
    parts.push(
      table(
        [...facts, t(locale, 'cli.diff-before'), t(locale, 'cli.diff-after')],
        diff.changed.map((c) => [
          ...facts.map((f) => code(factValue(c.combination, f))),
          outcome(c.before, locale),
          outcome(c.after, locale),
        ]),
      ),
    );
  }
  if (diff.renamed.length) {
    const facts = factsOf(diff.renamed);
    parts.push(t(locale, 'cli.diff-renamed', { count: String(diff.renamed.length) }));
    parts.push(
      table(
        [
          ...facts,
          t(locale, 'cli.diff-status'),
          t(locale, 'cli.diff-rule-before'),
          t(locale, 'cli.diff-rule-after'),
        ],
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
