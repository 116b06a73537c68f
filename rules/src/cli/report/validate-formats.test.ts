// `validate --format` as CI runs it: a separate process in the folder of the tables, on files
// that together give a finding of every kind, read back with the consumers' own tools.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import multitool from '@microsoft/sarif-multitool';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJsonPath } from '../../json-path.ts';
import { everyKindFiles } from './every-kind.fixture.ts';
import { REPORT_KINDS } from './finding-help.ts';
import { escapeData, escapeProperty } from './github.ts';

const BIN = join(import.meta.dirname, '..', 'bin.ts');
const PACKAGE = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
) as { homepage?: string };

const files = everyKindFiles();
const all = [files.structure, files.cases, files.broken];

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: files.dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  kind: string;
  file: string;
  path: string;
  line: number;
  column: number;
  message: string;
}

/** The text at a line and column of a file, read without the locator under test. */
function textAt(file: string, line: number, column: number): string {
  return (readFileSync(file, 'utf8').split('\n')[line - 1] ?? '').slice(column - 1);
}

/** What the node a path names starts with: its key in quotes, or an array element's value. */
function expectAtNode(file: string, path: string, line: number, column: number) {
  const segments = parseJsonPath(path);
  expect(segments, path).toBeDefined();
  const last = segments?.at(-1);
  const text = textAt(file, line, column);
  if (typeof last === 'string')
    expect(text, `${file} ${path}`).toMatch(new RegExp(`^${JSON.stringify(last)}:`));
  else if (typeof last === 'number') expect(text, `${file} ${path}`).toMatch(/^[{["\dtfn-]/);
}

let json: { file: string; readable: boolean; findings: JsonFinding[] }[];
const findings = () => json.flatMap((r) => r.findings);

beforeAll(() => {
  const result = cli('validate', '--format', 'json', ...all);
  expect(result.code).toBe(2);
  json = JSON.parse(result.stdout);
});

describe('the fixture', () => {
  it('gives a finding of every kind', () => {
    expect(new Set(findings().map((f) => f.kind))).toEqual(new Set(REPORT_KINDS));
  });
});

describe('validate --format json', () => {
  it('gives every finding its file, JSON path, line and column, at the node the path names', () => {
    for (const f of findings()) {
      expect(f.line, f.path).toBeGreaterThan(0);
      expect(f.column, f.path).toBeGreaterThan(0);
      if (f.kind !== 'invalid-file') expectAtNode(f.file, f.path, f.line, f.column);
    }
    const byKind = (kind: string) => findings().find((f) => f.kind === kind) as JsonFinding;
    expect(byKind('unknown-step')).toMatchObject({ path: '$.rules[0].steps[1]' });
    expect(textAt(files.structure, byKind('unknown-step').line, 1)).toContain('"no-such-step"');
    expect(textAt(files.structure, byKind('unknown-link').line, 1)).toContain('"no-such-link"');
    expect(byKind('case-failed')).toMatchObject({ file: files.cases.replace('.table.', '.cases.') });
    expect(byKind('invalid-file')).toMatchObject({ file: files.broken, path: '$', line: 3, column: 15 });
  });

  it('locates a schema problem at the node its JSON path names', () => {
    const table = JSON.parse(readFileSync(files.cases, 'utf8'));
    table.rules[2].status = 'perhaps';
    const file = join(files.dir, 'schema.table.json');
    writeFileSync(file, JSON.stringify(table, null, 2));
    const result = cli('validate', '--format', 'json', file);
    expect(result.code).toBe(2);
    const [problem] = JSON.parse(result.stdout)[0].findings as JsonFinding[];
    expect(problem).toMatchObject({ kind: 'invalid-file', file, path: '$.rules[2].status' });
    expect(textAt(file, problem?.line ?? 0, problem?.column ?? 0)).toMatch(/^"status": "perhaps"/);
  });

  it('points a duplicated rule id at its second use', () => {
    const duplicate = findings().find((f) => f.kind === 'duplicate-rule-id') as JsonFinding;
    const lines = readFileSync(files.structure, 'utf8').split('\n');
    const uses = lines.flatMap((l, i) => (l.includes('"id": "usage-bought-elsewhere"') ? [i + 1] : []));
    expect(uses).toHaveLength(2);
    expect(duplicate.line).toBe(uses[1]);
  });

  it('is what --json gives', () => {
    expect(cli('validate', '--json', ...all).stdout).toBe(cli('validate', '--format', 'json', ...all).stdout);
  });

  it('refuses an unknown format and --json with another format, naming the formats', () => {
    expect(cli('validate', '--format', 'xml', files.cases)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('use one of: text, json, github, sarif, junit'),
    });
    expect(cli('validate', '--json', '--format', 'sarif', files.cases).code).toBe(2);
  });
});

describe('validate --format text', () => {
  it('says where to look for each finding', () => {
    const { code, stdout } = cli('validate', files.structure);
    expect(code).toBe(1);
    const step = findings().find((f) => f.kind === 'unknown-step') as JsonFinding;
    expect(stdout).toContain(`in ${files.structure}:${step.line}:${step.column} ($.rules[0].steps[1])`);
    const hu = cli('validate', '--locale', 'hu', files.structure).stdout;
    expect(hu).toContain(`helye: ${files.structure}:${step.line}:${step.column} ($.rules[0].steps[1])`);
  });

  it('gives the line and column of an unreadable file on stderr', () => {
    const { code, stdout, stderr } = cli('validate', files.broken);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${files.broken}:3:15 at $: not valid JSON`);
  });
});

describe('validate --format github', () => {
  const ANNOTATION = /^::error file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$/;

  it('escapes data and properties as GitHub documents', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });

  it('annotates every finding on its file, line and column', () => {
    const { code, stdout } = cli('validate', '--format', 'github', ...all);
    expect(code).toBe(2);
    const annotations = stdout
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) => {
        const m = ANNOTATION.exec(l);
        expect(m, l).not.toBeNull();
        const [, file, line, col, title, message] = m as unknown as string[];
        return { file, line: Number(line), col: Number(col), title, message };
      });
    expect(annotations.map(({ file, line, col }) => ({ file, line, col }))).toEqual(
      findings().map((f) => ({ file: f.file.slice(files.dir.length + 1), line: f.line, col: f.column })),
    );
    for (const kind of REPORT_KINDS) {
      expect(annotations.some((a) => a.title?.includes(`(${kind}%2C `))).toBe(true);
    }
    const gap = annotations.find((a) => a.title?.includes('(gap%2C'));
    expect(gap?.message).toContain('%0ARule stub to paste:%0A{');
  });
});

describe('validate - (standard input)', () => {
  it('annotates without a file or line and writes SARIF with the JSON path alone', () => {
    const input = readFileSync(files.structure, 'utf8');
    const run = (format: string) =>
      spawnSync(process.execPath, [BIN, 'validate', '-', '--format', format], {
        encoding: 'utf8',
        cwd: files.dir,
        input,
      });
    const github = run('github');
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(
      /^::error title=Step not in the catalog \(unknown-step%2C \$\.rules\[0\]\.steps\[1\]\)::/m,
    );
    expect(github.stdout).not.toContain('file=');
    const sarif = JSON.parse(run('sarif').stdout) as Log;
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.locations?.[0]).toEqual({ logicalLocations: [expect.any(Object)] });
  });
});

describe('validate --format sarif', () => {
  let log: Log;
  const sarifFile = join(files.dir, 'report.sarif');
  beforeAll(() => {
    const { code, stdout } = cli('validate', '--format', 'sarif', ...all);
    expect(code).toBe(2);
    log = JSON.parse(stdout);
    writeFileSync(sarifFile, stdout);
  });

  it('validates against the SARIF 2.1.0 schema that Microsoft ships', () => {
    const schema = JSON.parse(readFileSync(join(dirname(multitool), 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, runs: [{ results: [{ ruleId: 'gap' }] }] })).toBe(false);
  });

  it('passes the SARIF Multitool validator', () => {
    const out = join(files.dir, 'multitool.sarif');
    const run = spawnSync(multitool, ['validate', sarifFile, '--output', out, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const verdict = JSON.parse(readFileSync(out, 'utf8')) as Log;
    // The tool's home page can be named once the package has one.
    const allowed = PACKAGE.homepage ? [] : ['SARIF2005'];
    const problems = (verdict.runs[0]?.results ?? []).filter((r) => !allowed.includes(r.ruleId ?? ''));
    expect(problems.map((r) => `${r.ruleId}: ${JSON.stringify(r.message.arguments)}`)).toEqual([]);
  });

  it('has one reporting rule with help per kind and every result at its line and column', () => {
    const run = log.runs[0];
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(REPORT_KINDS);
    for (const rule of rules) expect(rule.help?.text.length).toBeGreaterThan(40);
    const results = run?.results ?? [];
    expect(results).toHaveLength(findings().length);
    results.forEach((result, i) => {
      const finding = findings()[i] as JsonFinding;
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.ruleId).toBe(finding.kind);
      const location = result.locations?.[0];
      expect(location?.physicalLocation).toEqual({
        artifactLocation: { uri: finding.file.slice(files.dir.length + 1), uriBaseId: 'SRCROOT' },
        region: { startLine: finding.line, startColumn: finding.column },
      });
      expect(location?.logicalLocations?.[0]?.fullyQualifiedName).toBe(finding.path);
    });
  });
});

describe('validate --format junit', () => {
  let doc: Document;
  beforeAll(() => {
    const { code, stdout } = cli('validate', '--format', 'junit', ...all);
    expect(code).toBe(2);
    doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(stdout, 'text/xml') as unknown as Document;
  });

  const children = (el: Element | XmlElement, name: string) =>
    Array.from((el as Element).childNodes).filter((n): n is Element => n.nodeName === name);

  it('is well-formed XML whose counts add up', () => {
    const root = doc.documentElement as Element;
    expect(root.nodeName).toBe('testsuites');
    const suites = children(root, 'testsuite');
    expect(suites).toHaveLength(3);
    let tests = 0;
    for (const suite of suites) {
      const cases = children(suite, 'testcase');
      tests += cases.length;
      expect(Number(suite.getAttribute('tests'))).toBe(cases.length);
      expect(Number(suite.getAttribute('failures'))).toBe(
        cases.filter((c) => children(c, 'failure').length).length,
      );
      expect(Number(suite.getAttribute('errors'))).toBe(
        cases.filter((c) => children(c, 'error').length).length,
      );
    }
    expect(Number(root.getAttribute('tests'))).toBe(tests);
  });

  it('makes each test case of a table a test case and each finding a failure', () => {
    const suites = children(doc.documentElement as Element, 'testsuite');
    const casesSuite = suites[1] as Element;
    const written = JSON.parse(readFileSync(files.cases.replace('.table.', '.cases.'), 'utf8')) as {
      cases: { name: string }[];
    };
    const caseElements = children(casesSuite, 'testcase').filter((c) =>
      c.getAttribute('classname')?.endsWith('test cases'),
    );
    expect(caseElements.map((c) => c.getAttribute('name'))).toEqual(written.cases.map((c) => c.name));
    expect(caseElements.map((c) => c.getAttribute('name'))).toContainEqual(
      expect.stringContaining(`<&> "quoted", 100% 'sure': yes`),
    );
    const failed = caseElements.filter((c) => children(c, 'failure').length);
    expect(
      failed.map((c) => [c.getAttribute('name'), children(c, 'failure')[0]?.getAttribute('type')]),
    ).toEqual([
      ['Azure held by another CSP partner', 'case-failed'],
      ['A status the table does not declare', 'case-invalid'],
    ]);

    const outcomes = suites.flatMap((s) =>
      children(s, 'testcase').flatMap((c) => [...children(c, 'failure'), ...children(c, 'error')]),
    );
    expect(outcomes.map((o) => o.getAttribute('type')).sort()).toEqual(
      findings()
        .map((f) => f.kind)
        .sort(),
    );
    // The table with gaps cannot run its cases: they are skipped, not passed.
    const skipped = children(suites[0] as Element, 'testcase').filter((c) => children(c, 'skipped').length);
    expect(skipped.length).toBeGreaterThan(1);
  });
});
