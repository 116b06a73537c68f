// GitHub Actions workflow commands: each finding becomes an error annotation on its file and line
// in the pull request. Escaping as GitHub's toolkit does: `%`, CR and LF everywhere, and `:` and
// `,` in properties, which would otherwise end a property.
import { type FileReport, type ReportEntry, STDIN_NAME } from './file-report.ts';
import { FINDING_HELP } from './finding-help.ts';
import { displayPath } from './places.ts';

export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function workflowCommand(
  command: string,
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

function annotation(finding: ReportEntry, cwd: string): string {
  const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
  const message = stub
    ? `${finding.message}\nRule stub to paste:\n${JSON.stringify(stub, null, 2)}`
    : finding.message;
  const title = `${FINDING_HELP[finding.kind].title} (${finding.kind}, ${finding.path})`;
  // Standard input is no file of the repository: the annotation goes on the run, not on a line.
  const place: Record<string, string | number> =
    finding.file === STDIN_NAME
      ? {}
      : { file: displayPath(finding.file, cwd), line: finding.line, col: finding.column };
  return workflowCommand('error', { ...place, title }, message);
}

export function formatGithub(reports: readonly FileReport[], cwd = process.cwd()): string {
  return reports
    .map((report) => {
      const verdict = !report.readable
        ? `${displayPath(report.file, cwd)}: cannot be used\n`
        : report.ok
          ? `${displayPath(report.file, cwd)}: edition ${report.edition}, no findings\n`
          : `${displayPath(report.file, cwd)}: edition ${report.edition}, ${report.findings.length} finding(s)\n`;
      return verdict + report.findings.map((f) => annotation(f, cwd)).join('');
    })
    .join('');
}
