// The Action's script as Actions runs it: a process in a checked-out git repository, with the
// environment variables the runner sets and action.yml passes, writing to a job summary file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { DecisionTable } from '../schema.ts';
import { cases, copyOfTable } from '../test-support.ts';
import { t } from '../texts.ts';

const BIN = join(import.meta.dirname, 'bin.ts');

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function writeTable(repo: string, name: string, table: DecisionTable, withCases = cases) {
  mkdirSync(join(repo, 'tables'), { recursive: true });
  writeFileSync(join(repo, 'tables', `${name}.table.json`), `${JSON.stringify(table, null, 2)}\n`);
  writeFileSync(join(repo, 'tables', `${name}.cases.json`), `${JSON.stringify(withCases, null, 2)}\n`);
}

function commitAll(repo: string, message: string) {
  git(repo, 'add', '-A');
  git(
    repo,
    '-c',
    'user.name=Test',
    '-c',
    'user.email=test@example.invalid',
    'commit',
    '--allow-empty',
    '-qm',
    message,
  );
}

/** An upstream repository whose main holds the shipped edition, and a pull request's checkout of
 * it made as actions/checkout makes one: the head commit alone (`shallow`) or with the history. */
function pullRequest(change: (repo: string) => void, shallow = true) {
  const root = mkdtempSync(join(tmpdir(), 'action-'));
  const upstream = join(root, 'upstream');
  mkdirSync(upstream);
  git(upstream, 'init', '-q', '-b', 'main');
  writeTable(upstream, 'partner', copyOfTable());
  commitAll(upstream, 'the shipped edition');
  git(upstream, 'checkout', '-q', '-b', 'change');
  change(upstream);
  commitAll(upstream, 'the change under review');
  const work = join(root, 'work');
  const depth = shallow ? ['--depth=1', '--single-branch', '--branch', 'change'] : ['--branch', 'change'];
  git(root, 'clone', '-q', '--no-local', ...depth, upstream, work);
  return { root, work, summary: join(root, 'summary.md') };
}

/** `cwd`: where the process starts; the action works in GITHUB_WORKSPACE wherever that is. */
function action(pr: ReturnType<typeof pullRequest>, env: Record<string, string>, cwd = pr.work) {
  writeFileSync(pr.summary, '');
  const result = spawnSync(process.execPath, [BIN], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: pr.root,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: pr.work,
      GITHUB_STEP_SUMMARY: pr.summary,
      INPUT_TABLES: 'tables/*.table.json',
      ...env,
    },
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(pr.summary, 'utf8'),
  };
}

function tablesIn(markdown: string) {
  return lexer(markdown)
    .filter((t): t is Tokens.Table => t.type === 'table')
    .map((t) => ({ header: t.header.map((c) => c.text), rows: t.rows.map((r) => r.map((c) => c.text)) }));
}

const recharge = (repo: string) => {
  // A reviewed change of outcome, with its test case moved along: valid, and different.
  const table = copyOfTable();
  const rule = table.rules.find((r) => r.id === 'usage-with-other-csp-partner');
  if (rule) rule.status = 'new-azure-subscription';
  const moved = structuredClone(cases);
  for (const c of moved?.cases ?? []) {
    if (c.expect.ruleId === 'usage-with-other-csp-partner') c.expect.status = 'new-azure-subscription';
  }
  writeTable(repo, 'partner', table, moved);
};

