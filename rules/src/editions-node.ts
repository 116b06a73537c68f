// Editions from disk, for the CLI and tests: every rules/tables/*.table.json with its cases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EditionSet, editionSet } from './editions.ts';
import { parseCases, parseJson, parseTable, TableFileError } from './parse-table.ts';
import type { DecisionTable, TestCases } from './schema.ts';

export const TABLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tables');

/** `x.table.json` keeps its test cases in `x.cases.json`; a table named otherwise has none. */
export function casesFileFor(tableFile: string): string | undefined {
  return /\.table\.json$/.test(tableFile) ? tableFile.replace(/\.table\.json$/, '.cases.json') : undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new TableFileError(file, [
      {
        path: '$',
        message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      },
    ]);
  }
}

export function readTableFile(file: string): DecisionTable {
  return parseTable(parseJson(readText(file), file), file);
}

export function readCasesFile(file: string | undefined): TestCases | undefined {
  return file !== undefined && existsSync(file)
    ? parseCases(parseJson(readText(file), file), file)
    : undefined;
}

export function loadEditions(dir = TABLES_DIR): EditionSet {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.table.json'))
    .map((name) => join(dir, name));
  const tables = files.map(readTableFile);
  const cases = files
    .map((f) => readCasesFile(casesFileFor(f)))
    .filter((c): c is TestCases => c !== undefined);
  return editionSet(tables, cases);
}
