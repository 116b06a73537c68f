// JUnit XML for CI dashboards: a test suite per table file, a test case per test case of the
// table and one per check of the verifier; every finding is a failure of the test case it
// concerns (a failed or invalid case of its own, anything else of its check).
import { XMLBuilder } from 'fast-xml-parser';
import { parseJsonPath } from '../../json-path.ts';
import type { FindingKind } from '../../verify/findings.ts';
import { CASES_NEED_NONE_OF } from '../../verify/verify.ts';
import type { FileReport, ReportEntry } from './file-report.ts';
import { FINDING_HELP, INVALID_FILE, REPORT_KINDS } from './finding-help.ts';
import { displayPath } from './places.ts';

type Element = Record<string, unknown>;

/** Findings about one test case, written as failures of that case. */
const CASE_KINDS: readonly string[] = ['case-failed', 'case-invalid'] satisfies FindingKind[];
const CHECKS = REPORT_KINDS.filter(
  (kind): kind is FindingKind => kind !== INVALID_FILE && !CASE_KINDS.includes(kind),
);

const NOT_EVALUATED: Element = {
  skipped: { '@_message': 'not evaluated: the table has gaps, overlaps or unknown ids' },
};

function failure(entry: ReportEntry, cwd: string, element: 'failure' | 'error' = 'failure'): Element {
  return {
    [element]: {
      '@_type': entry.kind,
      '@_message': entry.message.split('\n')[0],
      '#text': `${entry.message}\nin ${displayPath(entry.file, cwd)}:${entry.line}:${entry.column} (${entry.path})`,
    },
  };
}

function testCase(
  attributes: { classname: string; name: string; file: string; line?: number },
  outcome: Element[],
): Element {
  const element: Element = {
    '@_classname': attributes.classname,
    '@_name': attributes.name,
    '@_file': attributes.file,
  };
  if (attributes.line !== undefined) element['@_line'] = attributes.line;
  // Several failures of one test case are written as repeated elements.
  for (const part of outcome) {
    for (const [key, value] of Object.entries(part)) {
      const seen = element[key];
      element[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    }
  }
  return element;
}

function caseIndex(entry: ReportEntry): number | undefined {
  const [root, index] = parseJsonPath(entry.path) ?? [];
  return root === 'cases' && typeof index === 'number' ? index : undefined;
}

function suite(
  report: FileReport,
  cwd: string,
): { element: Element; tests: number; failures: number; errors: number } {
  const file = displayPath(report.file, cwd);
  const testcases: Element[] = [];
  if (!report.readable) {
    testcases.push(
      testCase(
        { classname: file, name: 'the table file is readable', file },
        report.findings.map((f) => failure(f, cwd, 'error')),
      ),
    );
  } else {
    const evaluated = !report.findings.some((f) => CASES_NEED_NONE_OF.has(f.kind as FindingKind));
    for (const kind of CHECKS) {
      // Which rules the cases exercise is known only once they ran.
      const outcome =
        kind === 'rule-without-case' && !evaluated
          ? [NOT_EVALUATED]
          : report.findings.filter((f) => f.kind === kind).map((f) => failure(f, cwd));
      testcases.push(
        testCase(
          { classname: `${file} verify`, name: `${kind}: ${FINDING_HELP[kind].title}`, file },
          outcome,
        ),
      );
    }
    report.cases.forEach((c, i) => {
      const failed = report.findings.filter((f) => CASE_KINDS.includes(f.kind) && caseIndex(f) === i);
      const outcome = failed.length || evaluated ? failed.map((f) => failure(f, cwd)) : [NOT_EVALUATED];
      testcases.push(
        testCase(
          { classname: `${file} test cases`, name: c.name, file: displayPath(c.file, cwd), line: c.line },
          outcome,
        ),
      );
    });
  }
  // Test cases with at least one such outcome, as JUnit counts them.
  const count = (key: string) => testcases.filter((t) => t[key] !== undefined).length;
  const failures = count('failure');
  const errors = count('error');
  const skipped = count('skipped');
  return {
    element: {
      '@_name': report.edition ? `${file} (edition ${report.edition})` : file,
      '@_tests': testcases.length,
      '@_failures': failures,
      '@_errors': errors,
      '@_skipped': skipped,
      testcase: testcases,
    },
    tests: testcases.length,
    failures,
    errors,
  };
}

export function formatJunit(reports: readonly FileReport[], cwd = process.cwd()): string {
  const suites = reports.map((r) => suite(r, cwd));
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'multichannel-rules validate',
      '@_tests': suites.reduce((n, s) => n + s.tests, 0),
      '@_failures': suites.reduce((n, s) => n + s.failures, 0),
      '@_errors': suites.reduce((n, s) => n + s.errors, 0),
      testsuite: suites.map((s) => s.element),
    },
  }) as string;
}
