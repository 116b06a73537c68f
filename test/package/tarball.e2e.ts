// The rules package as a partner gets it: packed by pnpm (which builds it first, see the package's
// prepack), installed from the tarball into an empty folder by the machine's own npm and Node, then
// used as a CLI, from a plain .mjs and from TypeScript, and linted as published packages are.
// Every answer of the installed package is compared with the workspace's own sources.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allCombinations, decide, factValues, statusesOf, verify } from '@multichannel/rules';
import { loadEditions, TABLES_DIR } from '@multichannel/rules/editions-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineNode, onMachine, type Run } from './machine-node.ts';

const root = join(import.meta.dirname, '..', '..');
const rulesDir = join(root, 'rules');
const workspaceCli = join(rulesDir, 'src', 'cli', 'bin.ts');
/** A dev tool of the e2e package (publint, attw). */
const devTool = (name: string) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const shipped = loadEditions();
const latest = shipped.latestEdition;
const machine = machineNode(root);

interface Manifest {
  name: string;
  private?: boolean;
  engines?: { node?: string };
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
}

/** A partner's plain ESM script using every entry point; facts as JSON in its first argument. */
const LIBRARY_SCRIPT = `import { decide, factValues, verify } from '@multichannel/rules';
import { fill } from '@multichannel/rules/ids';
import { casesFor, editions, getEdition, latestEdition } from '@multichannel/rules/editions';
import { loadEditions } from '@multichannel/rules/editions-node';
import schema from '@multichannel/rules/tables/decision-table.schema.json' with { type: 'json' };

const facts = JSON.parse(process.argv[2]);
const table = getEdition(latestEdition.edition.id);
console.log(JSON.stringify({
  editions: editions.map((t) => t.edition.id),
  fromDisk: loadEditions().editions.map((t) => t.edition.id),
  decision: decide(table, facts),
  ok: verify(table, { cases: casesFor(table.edition.id) }).ok,
  channels: factValues(table, 'channel'),
  filled: fill('{a}', { a: 'ok' }),
  schema: typeof schema.properties,
}));
`;

let work: string;
let tarball: string;
let consumer: string;
let entries: string[];
let manifest: Manifest;
let install: Run;

