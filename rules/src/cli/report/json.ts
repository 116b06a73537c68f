// The report for machines: per file its verdict and every finding with file, path, line, column.
import type { FileReport } from './file-report.ts';

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(
    reports.map(({ file, readable, edition, ok, combinations, findings }) => ({
      file,
      readable,
      edition,
      ok,
      combinations,
      findings,
    })),
    null,
    2,
  )}\n`;
}
