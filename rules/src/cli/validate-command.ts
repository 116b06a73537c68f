import { loadEditions, shippedTableFiles } from '../editions-node.ts';
import { LOCALES } from '../ids.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';
import { checkSharedTexts } from '../verify/check-messages.ts';
import { localeFrom, oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { buildReports } from './report/file-report.ts';
import { exitCodeOf, renderReports, VALIDATE_FORMATS } from './report/validate-formats.ts';

export const validateCommand: Command = {
  name: 'validate',
  usage: `  validate [file...|-] [--cases FILE] [--format text|json|github|sarif|junit] [--json]
           [--locale en|hu]
                               Verify decision tables (default: every shipped edition); each finding
                               names its file, JSON path, line and column. --json is --format json.
                               Exit 0 when clean, 1 with findings, 2 on bad usage or unreadable file.`,
  run(argv, { out, err }) {
    const { values, positionals } = parseOptions('validate', argv, {
      json: { type: 'boolean' },
      format: { type: 'string' },
      cases: { type: 'string' },
      locale: { type: 'string' },
    });
    const locale = localeFrom(values);
    const format = oneOf('format', values.format, VALIDATE_FORMATS) ?? (values.json ? 'json' : 'text');
    if (values.json && format !== 'json')
      throw new UsageError(
        `--json is --format json; it cannot be combined with --format ${format}`,
        'validate',
      );
    const shipped = positionals.length === 0;
    const targets = shipped ? shippedTableFiles() : positionals;
    if (values.cases !== undefined && targets.length !== 1)
      throw new UsageError('--cases goes with exactly one table file', 'validate');
    // The shared texts belong to the shipped editions together: unused by all of them is unused.
    const shared = shipped ? checkSharedTexts(loadEditions().editions, VOCABULARY_TEXTS, LOCALES) : [];
    const reports = buildReports(targets, { shared, casesFile: values.cases as string | undefined });
    const { stdout, stderr } = renderReports(reports, format, { locale });
    if (stdout) out(stdout);
    if (stderr) err(stderr);
    return exitCodeOf(reports);
  },
};
