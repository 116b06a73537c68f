import { writeFileSync } from 'node:fs';
import { DmnImportError, dmnToTable } from '../exchange/dmn-import.ts';
import { readInput } from '../read-input.ts';
import { oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';

const SOURCES = ['dmn'] as const;

export const importCommand: Command = {
  name: 'import',
  usage: `  import --from ${SOURCES.join('|')} FILE [--out FILE]
                               Turn a DMN decision table into a table file (standard output
                               without --out); "validate" then lists the texts to write.`,
  async run(argv, { out }) {
    const { values, positionals } = parseOptions('import', argv, {
      from: { type: 'string' },
      out: { type: 'string' },
    });
    if (!oneOf('from', values.from, SOURCES))
      throw new UsageError(`import needs --from; use one of: ${SOURCES.join(', ')}`, 'import');
    if (positionals.length !== 1)
      throw new UsageError('import needs one file to read (or - for standard input)', 'import');
    const table = await dmnToTable(readInput(positionals[0] as string));
    const text = `${JSON.stringify(table, null, 2)}\n`;
    if (values.out) writeFileSync(values.out as string, text);
    else out(text);
    return 0;
  },
};

export { DmnImportError };
