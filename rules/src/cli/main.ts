#!/usr/bin/env node
// multichannel-rules: validate, decide, explain, export. Exit codes: 0 ok, 1 findings, 2 bad
// usage or an unreadable file. Run from the repository root as `pnpm -s rules <command>`.
import { z } from 'zod';
import { loadEditions } from '../editions-node.ts';
import { EXPORT_FORMATS, exportEdition } from '../export.ts';
import { TableFileError } from '../parse-table.ts';
import { enumFlag, parse, UsageError } from './args.ts';
import { decideCommand } from './decide-command.ts';
import { diffCommand } from './diff-command.ts';
import { explainCommand } from './explain-command.ts';
import { validateCommand } from './validate-command.ts';

export const USAGE = `Usage: multichannel-rules <command> [options]

Commands:
  validate [file...] [--format text|json|github|sarif|junit]
                               Verify decision tables (default: every shipped edition).
                               Exit 0 when clean, 1 with findings, 2 on bad usage or unreadable file.
  decide --channel C --billing B [--customer-is-csp-partner | --customer-is-not-csp-partner]
         [--partner-type T] [--role R]... [--cloud X] [--locale en|hu] [--edition ID] [--json]
                               Decide what multi-channel support means for one subscription.
                               Any fact may be left out: the answer then says what is missing.
  explain <rule-id> [--locale en|hu] [--edition ID] [--json]
                               Show a rule in words, the combinations it owns and its test cases.
  export --format json|csv|jsonschema|cases [--edition ID]
                               Print the table (or its schema, or its test cases).
  diff <edition|file> <edition|file> [--format text|json|markdown]
                               List the input combinations whose outcome changed.
                               Exit 0 when none did, 1 when some did.

Options:
  --json       machine-readable output
  -h, --help   this text
`;

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      out(USAGE);
      return 0;
    }
    switch (command) {
      case 'validate':
        return validateCommand(rest, values, out, err);
      case 'decide':
        noPositionals('decide', rest);
        return decideCommand(values, out);
      case 'explain':
        return explainCommand(rest, values, out);
      case 'diff':
        return diffCommand(rest, values, out);
      case 'export': {
        noPositionals('export', rest);
        const format = enumFlag(z.enum(EXPORT_FORMATS), 'format', values.format);
        if (!format) throw new UsageError(`export needs --format; use one of: ${EXPORT_FORMATS.join(', ')}`);
        const set = loadEditions();
        const table = values.edition ? set.getEdition(values.edition) : set.latestEdition;
        out(exportEdition(table, set.casesFor(table.edition.id), format));
        return 0;
      }
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(
          `unknown command "${command}"; use one of: validate, decide, explain, export, diff`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`multichannel-rules: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof TableFileError) {
      err(`multichannel-rules: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && /^Unknown edition|^No rule "/.test(error.message)) {
      err(`multichannel-rules: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function noPositionals(command: string, rest: string[]) {
  if (rest.length) throw new UsageError(`${command} takes no positional arguments (got: ${rest.join(' ')})`);
}

if (import.meta.main) {
  process.exitCode = run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
