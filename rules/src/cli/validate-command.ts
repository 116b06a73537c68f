import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { casesFileFor, readCasesFile, readTableFile, TABLES_DIR } from '../editions-node.ts';
import { verify } from '../verify/verify.ts';
import type { ParsedValues } from './args.ts';

export function validateCommand(files: string[], values: ParsedValues, out: (s: string) => void): number {
  const targets = files.length
    ? files
    : readdirSync(TABLES_DIR)
        .filter((name) => name.endsWith('.table.json'))
        .map((name) => join(TABLES_DIR, name));
  // Read every file first, so an unreadable one stops the run before any verdict is printed.
  const loaded = targets.map((file) => ({
    file,
    table: readTableFile(file),
    cases: readCasesFile(casesFileFor(file)),
  }));
  const reports = loaded.map(({ file, table, cases }) => ({ file, report: verify(table, { cases }) }));
  if (values.json) {
    out(
      `${JSON.stringify(
        reports.map(({ file, report }) => ({
          file,
          edition: report.edition,
          ok: report.ok,
          combinations: report.combinations,
          findings: report.findings,
        })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const { file, report } of reports) {
      if (report.ok) {
        out(
          `✓ ${file}: edition ${report.edition} is complete and free of overlaps over ${report.combinations} combinations; every rule has a test case and every text exists in every locale\n`,
        );
        continue;
      }
      out(`✗ ${file}: edition ${report.edition}, ${report.findings.length} finding(s)\n`);
      for (const finding of report.findings) {
        out(`  [${finding.kind}] ${finding.message}\n`);
        const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
        if (stub) out(`    rule stub to paste:\n${JSON.stringify(stub, null, 2).replace(/^/gm, '      ')}\n`);
      }
    }
  }
  return reports.every(({ report }) => report.ok) ? 0 : 1;
}
