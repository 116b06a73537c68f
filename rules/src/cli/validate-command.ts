import { loadEditions, shippedTableFiles } from '../editions-node.ts';
import { LOCALES } from '../ids.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';
import { checkSharedTexts } from '../verify/check-messages.ts';
import { oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { buildReports } from './report/file-report.ts';
import { exitCodeOf, renderReports, VALIDATE_FORMATS } from './report/validate-formats.ts';

export const validateCommand: Command = {
  name: 'validate',
  usage: `  validate [file...] [--format text|json|github|sarif|junit] [--json]
                               Verify decision tables (default: every shipped edition); each finding
                               names its file, JSON path, line and column. --json is --format json.
                               Exit 0 when clean, 1 with findings, 2 on bad usage or unreadable file.`,
  run(argv, { out, err }) {
    const { values, positionals } = parseOptions('validate', argv, {
      json: { type: 'boolean' },
      format: { type: 'string' },
    });
    const format = oneOf('format', values.format, VALIDATE_FORMATS) ?? (values.json ? 'json' : 'text');
    if (values.json && format !== 'json')
      throw new UsageError(
        `--json is --format json; it cannot be combined with --format ${format}`,
        'validate',
      );
    const shipped = positionals.length === 0;
    // The shared texts belong to the shipped editions together: unused by all of them is unused.
    const shared = shipped ? checkSharedTexts(loadEditions().editions, VOCABULARY_TEXTS, LOCALES) : [];
    const reports = buildReports(shipped ? shippedTableFiles() : positionals, shared);
    const { stdout, stderr } = renderReports(reports, format);
    if (stdout) out(stdout);
    if (stderr) err(stderr);
    return exitCodeOf(reports);
  },
};
