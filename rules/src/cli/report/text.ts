// The report for people: a verdict per file, each finding with the place to look at, in the
// locale asked for.
import { t } from '../../texts.ts';
import type { Locale } from '../../vocabulary.ts';
import type { FileReport } from './file-report.ts';

export function formatText(
  reports: readonly FileReport[],
  locale: Locale,
): { stdout: string; stderr: string } {
  const unreadable = reports.filter((r) => !r.readable);
  if (unreadable.length) {
    // Nothing is judged while a file cannot be read: the errors alone, on stderr.
    const stderr = unreadable
      .map(
        (r) =>
          `multichannel-rules: ${r.file}:\n${r.findings
            .map((f) => `  ${f.file}:${f.line}:${f.column} at ${f.path}: ${f.message}\n`)
            .join('')}`,
      )
      .join('');
    return { stdout: '', stderr };
  }
  let stdout = '';
  for (const report of reports) {
    const words = { file: report.file, edition: report.edition ?? '' };
    if (report.ok) {
      stdout += `${t(locale, 'cli.valid', { ...words, count: String(report.combinations) })}\n`;
      continue;
    }
    stdout += `${t(locale, 'cli.invalid', { ...words, count: String(report.findings.length) })}\n`;
    for (const finding of report.findings) {
      const place = `${finding.file}:${finding.line}:${finding.column}`;
      stdout += `  [${finding.kind}] ${finding.message}\n`;
      stdout += `    ${t(locale, 'cli.where', { place, path: finding.path })}\n`;
      const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
      if (stub)
        stdout += `    ${t(locale, 'cli.stub')}\n${JSON.stringify(stub, null, 2).replace(/^/gm, '      ')}\n`;
    }
  }
  return { stdout, stderr: '' };
}
