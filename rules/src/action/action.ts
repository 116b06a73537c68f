// The GitHub Action (action.yml at the repository root): validate the given table files with
// `--format github`, so findings show on the pull request's lines, and write to the job summary
// each table's verdict and its behavioural diff against the pull request's base.
// Reads what Actions sets: INPUT_TABLES and INPUT_BASE (passed by action.yml), GITHUB_BASE_REF,
// GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE.
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { markdownTable } from 'markdown-table';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { evaluable } from '../cli/diff-command.ts';
import { formatDiffMarkdown } from '../cli/report/diff-markdown.ts';
import { buildReports, type FileReport } from '../cli/report/file-report.ts';
import { workflowCommand } from '../cli/report/github.ts';
import { displayPath } from '../cli/report/places.ts';
import { exitCodeOf, renderReports } from '../cli/report/validate-formats.ts';
import { diffEditions } from '../diff.ts';
import { readTableFile } from '../editions-node.ts';
import { parseJson, parseTable } from '../parse-table.ts';
import { resolveBase, textAt } from './git-base.ts';

export interface ActionIo {
  env: Record<string, string | undefined>;
  out: (s: string) => void;
}

/** Table files named by the input: paths or glob patterns, separated by spaces or new lines. A
 * plain path is kept even when missing, so that a typo is reported rather than skipped. */
export function tableFiles(input: string, cwd: string): string[] {
  const patterns = input.split(/\s+/).filter(Boolean);
  const files = patterns.flatMap((p) =>
    isDynamicPattern(p) ? globSync(p, { cwd, absolute: true, onlyFiles: true }).sort() : [resolve(cwd, p)],
  );
  return [...new Set(files)];
}

function verdict(report: FileReport): string {
  if (!report.readable) return '✗ cannot be read';
  if (report.ok) return '✓ no findings';
  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return `✗ ${report.findings.length} finding(s): ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ')}`;
}

function diffSection(report: FileReport, cwd: string, base: { ref: string; commit: string | undefined }) {
  const shown = `\`${displayPath(report.file, cwd)}\``;
  const heading = `### ${shown}`;
  if (!report.readable) return `${heading}\n\nNot compared: the file cannot be read.\n`;
  if (!base.commit) return `${heading}\n\nNot compared: the base \`${base.ref}\` cannot be fetched.\n`;
  const before = textAt(cwd, base.commit, relative(cwd, report.file));
  if (before === undefined) return `${heading}\n\nNew in this change: not in \`${base.ref}\`.\n`;
  try {
    const label = `${displayPath(report.file, cwd)} at ${base.ref}`;
    const diff = diffEditions(
      evaluable(parseTable(parseJson(before, label), label)),
      evaluable(readTableFile(report.file)),
    );
    return `${heading}\n\n${formatDiffMarkdown(diff, { heading: '####' })}`;
  } catch (error) {
    // An unreadable base, or gaps or overlaps on either side: nothing to compare; validate says why.
    return `${heading}\n\nNot compared with \`${base.ref}\`: ${(error as Error).message.split('\n')[0]}\n`;
  }
}

export function runAction({ env, out }: ActionIo): number {
  const cwd = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const files = tableFiles(env.INPUT_TABLES ?? '', cwd);
  if (files.length === 0) {
    out(
      workflowCommand(
        'error',
        { title: 'multichannel-rules' },
        `No table file matches "${env.INPUT_TABLES ?? ''}"`,
      ),
    );
    return 2;
  }
  const reports = buildReports(files);
  out(renderReports(reports, 'github', { cwd }).stdout);

  const ref = env.INPUT_BASE || env.GITHUB_BASE_REF || '';
  const parts = [
    '## Decision tables',
    markdownTable([
      ['table', 'edition', 'verdict'],
      ...reports.map((r) => [
        `\`${displayPath(r.file, cwd)}\``,
        r.edition ? `\`${r.edition}\`` : '',
        verdict(r),
      ]),
    ]),
  ];
  if (!ref) {
    parts.push('No base to compare with: not a pull request, and no `base` input given.');
  } else {
    const base = { ref, commit: resolveBase(cwd, ref) };
    if (!base.commit) out(workflowCommand('warning', {}, `The base ${ref} cannot be fetched; no diff`));
    parts.push(`Behavioural diff against \`${ref}\`:`, ...reports.map((r) => diffSection(r, cwd, base)));
  }
  const summary = `${parts.join('\n\n')}\n`;
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
  else out(summary); // run outside Actions: the summary goes to the log
  return exitCodeOf(reports);
}
