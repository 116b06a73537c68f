// Editions from disk, for the CLI and tests: every rules/tables/*.table.json with its cases.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EditionSet, editionSet } from './editions.ts';
import { parseCases, parseJson, parseTable } from './parse-table.ts';
import { readInput, STDIN } from './read-input.ts';
import type { DecisionTable, TestCases } from './schema.ts';

export const TABLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tables');

/** `x.table.json` keeps its test cases in `x.cases.json`; a table named otherwise has none. */
export function casesFileFor(tableFile: string): string | undefined {
  return /\.table\.json$/.test(tableFile) ? tableFile.replace(/\.table\.json$/, '.cases.json') : undefined;
}

export function readTableFile(file: string): DecisionTable {
  const name = file === STDIN ? 'standard input' : file;
  return parseTable(parseJson(readInput(file), name), name);
}

/** No cases file is no cases; one that exists in any form (even a dangling link) must be readable. */
export function readCasesFile(file: string | undefined): TestCases | undefined {
  if (file === undefined || !lstatSync(file, { throwIfNoEntry: false })) return undefined;
  return parseCases(parseJson(readInput(file), file), file);
}

/** The shipped table files, oldest first by name. */
export function shippedTableFiles(dir = TABLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.table.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadEditions(dir = TABLES_DIR): EditionSet {
  const files = shippedTableFiles(dir);
  const tables = files.map(readTableFile);
  const cases = files
    .map((f) => readCasesFile(casesFileFor(f)))
    .filter((c): c is TestCases => c !== undefined);
  return editionSet(tables, cases);
}

export interface ResolvedEdition {
  table: DecisionTable;
  cases: TestCases | undefined;
  /** The file it was read from, for a table given as a file. */
  file?: string;
}

/** A shipped edition by id, or a table file (with its cases file beside it, if any). */
export function resolveEdition(ref: string | undefined, set: EditionSet = loadEditions()): ResolvedEdition {
  if (ref === undefined)
    return { table: set.latestEdition, cases: set.casesFor(set.latestEdition.edition.id) };
  if (ref !== STDIN && /^\d{4}-\d{2}$/.test(ref) && !existsSync(ref)) {
    const table = set.getEdition(ref);
    return { table, cases: set.casesFor(table.edition.id) };
  }
  return { table: readTableFile(ref), cases: readCasesFile(casesFileFor(ref)), file: ref };
}
