// `validate --format`: every way the verifier's report can be written.
import type { Locale } from '../../vocabulary.ts';
import type { FileReport } from './file-report.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';

export const VALIDATE_FORMATS = ['text', 'json', 'github', 'sarif', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export function renderReports(
  reports: readonly FileReport[],
  format: ValidateFormat,
  options: {
    /** The locale of the text report's headings. */
    locale?: Locale;
    /** What file names in github, sarif and junit reports are relative to: the repository root in CI. */
    cwd?: string;
  } = {},
): { stdout: string; stderr: string } {
  const { locale = 'en', cwd = process.cwd() } = options;
  switch (format) {
    case 'text':
      return formatText(reports, locale);
    case 'json':
      return { stdout: formatJson(reports), stderr: '' };
    case 'github':
      return { stdout: formatGithub(reports, cwd), stderr: '' };
    case 'sarif':
      return { stdout: formatSarif(reports, cwd), stderr: '' };
    case 'junit':
      return { stdout: formatJunit(reports, cwd), stderr: '' };
  }
}

/** 0 clean, 1 findings, 2 a file that cannot be read. */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => !r.readable)) return 2;
  return reports.every((r) => r.ok) ? 0 : 1;
}
