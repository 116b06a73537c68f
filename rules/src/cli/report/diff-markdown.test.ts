import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../diff.ts';
import { copyOfTable, table } from '../../test-support.ts';
import { formatDiffMarkdown } from './diff-markdown.ts';

const BIN = join(import.meta.dirname, '..', 'bin.ts');

/** `renameTo` may hold a `|`, which table files refuse, to test escaping without the parser. */
function changedTable(renameTo = 'syndication') {
  const next = copyOfTable();
  next.edition.id = '2021-01';
  for (const rule of next.rules) {
    if (rule.id === 'usage-with-other-csp-partner') rule.status = 'new-azure-subscription';
    if (rule.id === 'syndication-partner') rule.id = renameTo;
  }
  return next;
}

/** The tables a GFM renderer finds in the text, as header and rows of cell texts. */
function tablesIn(markdown: string) {
  return lexer(markdown)
    .filter((t): t is Tokens.Table => t.type === 'table')
    .map((t) => ({ header: t.header.map((c) => c.text), rows: t.rows.map((r) => r.map((c) => c.text)) }));
}

describe('diff --format markdown', () => {
  it('renders each changed combination as a row a GFM renderer reads, facts first', () => {
    const diff = diffEditions(table, changedTable('syndication|renamed'));
    const [changed, renamed] = tablesIn(formatDiffMarkdown(diff));
    expect(changed?.header).toEqual([...Object.keys(diff.changed[0]?.combination ?? {}), 'before', 'after']);
    expect(changed?.rows).toEqual([
      [
        '`other-csp-partner`',
        '`usage`',
        '`false`',
        '`switch-azure-partner` (`usage-with-other-csp-partner`)',
        '`new-azure-subscription` (`usage-with-other-csp-partner`)',
      ],
    ]);
    // A pipe in an id stays inside its cell.
    expect(renamed?.rows).toHaveLength(2);
    expect(renamed?.rows[0]?.at(-1)).toBe('`syndication|renamed`');
    expect(renamed?.rows[0]).toHaveLength(renamed?.header.length ?? 0);
  });

  it('says so when nothing changed, with no table', () => {
    const text = formatDiffMarkdown(diffEditions(table, table));
    expect(text).toContain('No input combination changes outcome (32 compared).');
    expect(tablesIn(text)).toEqual([]);
  });

  it('speaks Hungarian with --locale hu', () => {
    const text = formatDiffMarkdown(diffEditions(table, changedTable()), { locale: 'hu' });
    expect(text).toContain('### Viselkedésbeli eltérés: `2020-06` → `2021-01`');
    expect(tablesIn(text)[0]?.header.slice(-2)).toEqual(['előtte', 'utána']);
  });

  it('is what the CLI prints, with the exit code of diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-md-'));
    const file = join(dir, 'next.table.json');
    writeFileSync(file, JSON.stringify(changedTable()));
    const result = spawnSync(process.execPath, [BIN, 'diff', '2020-06', file, '--format', 'markdown'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(formatDiffMarkdown(diffEditions(table, changedTable())));
    const bad = spawnSync(process.execPath, [BIN, 'diff', '2020-06', file, '--format', 'html'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('use one of: text, json, markdown');
  });
});
