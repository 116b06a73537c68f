import {
  casesFileFor,
  loadEditions,
  readCasesFile,
  readTableFile,
  shippedTableFiles,
} from '../editions-node.ts';
import { LOCALES } from '../ids.ts';
import { STDIN } from '../read-input.ts';
import { t, VOCABULARY_TEXTS } from '../texts.ts';
import { checkSharedTexts } from '../verify/check-messages.ts';
import type { Finding } from '../verify/findings.ts';
import { verify } from '../verify/verify.ts';
import type { Locale } from '../vocabulary.ts';
import { localeFrom, oneOf, parseOptions, UsageError } from './args.ts';
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
  usage: `  validate [file...|-] [--cases FILE] [--format text|json] [--json] [--locale en|hu]
                               Verify decision tables (default: every shipped edition).
                               Exit 0 when clean, 1 with findings, 2 on bad usage or unreadable file.`,
  run(argv, { out }) {
    const { values, positionals } = parseOptions('validate', argv, {
      json: { type: 'boolean' },
      format: { type: 'string' },
      cases: { type: 'string' },
      locale: { type: 'string' },
    });
    const locale = localeFrom(values);
    const format = values.json ? 'json' : (oneOf('format', values.format, VALIDATE_FORMATS) ?? 'text');
    const shipped = positionals.length === 0;
    const targets = shipped ? shippedTableFiles() : positionals;
    // Read every file first, so an unreadable one stops the run before any verdict is printed.
    if (values.cases !== undefined && targets.length !== 1)
      throw new UsageError('--cases goes with exactly one table file', 'validate');
    const loaded = targets.map((file) => ({
      file,
      table: readTableFile(file),
      cases: readCasesFile((values.cases as string | undefined) ?? casesFileFor(file)),
    }));
    const results: ValidatedFile[] = loaded.map(({ file, table, cases }) => {
      const report = verify(table, { cases });
      return {
        file: file === STDIN ? 'standard input' : file,
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
    else for (const result of results) out(textReport(result, locale));
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

function textReport(result: ValidatedFile, locale: Locale): string {
  const words = { file: result.file, edition: result.edition };
  if (result.ok) return `${t(locale, 'cli.valid', { ...words, count: String(result.combinations) })}\n`;
  const lines = [t(locale, 'cli.invalid', { ...words, count: String(result.findings.length) })];
  for (const finding of result.findings) {
    lines.push(`  [${finding.kind}] ${finding.message}`);
    const stub = (finding.detail as { stub?: unknown } | undefined)?.stub;
    if (stub)
      lines.push(`    ${t(locale, 'cli.stub')}\n${JSON.stringify(stub, null, 2).replace(/^/gm, '      ')}`);
  }
  return `${lines.join('\n')}\n`;
}
