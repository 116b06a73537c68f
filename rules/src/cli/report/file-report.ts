// The verifier's findings for a list of table files, each with the file, JSON path, line and
// column it concerns: what every report format (text, json, github, sarif, junit) prints.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { casesFileFor, TABLES_DIR } from '../../editions-node.ts';
import { parseCases, parseJson, parseTable, TableFileError } from '../../parse-table.ts';
import { readInput, STDIN } from '../../read-input.ts';
import type { DecisionTable, TestCases } from '../../schema.ts';
import type { Finding } from '../../verify/findings.ts';
import { verify } from '../../verify/verify.ts';
import { INVALID_FILE, type ReportKind } from './finding-help.ts';
import { type Locate, locator, type Position } from './locate.ts';

const LOCALES_DIR = join(TABLES_DIR, '..', 'locales');

export interface Place extends Position {
  file: string;
  path: string;
}

export interface ReportEntry extends Place {
  kind: ReportKind;
  message: string;
  rules: string[];
  facts: string[];
  detail?: unknown;
}

export interface FileReport {
  file: string;
  /** False when the table or its cases cannot be read: `findings` then says why (exit 2). */
  readable: boolean;
  edition?: string;
  ok: boolean;
  combinations?: number;
  findings: ReportEntry[];
  /** The table's test cases, each where it is written. */
  cases: (Place & { name: string })[];
}

/** How standard input is named in reports. */
export const STDIN_NAME = 'standard input';

/** Each file's text, read once (standard input can be read only once), and where paths sit in
 * it. A file that cannot be read is a finding of its own; its places are at its start. */
function sources() {
  const texts = new Map<string, { text: string } | { error: unknown }>();
  const locators = new Map<string, Locate>();
  const nameOf = (file: string) => (file === STDIN ? STDIN_NAME : file);
  const text = (file: string): string => {
    const name = nameOf(file);
    let entry = texts.get(name);
    if (!entry) {
      try {
        entry = { text: readInput(name === STDIN_NAME ? STDIN : file) };
      } catch (error) {
        entry = { error };
      }
      texts.set(name, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.text;
  };
  const place = (file: string, path: string): Place => {
    const name = nameOf(file);
    let locate = locators.get(name);
    if (!locate) {
      let content = '';
      try {
        content = text(file);
      } catch {
        // Already reported as the file's own finding.
      }
      locate = locator(content);
      locators.set(name, locate);
    }
    return { file: name, path, ...locate(path) };
  };
  return { nameOf, text, place };
}

function fileOf(finding: Finding, tableFile: string, casesFile: string | undefined): string {
  if (finding.document === 'cases' && casesFile) return casesFile;
  if (finding.document.startsWith('texts:'))
    return join(LOCALES_DIR, `${finding.document.slice('texts:'.length)}.json`);
  return tableFile;
}

/** `shared`: findings about the shared texts, which belong to no one table; the first readable
 * file's report carries them, as the text report always has. `casesFile`: the test cases of the
 * one table given, instead of the x.cases.json beside it. */
export function buildReports(
  files: readonly string[],
  options: { shared?: readonly Finding[]; casesFile?: string } = {},
): FileReport[] {
  const { nameOf, text, place } = sources();
  const shared = options.shared ?? [];
  let sharedPlaced = false;
  return files.map((file): FileReport => {
    const name = nameOf(file);
    const named = options.casesFile ?? casesFileFor(file);
    // No cases file is no cases; one that exists in any form (even a dangling link) must be readable.
    const casesFile = named !== undefined && lstatSync(named, { throwIfNoEntry: false }) ? named : undefined;
    let loaded: { table: DecisionTable; cases: TestCases | undefined };
    try {
      loaded = {
        table: parseTable(parseJson(text(file), name), name),
        cases: casesFile ? parseCases(parseJson(text(casesFile), casesFile), casesFile) : undefined,
      };
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      return {
        file: name,
        readable: false,
        ok: false,
        cases: [],
        findings: error.problems.map((problem) => ({
          kind: INVALID_FILE,
          message: problem.message,
          rules: [],
          facts: [],
          ...place(error.file, problem.path),
        })),
      };
    }
    const report = verify(loaded.table, { cases: loaded.cases });
    const first = shared.length > 0 && !sharedPlaced;
    if (first) sharedPlaced = true;
    const findings = first ? [...report.findings, ...shared] : report.findings;
    return {
      file: name,
      readable: true,
      edition: report.edition,
      ok: findings.length === 0,
      combinations: report.combinations,
      findings: findings.map((finding) => {
        const { document: _, path, ...rest } = finding;
        return { ...rest, ...place(fileOf(finding, file, casesFile), path) };
      }),
      cases: (loaded.cases?.cases ?? []).map((testCase, i) => ({
        name: testCase.name,
        ...place(casesFile ?? file, `$.cases[${i}]`),
      })),
    };
  });
}
