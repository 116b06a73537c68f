import {
  casesFileFor,
  loadEditions,
  readCasesFile,
  readTableFile,
  shippedTableFiles,
} from '../editions-node.ts';
import { LOCALES } from '../ids.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';
import { checkSharedTexts } from '../verify/check-messages.ts';
import type { Finding } from '../verify/findings.ts';
import { verify } from '../verify/verify.ts';
import { oneOf, parseOptions } from './args.ts';
import type { Command } from './command.ts';

export const VALIDATE_FORMATS = ['text', 'json'] as const;

export interface ValidatedFile {
  file: string;
  edition: string;
  ok: boolean;
  combinations: number;
  findings: Finding[];
}

export const validateCommand: Command = {
  name: 'validate',
  usage: `  validate [file...] [--format text|json] [--json]
                               Verify decision tables (default: every shipped edition).
                               Exit 0 when clean, 1 with findings, 2 on bad usage or unreadable file.`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('validate', argv, {
      json: { type: 'boolean' },
      format: { type: 'string' },
    });
    const format = values.json ? 'json' : (oneOf('format', values.format, VALIDATE_FORMATS) ?? 'text');
    const shipped = positionals.length === 0;
    const targets = shipped ? shippedTableFiles() : positionals;
    // Read every file first, so an unreadable one stops the run before any verdict is printed.
    const loaded = targets.map((file) => ({
      file,
      table: readTableFile(file),
      cases: readCasesFile(casesFileFor(file)),
    }));
    const results: ValidatedFile[] = loaded.map(({ file, table, cases }) => {
      const report = verify(table, { cases });
      return {
        file,
        edition: report.edition,
        ok: report.ok,
        combinations: report.combinations,
        findings: report.findings,
      };
    });
    if (shipped) {
      // The shared texts belong to the shipped editions together: unused by all of them is unused.
      const findings = checkSharedTexts(loadEditions().editions, VOCABULARY_TEXTS, LOCALES);
      if (findings.length) {
        const first = results[0];
        if (first) {
          first.findings.push(...findings);
          first.ok = false;
        }
      }
    }
    if (format === 'json') out(`${JSON.stringify(results, null, 2)}\n`);
    else for (const result of results) out(textReport(result));
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

function textReport(result: ValidatedFile): string {
  if (result.ok)
    return `✓ ${result.file}: edition ${result.edition} is complete and free of overlaps over ${result.combinations} combinations; every rule has a test case and every text exists in every locale\n`;
  const lines = [`✗ ${result.file}: edition ${result.edition}, ${result.findings.length} finding(s)`];
  for (const finding of result.findings) {
    lines.push(`  [${finding.kind}] ${finding.message}`);
    const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
    if (stub)
      lines.push(`    rule stub to paste:\n${JSON.stringify(stub, null, 2).replace(/^/gm, '      ')}`);
  }
  return `${lines.join('\n')}\n`;
}
