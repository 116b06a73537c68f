import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TABLES_DIR } from '../editions-node.ts';
import { enumFlag, type ParsedValues, UsageError } from './args.ts';
import { buildReports } from './report/file-report.ts';
import { exitCodeOf, renderReports, VALIDATE_FORMATS } from './report/validate-formats.ts';

export function validateCommand(
  files: string[],
  values: ParsedValues,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const format =
    enumFlag(z.enum(VALIDATE_FORMATS), 'format', values.format) ?? (values.json ? 'json' : 'text');
  if (values.json && format !== 'json') {
    throw new UsageError(`--json is --format json; it cannot be combined with --format ${format}`);
  }
  const targets = files.length
    ? files
    : readdirSync(TABLES_DIR)
        .filter((name) => name.endsWith('.table.json'))
        .map((name) => join(TABLES_DIR, name));
  const reports = buildReports(targets);
  const { stdout, stderr } = renderReports(reports, format);
  if (stdout) out(stdout);
  if (stderr) err(stderr);
  return exitCodeOf(reports);
}