describe('the GitHub Action script', () => {
  it('writes the diff against the base branch it fetches into a shallow checkout', () => {
    const pr = pullRequest(recharge);
    expect(() => git(pr.work, 'rev-parse', '--verify', 'origin/main')).toThrow();
    const { code, stdout, summary } = action(pr, { GITHUB_BASE_REF: 'main' });
    expect(code).toBe(0);
    expect(stdout).not.toContain('::error');
    expect(summary).toContain('## Decision tables');
    expect(summary).toContain('Behavioural diff against `main`');
    const [verdicts, changed] = tablesIn(summary);
    expect(verdicts?.rows).toEqual([['`tables/partner.table.json`', '`2020-06`', '✓ no findings']]);
    expect(changed?.rows).toEqual([
      [
        '`other-csp-partner`',
        '`usage`',
        '`false`',
        '`switch-azure-partner` (`usage-with-other-csp-partner`)',
        '`new-azure-subscription` (`usage-with-other-csp-partner`)',
      ],
    ]);
  });

  it('writes the summary in Hungarian when asked, and refuses a locale it does not have', () => {
    const pr = pullRequest(recharge);
    const hu = action(pr, { GITHUB_BASE_REF: 'main', INPUT_LOCALE: 'hu' });
    expect(hu.code).toBe(0);
    expect(hu.summary).toContain(`## ${t('hu', 'action.title')}`);
    expect(hu.summary).toContain(t('hu', 'action.diff-against', { ref: '`main`' }));
    const [verdicts, changed] = tablesIn(hu.summary);
    expect(verdicts?.header).toEqual(['table', 'edition', 'verdict'].map((k) => t('hu', `action.${k}`)));
    expect(verdicts?.rows[0]?.[2]).toBe(t('hu', 'action.clean'));
    expect(changed?.header.slice(-2)).toEqual([t('hu', 'cli.diff-before'), t('hu', 'cli.diff-after')]);
    const bad = action(pr, { GITHUB_BASE_REF: 'main', INPUT_LOCALE: 'de' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/^::error title=multichannel-rules::.*"de".*en, hu/m);
  });

  it('annotates findings on the pull request lines and fails the step', () => {
    const pr = pullRequest((repo) => {
      const table = copyOfTable();
      table.rules = table.rules.filter((r) => r.id !== 'license-with-other-csp-partner');
      writeTable(repo, 'partner', table);
    }, false);
    const { code, stdout, summary } = action(pr, { GITHUB_BASE_REF: 'main' }, pr.root);
    expect(code).toBe(1);
    const gap = stdout.split('\n').find((l) => l.includes('(gap%2C'));
    expect(gap).toMatch(/^::error file=tables\/partner\.table\.json,line=(\d+),col=3,/);
    const line = Number(/line=(\d+)/.exec(gap ?? '')?.[1]);
    expect(readFileSync(join(pr.work, 'tables', 'partner.table.json'), 'utf8').split('\n')[line - 1]).toMatch(
      /^ {2}"rules": \[/,
    );
    expect(tablesIn(summary)[0]?.rows[0]?.[2]).toMatch(/^✗ \d+ finding\(s\): gap ×1/);
    // A table with a gap has no outcome there to compare; the summary says so instead of failing.
    expect(summary).toContain(
      'Not compared with `main`: edition 2020-06 cannot be compared: [gap] No rule covers',
    );
  });

  it('says which tables are new and when there is no base to compare with', () => {
    const pr = pullRequest((repo) => {
      const draft = copyOfTable();
      writeTable(repo, 'draft', draft);
    });
    const withBase = action(pr, { GITHUB_BASE_REF: 'main' });
    expect(withBase.code).toBe(0);
    expect(withBase.summary).toContain('### `tables/draft.table.json`\n\nNew in this change: not in `main`.');
    expect(withBase.summary).toContain('No input combination changes outcome (32 compared).');

    const push = action(pr, {});
    expect(push.summary).toContain('No base to compare with: not a pull request, and no `base` input given.');
    const unknown = action(pr, { INPUT_BASE: 'no-such-branch' });
    expect(unknown.stdout).toContain('::warning::The base no-such-branch cannot be fetched; no diff');
    expect(unknown.summary).toContain('Not compared: the base `no-such-branch` cannot be fetched.');
  });

  it('reports a named table file that does not exist instead of skipping it', () => {
    const pr = pullRequest(() => {});
    const { code, stdout, summary } = action(pr, {
      INPUT_TABLES: 'tables/partner.table.json\ntables/typo.table.json',
    });
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /^::error file=tables\/typo\.table\.json,line=1,col=1,title=Unreadable table file/m,
    );
    expect(tablesIn(summary)[0]?.rows.map((r) => r[2])).toEqual(['✓ no findings', '✗ cannot be read']);
  });

  it('exits 2 when the input names no table file', () => {
    const pr = pullRequest(() => {});
    const { code, stdout } = action(pr, { INPUT_TABLES: 'nowhere/*.table.json' });
    expect(code).toBe(2);
    expect(stdout).toContain(
      '::error title=multichannel-rules::No table file matches "nowhere/*.table.json"',
    );
  });
});
