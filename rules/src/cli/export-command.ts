import { resolveEdition } from '../editions-node.ts';
import { EXPORT_FORMATS, exportEdition } from '../export.ts';
import { oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: `  export --format ${EXPORT_FORMATS.join('|')} [--edition ID|FILE]
                               Print the table (or its schema, or its test cases).`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('export', argv, {
      format: { type: 'string' },
      edition: { type: 'string' },
    });
    if (positionals.length)
      throw new UsageError(`export takes no positional arguments (got: ${positionals.join(' ')})`, 'export');
    const format = oneOf('format', values.format, EXPORT_FORMATS);
    if (!format)
      throw new UsageError(`export needs --format; use one of: ${EXPORT_FORMATS.join(', ')}`, 'export');
    const { table, cases } = resolveEdition(values.edition as string | undefined);
    if (format === 'cases' && !cases)
      throw new UsageError(`edition ${table.edition.id} has no test cases file`, 'export');
    out(exportEdition(table, cases, format));
    return 0;
  },
};
