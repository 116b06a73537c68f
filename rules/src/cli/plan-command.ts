// multichannel-rules plan FILE... : read the customer's (and the partner's) exports, decide every
// subscription with the edition in use, print the onboarding plan. Exit 0 with a plan, 2 on bad
// usage, an unreadable file or a file in no known format (each error names the file).
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadEditions } from '../editions-node.ts';
import { checkSize, MAX_IMPORT_BYTES } from '../import/decode.ts';
import { importFile } from '../import/detect.ts';
import { ImportError } from '../import/errors.ts';
import type { ImportedFile } from '../import/record.ts';
import { buildPlan } from '../plan/plan.ts';
import { PLAN_FORMATS, renderPlan } from '../plan/render.ts';
import { Locale } from '../vocabulary.ts';

export const PLAN_USAGE = `  plan FILE... [--partner-tenant ID] [--edition ID] [--locale en|hu] [--format md|json|csv|html]
                               Read Azure, Graph and Partner Center exports of one customer and
                               print the onboarding plan. Exit 0 with a plan, 2 on unreadable input.
`;

const Flags = z.object({
  'partner-tenant': z.guid('--partner-tenant: expected your tenant id, a GUID').optional(),
  edition: z.string().optional(),
  locale: Locale.optional(),
  format: z.enum(PLAN_FORMATS).optional(),
});

function fail(err: (s: string) => void, message: string): number {
  err(`multichannel-rules plan: ${message}\n`);
  return 2;
}

function readBytes(file: string): Uint8Array {
  try {
    // Refuse an oversized file before reading it into memory.
    checkSize(file, statSync(file).size, MAX_IMPORT_BYTES);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError(file, 'unreadable', 'the file', `expected a readable file (${code})`);
  }
}

export function planCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(err, (error as Error).message);
  }
  if (parsed.values.help) {
    out(`Usage: multichannel-rules\n${PLAN_USAGE}`);
    return 0;
  }
  const flags = Flags.safeParse(parsed.values);
  if (!flags.success) {
    const issue = flags.error.issues[0];
    const flag = String(issue?.path[0] ?? '');
    const allowed =
      issue && 'values' in issue ? `; use one of: ${(issue.values as unknown[]).join(', ')}` : '';
    return fail(err, `--${flag}: ${issue?.message ?? 'invalid'}${allowed}`);
  }
  if (parsed.positionals.length === 0) return fail(err, 'give at least one exported file');
  const { edition, locale = 'en', format = 'md', 'partner-tenant': partnerTenant } = flags.data;
  const set = loadEditions();
  let table: ReturnType<typeof set.getEdition>;
  try {
    table = edition ? set.getEdition(edition) : set.latestEdition;
  } catch (error) {
    return fail(err, (error as Error).message);
  }
  const files: ImportedFile[] = [];
  const errors: string[] = [];
  for (const file of parsed.positionals) {
    try {
      files.push(importFile(file, readBytes(file), partnerTenant ? { partnerTenant } : {}));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      errors.push(error.message);
    }
  }
  // One bad file spoils the plan: report every bad file, print no partial plan.
  if (errors.length) return fail(err, errors.join('\n'));
  out(renderPlan(buildPlan(table, files, { locale }), format));
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'partner-tenant': { type: 'string' },
      edition: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
