// The verifier's findings for a list of table files, each with the file, JSON path, line and
// column it concerns: what every report format (text, json, github, sarif, junit) prints.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casesFileFor, readCasesFile, readTableFile, TABLES_DIR } from '../../editions-node.ts';
import { TableFileError } from '../../parse-table.ts';
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

/** Locators by file, each file read once, whatever it holds. */
function locators() {
  const byFile = new Map<string, Locate>();
  return (file: string, path: string): Place => {
    let locate = byFile.get(file);
    if (!locate) {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // An unreadable file is already a finding; its position is the start.
      }
      locate = locator(text);
      byFile.set(file, locate);
    }
    return { file, path, ...locate(path) };
  };
}

function fileOf(finding: Finding, tableFile: string, casesFile: string | undefined): string {
  if (finding.document === 'cases' && casesFile) return casesFile;
  if (finding.document.startsWith('texts:'))
    return join(LOCALES_DIR, `${finding.document.slice('texts:'.length)}.json`);
  return tableFile;
}

/** `shared`: findings about the shared texts, which belong to no one table; the first readable
 * file's report carries them, as the text report always has. */
export function buildReports(files: readonly string[], shared: readonly Finding[] = []): FileReport[] {
  const place = locators();
  let sharedPlaced = false;
  const reports = files.map((file): FileReport => {
    const casesFile = casesFileFor(file);
    const withCases = casesFile !== undefined && existsSync(casesFile) ? casesFile : undefined;
    let loaded: { table: ReturnType<typeof readTableFile>; cases: ReturnType<typeof readCasesFile> };
    try {
      loaded = { table: readTableFile(file), cases: readCasesFile(casesFile) };
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      return {
        file,
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
      file,
      readable: true,
      edition: report.edition,
      ok: findings.length === 0,
      combinations: report.combinations,
      findings: findings.map((finding) => {
        const { document: _, path, ...rest } = finding;
        return { ...rest, ...place(fileOf(finding, file, withCases), path) };
      }),
      cases: (loaded.cases?.cases ?? []).map((testCase, i) => ({
        name: testCase.name,
        ...place(withCases ?? file, `$.cases[${i}]`),
      })),
    };
  });
  return reports;
}
