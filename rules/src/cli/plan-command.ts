// multichannel-rules plan FILE... : read the customer's (and the partner's) exports, decide every
// subscription with the edition in use, print the onboarding plan. Exit 0 with a plan, 2 on bad
// usage, an unreadable file or a file in no known format (each error names the file).

import { readFileSync, statSync } from 'node:fs';
import { loadEditions, resolveEdition } from '../editions-node.ts';
import { GUID } from '../ids.ts';
import { checkSize, MAX_IMPORT_BYTES } from '../import/decode.ts';
import { importFile } from '../import/detect.ts';
import { ImportError } from '../import/errors.ts';
import type { ImportedFile } from '../import/record.ts';
import { buildPlan } from '../plan/plan.ts';
import { PLAN_FORMATS, renderPlan } from '../plan/render.ts';
import { localeFrom, oneOf, parseOptions, UsageError } from './args.ts';
import type { Command } from './command.ts';

function readBytes(file: string): Uint8Array {
  try {
    const stats = statSync(file);
    // A FIFO or a device would block or never end: only regular files, and never an oversized one.
    if (!stats.isFile())
      throw new ImportError(
        file,
        'unreadable',
        { key: 'import.at.file' },
        { key: 'import.unreadable.not-a-file' },
      );
    checkSize(file, stats.size, MAX_IMPORT_BYTES);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError(
      file,
      'unreadable',
      { key: 'import.at.file' },
      { key: 'import.unreadable', params: { code } },
    );
  }
}

export const planCommand: Command = {
  name: 'plan',
  usage: `  plan FILE... [--partner-tenant ID] [--edition ID|FILE] [--locale en|hu] [--format ${PLAN_FORMATS.join('|')}]
                               Read Azure, Graph and Partner Center exports of one customer and
                               print the onboarding plan. Exit 0 with a plan, 2 on unreadable input.`,
  run(argv, { out, err }) {
    const { values, positionals } = parseOptions('plan', argv, {
      'partner-tenant': { type: 'string' },
      edition: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
    });
    const format = oneOf('format', values.format, PLAN_FORMATS) ?? 'md';
    const locale = localeFrom(values);
    const partnerTenant = values['partner-tenant'] as string | undefined;
    if (partnerTenant !== undefined && !GUID.test(partnerTenant))
      throw new UsageError(
        `--partner-tenant: "${partnerTenant}" is not a tenant id; expected a GUID`,
        'plan',
      );
    if (positionals.length === 0) throw new UsageError('plan needs at least one exported file', 'plan');
    const set = loadEditions();
    const { table } = resolveEdition(values.edition as string | undefined, set);
    const files: ImportedFile[] = [];
    const errors: string[] = [];
    for (const file of positionals) {
      try {
        files.push(importFile(file, readBytes(file), partnerTenant ? { partnerTenant } : {}));
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        errors.push(error.message);
      }
    }
    // One bad file spoils the plan: report every bad file, print no partial plan.
    if (errors.length) {
      err(`multichannel-rules plan: ${errors.join('\n')}\n`);
      return 2;
    }
    out(renderPlan(buildPlan(table, files, { locale, earlier: set.earlierThan(table) }), format));
    return 0;
  },
};
