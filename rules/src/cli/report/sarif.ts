// SARIF 2.1.0 for code scanning: one reporting rule per kind of finding, with its help, and each
// finding a result at its file, line and column (the JSON path as its logical location).
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { type FileReport, type ReportEntry, STDIN_NAME } from './file-report.ts';
import { FINDING_HELP, REPORT_KINDS } from './finding-help.ts';
import { displayPath } from './places.ts';
import { TOOL_NAME, TOOL_VERSION } from './tool-version.ts';

const SRCROOT = 'SRCROOT';

const RULES: ReportingDescriptor[] = REPORT_KINDS.map((kind) => {
  const help = FINDING_HELP[kind];
  return {
    id: kind,
    name: help.name,
    shortDescription: { text: `${help.title}.` },
    fullDescription: { text: help.help },
    help: { text: help.help },
    defaultConfiguration: { level: 'error' },
  };
});

function location(entry: ReportEntry, cwd: string): Location {
  const logicalLocations = [{ fullyQualifiedName: entry.path, kind: 'member' }];
  // Standard input is no artifact a viewer can open: the JSON path alone says where.
  if (entry.file === STDIN_NAME) return { logicalLocations };
  const shown = displayPath(entry.file, cwd);
  const inside = !shown.startsWith('../') && !shown.startsWith('/');
  return {
    physicalLocation: {
      artifactLocation: inside
        ? { uri: encodeURI(shown), uriBaseId: SRCROOT }
        : { uri: pathToFileURL(entry.file).href },
      region: { startLine: entry.line, startColumn: entry.column },
    },
    logicalLocations,
  };
}

function result(entry: ReportEntry, cwd: string): Result {
  const stub = (entry.detail as { stub?: unknown } | undefined)?.stub;
  return {
    ruleId: entry.kind,
    ruleIndex: REPORT_KINDS.indexOf(entry.kind),
    level: 'error',
    message: { text: entry.message.endsWith('.') ? entry.message : `${entry.message}.` },
    locations: [location(entry, cwd)],
    properties: { rules: entry.rules, facts: entry.facts, ...(stub ? { ruleStub: stub } : {}) },
  };
}

export function formatSarif(reports: readonly FileReport[], cwd = process.cwd()): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: RULES,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href}/` } },
        invocations: [{ executionSuccessful: reports.every((r) => r.readable) }],
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) => r.findings.map((f) => result(f, cwd))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
