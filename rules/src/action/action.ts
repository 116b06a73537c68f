// The GitHub Action (action.yml at the repository root): validate the given table files with
// `--format github`, so findings show on the pull request's lines, and write to the job summary
// each table's verdict and its behavioural diff against the pull request's base.
// Reads what Actions sets: INPUT_TABLES, INPUT_BASE and INPUT_LOCALE (passed by action.yml),
// GITHUB_BASE_REF, GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE. The summary is in the locale asked
// for (English by default); annotations stay in the findings' own words.
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
import { t } from '../texts.ts';
import { LOCALES, Locale } from '../vocabulary.ts';
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

function verdict(report: FileReport, locale: Locale): string {
  if (!report.readable) return t(locale, 'action.unreadable');
  if (report.ok) return t(locale, 'action.clean');
  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return t(locale, 'action.findings', {
    count: String(report.findings.length),
    kinds: [...counts].map(([k, n]) => `${k} ×${n}`).join(', '),
  });
}

function diffSection(
  report: FileReport,
  cwd: string,
  base: { ref: string; commit: string | undefined },
  locale: Locale,
) {
  const shown = `\`${displayPath(report.file, cwd)}\``;
  const heading = `### ${shown}`;
  const ref = `\`${base.ref}\``;
  const say = (key: string, params: Record<string, string> = {}) =>
    `${heading}\n\n${t(locale, key, { ref, ...params })}\n`;
  if (!report.readable) return say('action.not-compared-unreadable');
  if (!base.commit) return say('action.not-compared-no-base');
  const before = textAt(cwd, base.commit, relative(cwd, report.file));
  if (before === undefined) return say('action.new-file');
  try {
    const label = `${displayPath(report.file, cwd)} at ${base.ref}`;
    const diff = diffEditions(
      evaluable(parseTable(parseJson(before, label), label)),
      evaluable(readTableFile(report.file)),
    );
    return `${heading}\n\n${formatDiffMarkdown(diff, { heading: '####', locale })}`;
  } catch (error) {
    // An unreadable base, or gaps or overlaps on either side: nothing to compare; validate says why.
    return say('action.not-compared', { reason: (error as Error).message.split('\n')[0] as string });
  }
}

export function runAction({ env, out }: ActionIo): number {
  const cwd = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const error = (text: string) => out(workflowCommand('error', { title: 'multichannel-rules' }, text));
  const asked = Locale.safeParse(env.INPUT_LOCALE || 'en');
  if (!asked.success) {
    error(t('en', 'action.bad-locale', { locale: env.INPUT_LOCALE ?? '', locales: LOCALES.join(', ') }));
    return 2;
  }
  const locale = asked.data;
  const files = tableFiles(env.INPUT_TABLES ?? '', cwd);
  if (files.length === 0) {
    error(t(locale, 'action.no-tables', { tables: env.INPUT_TABLES ?? '' }));
    return 2;
  }
  const reports = buildReports(files);
  out(renderReports(reports, 'github', { cwd }).stdout);

  const ref = env.INPUT_BASE || env.GITHUB_BASE_REF || '';
  const parts = [
    `## ${t(locale, 'action.title')}`,
    markdownTable([
      [t(locale, 'action.table'), t(locale, 'action.edition'), t(locale, 'action.verdict')],
      ...reports.map((r) => [
        `\`${displayPath(r.file, cwd)}\``,
        r.edition ? `\`${r.edition}\`` : '',
        verdict(r, locale),
      ]),
    ]),
  ];
  if (!ref) {
    parts.push(t(locale, 'action.no-base'));
  } else {
    const base = { ref, commit: resolveBase(cwd, ref) };
    if (!base.commit) out(workflowCommand('warning', {}, t(locale, 'action.base-unfetchable', { ref })));
    parts.push(
      t(locale, 'action.diff-against', { ref: `\`${ref}\`` }),
      ...reports.map((r) => diffSection(r, cwd, base, locale)),
    );
  }
  const summary = `${parts.join('\n\n')}\n`;
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
  else out(summary); // run outside Actions: the summary goes to the log
  return exitCodeOf(reports);
}