/** The workspace's CLI (its sources, on the workspace's Node) on the same arguments. */
function workspace(args: string[]): Run {
  const run = spawnSync(process.execPath, [workspaceCli, ...args], { cwd: consumer, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The installed package's CLI, through npx with the machine's Node. */
function installed(args: string[]): Run {
  return onMachine('npx', ['--no', 'multichannel-rules', ...args], consumer);
}

/** One of the installed package's bins as npm linked it, without npx's own start-up time. */
function linkedBin(command: string, args: string[]): Run {
  return onMachine(join(consumer, 'node_modules', '.bin', command), args, consumer);
}

/** A stack frame in output meant for people: a file of code with its line and column. */
const STACK_FRAME = /\.[cm]?[jt]s:\d+:\d+/;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mca-package-'));
  const pack = spawnSync('pnpm', ['pack', '--pack-destination', work], { cwd: rulesDir, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.stdout}\n${pack.stderr}`);
  const file = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!file) throw new Error(`pnpm pack wrote no tarball into ${work}`);
  tarball = join(work, file);
  entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  manifest = JSON.parse(
    execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  );

  consumer = join(work, 'partner-project');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'partner-project', private: true, type: 'module' }),
  );
  // The partner's own table: a copy of the latest edition with its test cases.
  const id = latest.edition.id;
  mkdirSync(join(consumer, 'tables'));
  copyFileSync(join(TABLES_DIR, `${id}.table.json`), join(consumer, 'tables', 'mine.table.json'));
  copyFileSync(join(TABLES_DIR, `${id}.cases.json`), join(consumer, 'tables', 'mine.cases.json'));
  writeFileSync(join(consumer, 'use-library.mjs'), LIBRARY_SCRIPT);
  install = onMachine(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', tarball],
    consumer,
    90_000,
  );
}, 150_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed rules package', () => {
  it('ships built code with declarations, tables, locales, README and licence; no sources, tests or benchmarks', () => {
    const sources = readdirSync(join(rulesDir, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      // As rules/tsconfig.build.json leaves them out: tests, their support and their fixtures.
      (f) =>
        f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.fixture.ts') && f !== 'test-support.ts',
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const built = `package/dist/${source.replaceAll('\\', '/').replace(/\.ts$/, '')}`;
      expect(entries).toContain(`${built}.js`);
      expect(entries).toContain(`${built}.d.ts`);
    }
    for (const dir of ['tables', 'locales'])
      for (const data of readdirSync(join(rulesDir, dir)).filter((f) => f.endsWith('.json')))
        expect(entries).toContain(`package/${dir}/${data}`);
    expect(entries).toEqual(expect.arrayContaining(['package/README.md', 'package/LICENSE']));
    const unwanted = entries.filter(
      (e) =>
        /\.(test|e2e|bench|fixture)\.|test-support|^package\/(src|bench|scripts|node_modules)\/|tsconfig/.test(
          e,
        ) ||
        (e.endsWith('.ts') && !e.endsWith('.d.ts')),
    );
    expect(unwanted).toEqual([]);
  });

  it('is public, names Node 20.10 and later, and points every entry point and its bin at built files', () => {
    expect(manifest.private).toBeUndefined();
    // 20.10 brought the `with { type: 'json' }` imports the package uses; npm warns EBADENGINE below it.
    expect(manifest.engines?.node).toMatch(/^>=20(\.\d+)*$/);
    const code = Object.entries(manifest.exports).filter(([, target]) => typeof target !== 'string');
    expect(code.map(([entry]) => entry)).toEqual(
      expect.arrayContaining(['.', './editions', './editions-node']),
    );
    for (const [entry, target] of code) {
      const { types, default: js, ...rest } = target as Record<string, string>;
      expect({ entry, rest }).toEqual({ entry, rest: {} });
      expect(types, entry).toMatch(/^\.\/dist\/.+\.d\.ts$/);
      expect(js, entry).toMatch(/^\.\/dist\/.+\.js$/);
      expect(entries).toEqual(
        expect.arrayContaining([`package/${types?.slice(2)}`, `package/${js?.slice(2)}`]),
      );
    }
    // The data entries point at data only.
    for (const [entry, target] of Object.entries(manifest.exports).filter(([, t]) => typeof t === 'string'))
      expect(target, entry).toMatch(/^\.\/(tables\/\*|package\.json)$/);
    for (const file of Object.values(manifest.bin)) {
      expect(file).toMatch(/^\.\/dist\/.+\.js$/);
      const text = execFileSync('tar', ['-xOzf', tarball, `package/${file.slice(2)}`], { encoding: 'utf8' });
      expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    }
    for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
      expect(range, name).toMatch(/^\^\d+\.\d+\.\d+$/);
  });

  it(`installs from the tarball with the machine's npm and Node ${machine.version}, not the workspace's`, () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toContain('EBADENGINE');
    expect(relative(root, machine.execPath).startsWith('..')).toBe(true);
    expect(machine.execPath).not.toBe(process.execPath);
  });

  it('`npx multichannel-rules validate` verifies every shipped edition', () => {
    const run = installed(['validate']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const table of shipped.editions)
      expect(run.stdout).toContain(`edition ${table.edition.id} is complete`);
  });

  it('`decide --json` answers as the workspace does', () => {
    const args = ['decide', '--channel', 'ea', '--billing', 'usage', '--json'];
    const run = installed(args);
    expect(run.status, run.stderr).toBe(0);
    const expected = workspace(args);
    expect(expected.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  it("validates the user's own table files: a clean one, one with findings, an unreadable one", () => {
    const tables = join(consumer, 'tables');
    const clean = installed(['validate', 'tables/mine.table.json']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toContain('tables/mine.table.json');

    // Without its first rule the table has a gap (and a case that now fails): findings, exit 1.
    const broken = structuredClone(latest);
    broken.rules = broken.rules.slice(1);
    writeFileSync(join(tables, 'draft.table.json'), JSON.stringify(broken, null, 2));
    const findings = installed(['validate', '--json', 'tables/draft.table.json']);
    expect(findings.status, findings.stderr).toBe(1);
    const report = JSON.parse(findings.stdout) as { file: string; findings: { kind: string }[] }[];
    expect(report[0]?.file).toBe('tables/draft.table.json');
    expect(report[0]?.findings.map((f) => f.kind)).toContain('gap');
    expect(report).toEqual(JSON.parse(workspace(['validate', '--json', 'tables/draft.table.json']).stdout));

    writeFileSync(join(tables, 'typo.table.json'), '{ "edition": ');
    const unreadable = installed(['validate', 'tables/typo.table.json']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain('tables/typo.table.json');
    expect(unreadable.stderr).toContain('not valid JSON');
    expect(unreadable.stderr).not.toMatch(STACK_FRAME);
  });

  it('imports every entry point from a plain .mjs', () => {
    const facts = allCombinations(latest)[0];
    if (!facts) throw new Error('no input combination');
    const run = onMachine('node', ['use-library.mjs', JSON.stringify(facts)], consumer);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ids = shipped.editions.map((t) => t.edition.id);
    expect(JSON.parse(run.stdout)).toEqual({
      editions: ids,
      fromDisk: ids,
      decision: JSON.parse(JSON.stringify(decide(latest, facts))),
      ok: verify(latest, { cases: shipped.casesFor(latest.edition.id) }).ok,
      channels: [...factValues(latest, 'channel')],
      filled: 'ok',
      schema: 'object',
    });
  });

  it(`runs on the workspace's Node ${process.version} too, with no TypeScript left under node_modules`, () => {
    // Node 22 and 24 refuse to strip types under node_modules: the built package must not need it.
    const [builtBin = ''] = Object.values(manifest.bin);
    const cliBin = join(consumer, 'node_modules', manifest.name, builtBin);
    const validate = spawnSync(process.execPath, [cliBin, 'validate'], { cwd: consumer, encoding: 'utf8' });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    const facts = JSON.stringify(allCombinations(latest)[0]);
    const onMachineNode = onMachine('node', ['use-library.mjs', facts], consumer);
    const onWorkspaceNode = spawnSync(process.execPath, ['use-library.mjs', facts], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(onWorkspaceNode.stderr).toBe('');
    expect(onWorkspaceNode.stdout).toBe(onMachineNode.stdout);
  });

  it("runs the package README's library example", () => {
    const readme = readFileSync(join(rulesDir, 'README.md'), 'utf8');
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    if (!example) throw new Error('rules/README.md has no ```js example');
    writeFileSync(join(consumer, 'readme-example.mjs'), example);
    const run = onMachine('node', ['readme-example.mjs'], consumer);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // It prints the decision's status first, then its steps; its table check prints nothing.
    expect(statusesOf(latest)).toContain(run.stdout.split(' ')[0]);
  });

  it('type-checks a TypeScript consumer against the declarations', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'check.ts'),
      `import { allCombinations, type Decision, decide, type DecisionTable, verify } from '@multichannel/rules';
import { casesFor, latestEdition } from '@multichannel/rules/editions';
import { readTableFile } from '@multichannel/rules/editions-node';

const table: DecisionTable = readTableFile('tables/mine.table.json');
const facts = allCombinations(latestEdition)[0];
if (facts) {
  const decision: Decision = decide(latestEdition, facts, { locale: 'hu' });
  const status: string = decision.status;
  // @ts-expect-error: the declarations are precise, so a status is no number
  const wrong: number = decision.status;
  console.log(status, wrong, verify(table, { cases: casesFor(table.edition.id) }).ok);
}
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'],
      {
        cwd: consumer,
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it("the downloads page's commands install this package, and run on it give the page's own files", async () => {
    // Loaded here, not at the top: it needs the built site, which only this test reads.
    const { decodeEntities, readDist, readPage } = await import('../../site/test/dist.ts');
    const { paths } = await import('../../site/src/lib/paths.ts');
    const lines = [...readPage('/downloads/').matchAll(/<pre><code>([^<]*)<\/code><\/pre>/g)].flatMap((m) =>
      decodeEntities(m[1] as string)
        .trim()
        .split('\n'),
    );
    expect(lines).toContain(`npm install --save-dev ${manifest.name}`);
    const commands = lines.filter((line) => line.startsWith('npx '));
    expect(commands.length).toBeGreaterThan(1);
    for (const line of commands) {
      const [, command = '', rest = '', file] = /^npx (\S+) (.+?)(?: > (\S+))?$/.exec(line) ?? [];
      expect(Object.keys(manifest.bin), line).toContain(command);
      const args = rest.split(' ');
      const run = linkedBin(command, args);
      expect(run.status, `${line}\n${run.stderr}`).toBe(0);
      if (file) {
        const edition = args[args.indexOf('--edition') + 1] as string;
        expect(run.stdout, line).toBe(readDist(paths.download(edition, file)));
      }
    }
  });

  it('passes publint, warnings included', () => {
    const run = spawnSync(devTool('publint'), ['run', '--strict', tarball], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('passes arethetypeswrong for ESM consumers (node16 and bundler resolution) on every entry point', () => {
    const run = spawnSync(devTool('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], {
      encoding: 'utf8',
    });
    const result = JSON.parse(run.stdout) as { analysis: { entrypoints: Record<string, unknown> } };
    expect(Object.keys(result.analysis.entrypoints)).toEqual(
      expect.arrayContaining(Object.keys(manifest.exports).filter((e) => !e.includes('*'))),
    );
    expect(run.status, run.stdout).toBe(0);
  });
});
