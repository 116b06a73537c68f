// The report for people: a verdict per file, each finding with the place to look at.
import type { FileReport } from './file-report.ts';

export function formatText(reports: readonly FileReport[]): { stdout: string; stderr: string } {
  const unreadable = reports.filter((r) => !r.readable);
  if (unreadable.length) {
    // Nothing is judged while a file cannot be read: the errors alone, on stderr.
    const stderr = unreadable
      .map(
        (r) =>
          `multichannel-rules: ${r.file} cannot be used:\n${r.findings
            .map((f) => `  ${f.file}:${f.line}:${f.column} at ${f.path}: ${f.message}\n`)
            .join('')}`,
      )
      .join('');
    return { stdout: '', stderr };
  }
  let stdout = '';
  for (const report of reports) {
    if (report.ok) {
      stdout += `✓ ${report.file}: edition ${report.edition} is complete and free of overlaps over ${report.combinations} combinations; every rule has a test case and every text exists in every locale\n`;
      continue;
    }
    stdout += `✗ ${report.file}: edition ${report.edition}, ${report.findings.length} finding(s)\n`;
    for (const finding of report.findings) {
      stdout += `  [${finding.kind}] ${finding.message}\n`;
      stdout += `    at ${finding.file}:${finding.line}:${finding.column} (${finding.path})\n`;
      const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
      if (stub)
        stdout += `    rule stub to paste:\n${JSON.stringify(stub, null, 2).replace(/^/gm, '      ')}\n`;
    }
  }
  return { stdout, stderr: '' };
}
