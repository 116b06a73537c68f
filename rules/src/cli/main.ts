#!/usr/bin/env node
// multichannel-rules. Exit codes: 0 ok; 1 findings (validate) or changed outcomes (diff); 2 bad
// usage, an unreadable file or a table that cannot be evaluated; 70 an internal error (a bug:
// please report it). Run from the repository root as `pnpm -s rules <command>`.
import { UnknownRuleError } from '../describe-rule.ts';
import { UnknownEditionError } from '../editions.ts';
import { FactsError } from '../facts.ts';
import { TableGapError } from '../match.ts';
import { TableFileError } from '../parse-table.ts';
import { UsageError } from './args.ts';
import type { Command, Io } from './command.ts';
import { decideCommand } from './decide-command.ts';
import { diffCommand, UnevaluableTableError } from './diff-command.ts';
import { editionsCommand } from './editions-command.ts';
import { explainCommand } from './explain-command.ts';
import { exportCommand } from './export-command.ts';
import { DmnImportError, importCommand } from './import-command.ts';
import { planCommand } from './plan-command.ts';
import { TOOL_VERSION } from './report/tool-version.ts';
import { validateCommand } from './validate-command.ts';

const COMMANDS: readonly Command[] = [
  validateCommand,
  decideCommand,
  explainCommand,
  exportCommand,
  diffCommand,
  editionsCommand,
  planCommand,
  importCommand,
];

export const USAGE = `Usage: multichannel-rules <command> [options]

Commands:
${COMMANDS.map((c) => c.usage).join('\n')}

Options:
  --json           machine-readable output
  -h, --help       this text (after a command: that command's help)
  -V, --version    the package version
`;

/** Errors that mean "your input is wrong", each answered with exit 2 and its message. */
const INPUT_ERRORS = [
  TableFileError,
  UnknownEditionError,
  UnknownRuleError,
  FactsError,
  TableGapError,
  UnevaluableTableError,
  DmnImportError,
];

/** The exit code; a Promise of it only for a command that reads asynchronously (import). */
export function run(argv: string[], out: Io['out'], err: Io['err']): number | Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) throw new UsageError('no command given');
    if (name === '--help' || name === '-h' || name === 'help') {
      out(USAGE);
      return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      out(`${TOOL_VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new UsageError(
        name.startsWith('-')
          ? `give the command first, e.g. "multichannel-rules decide ${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`
          : `unknown command "${name}"; use one of: ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    if (rest.includes('--help') || rest.includes('-h')) {
      if (command.name !== 'decide') {
        out(`Usage: multichannel-rules\n${command.usage}\n`);
        return 0;
      }
    }
    const code = command.run(rest, { out, err });
    return typeof code === 'number' ? code : code.catch((error: unknown) => report(error, err));
  } catch (error) {
    return report(error, err);
  }
}

function report(error: unknown, err: Io['err']): number {
  if (error instanceof UsageError) {
    const help = COMMANDS.find((c) => c.name === error.command);
    err(
      `multichannel-rules: ${error.message}\n\n${help ? `Usage: multichannel-rules\n${help.usage}\n` : USAGE}`,
    );
    return 2;
  }
  if (INPUT_ERRORS.some((type) => error instanceof type)) {
    err(`multichannel-rules: ${(error as Error).message}\n`);
    return 2;
  }
  err(`multichannel-rules: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 70;
}
