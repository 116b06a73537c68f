// Bad input as an adversarial pass found it (issue 9, items 1-7, and the CLI conventions of
// issue 8): each case failed before its fix. Run in-process through run(), except where the
// process itself matters (standard input, pipes, FIFOs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../decide.ts';
import { parseTable } from '../parse-table.ts';
import { cases, copyOfTable, runCli } from '../test-support.ts';

const BIN = join(import.meta.dirname, 'bin.ts');

const cli = runCli;

function writeTable(mutate: (t: Record<string, unknown>) => void, withCases = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
  const table = copyOfTable() as unknown as Record<string, unknown>;
  mutate(table);
  const file = join(dir, '2020-06.table.json');
  writeFileSync(file, JSON.stringify(table));
  if (withCases) writeFileSync(join(dir, '2020-06.cases.json'), JSON.stringify(cases));
  return file;
}

const rules = (t: Record<string, unknown>) => t.rules as { steps: string[]; id: string }[];

describe('keys named like Object.prototype members are not taken as present (1)', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('a step named %s', (name) => {
    const file = writeTable((t) => {
      (rules(t)[1] as { steps: string[] }).steps = [name];
    });
    const { code, stdout, stderr } = cli('validate', file);
    // Lower-case names are step ids the catalog lacks; the others are not step ids at all.
    if (/^[a-z]+$/.test(name)) {
      expect(code).toBe(1);
      expect(stdout).toContain(`names step "${name}", which is not in the steps catalog`);
    } else {
      expect(code).toBe(2);
      expect(stderr).toContain('$.rules[1].steps[0]');
    }
  });
  it('a link named constructor', () => {
    const file = writeTable((t) => {
      (t.steps as Record<string, { link?: string }>)['nothing-to-do'] = {
        message: 'step.nothing-to-do',
        link: 'constructor',
      } as never;
    });
    expect(cli('validate', file)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('names link "constructor"'),
    });
  });
  it('a message key named toString is missing, not present', () => {
    const file = writeTable((t) => {
      (rules(t)[0] as unknown as { title: string }).title = 'toString';
    });
    expect(cli('validate', file).stdout).toContain('No en text for "toString"');
  });
  it('a __proto__ key is refused with its path, not dropped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
    const file = join(dir, 'x.table.json');
    const text = JSON.stringify(copyOfTable()).replace('"steps":{', '"steps":{"__proto__":{"message":"x"},');
    writeFileSync(file, text);
    const { code, stderr } = cli('validate', file);
    expect(code).toBe(2);
    expect(stderr).toContain('$.steps');
  });
});

describe('large and odd tables (2, 3)', () => {
  it('decides on a table with more than 32,767 rules', () => {
    // Over the file size limit as JSON, so built in memory: 38,416 rules split four extra facts.
    const t = copyOfTable() as unknown as Record<string, unknown>;
    const facts = t.facts as Record<string, unknown>;
    const values = (p: string) => Array.from({ length: 14 }, (_, i) => `${p}${i}`);
    for (const f of ['a', 'b', 'c', 'd']) facts[f] = { use: 'decision', values: values(f) };
    const [csp, ...others] = rules(t) as unknown as { id: string; when: Record<string, unknown> }[];
    const split: unknown[] = [...others];
    for (let i = 0; i < 14 ** 4; i++) {
      const at = [i % 14, Math.floor(i / 14) % 14, Math.floor(i / 196) % 14, Math.floor(i / 2744)];
      split.push({
        ...csp,
        id: `csp-${i}`,
        when: {
          ...csp?.when,
          a: { in: [`a${at[0]}`] },
          b: { in: [`b${at[1]}`] },
          c: { in: [`c${at[2]}`] },
          d: { in: [`d${at[3]}`] },
        },
      });
    }
    t.rules = split;
    const table = parseTable(t);
    expect(table.rules.length).toBeGreaterThan(32_767);
    const last = decide(table, { customerIsCspPartner: true, a: 'a13', b: 'b13', c: 'c13', d: 'd13' });
    expect(last).toMatchObject({ status: 'not-allowed', ruleId: `csp-${14 ** 4 - 1}` });
  });
  it('diff against a table with a gap exits 2 with the finding, no stack trace', () => {
    const file = writeTable((t) => {
      t.rules = rules(t).slice(1);
    });
    const { code, stderr } = cli('diff', '2020-06', file);
    expect(code).toBe(2);
    expect(stderr).toContain('[gap] No rule covers');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('what is read (4, 5, 7)', () => {
  it('refuses a device and a FIFO with exit 2, without reading them', () => {
    expect(cli('validate', '/dev/zero')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not a regular file'),
    });
    const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
    const fifo = join(dir, 'pipe.table.json');
    spawnSync('mkfifo', [fifo]);
    expect(cli('validate', fifo)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not a regular file'),
    });
  });
  it('refuses a file over the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
    const file = join(dir, 'big.table.json');
    writeFileSync(file, Buffer.alloc(9 * 1024 * 1024, 0x20));
    expect(cli('validate', file)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('larger than 8 MiB'),
    });
  });
  it('rejects a byte that is not UTF-8, naming the file and position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
    const file = join(dir, 'latin1.table.json');
    const text = JSON.stringify(copyOfTable(), null, 2);
    const at = text.indexOf('Bought through you');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]),
    );
    const { code, stderr } = cli('validate', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`latin1\\.table\\.json[\\s\\S]*not valid UTF-8 at line \\d+, column \\d+ \\(byte ${at}\\)`),
    );
  });
  it('a cases file that is a dangling link or a loop is unreadable, not "no cases"', () => {
    for (const make of [
      (dir: string) => symlinkSync(join(dir, 'nowhere.json'), join(dir, '2020-06.cases.json')),
      (dir: string) => {
        symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
        symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
        symlinkSync(join(dir, 'a.json'), join(dir, '2020-06.cases.json'));
      },
    ]) {
      const file = writeTable(() => {}, false);
      make(join(file, '..'));
      const { code, stderr } = cli('validate', file);
      expect(code).toBe(2);
      expect(stderr).toContain('2020-06.cases.json');
    }
  });
  it('a rule naming the same step twice is a finding, and the step shows once', () => {
    const file = writeTable((t) => {
      (rules(t)[1] as { steps: string[] }).steps = ['nothing-to-do', 'nothing-to-do'];
    });
    const { code, stdout } = cli('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain('[duplicate-step] Rule bought-through-you names step "nothing-to-do" twice');
  });
  it('reads a table from standard input with -', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
    mkdirSync(dir, { recursive: true });
    const result = spawnSync(
      process.execPath,
      [
        BIN,
        'validate',
        '-',
        '--cases',
        join(import.meta.dirname, '..', '..', 'tables', '2020-06.cases.json'),
      ],
      {
        input: JSON.stringify(copyOfTable()),
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ standard input: edition 2020-06 is complete');
  });
});

describe('flags (6) and conventions', () => {
  it.each([
    [
      ['decide', '--channel', 'ea', '--channel', 'open'],
      /--channel was given 2 times \("ea", "open"\); give it once/,
    ],
    [['decide', '--locale', 'en', '--locale', 'hu'], /--locale was given 2 times/],
    [['export', '--format', 'csv', '--format', 'json'], /--format was given 2 times/],
    [['validate', '--channel', 'ea'], /validate does not take --channel; its options are: --json, --format/],
    [['editions', '--billing', 'usage'], /editions does not take --billing/],
    [['decide', '--commerce', 'legacy', '--edition', '2020-06'], /decide does not take --commerce/],
  ])('exits 2 on %j', (argv, message) => {
    const { code, stderr } = cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
  it('the same value twice is harmless', () => {
    expect(
      cli('decide', '--channel', 'ea', '--channel', 'ea', '--billing', 'usage', '--edition', '2020-06').code,
    ).toBe(0);
  });
  it('prints its version', () => {
    expect(cli('--version')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
  it('localizes every heading with --locale hu', () => {
    const { stdout } = cli(
      'decide',
      '--channel',
      'ea',
      '--billing',
      'license',
      '--locale',
      'hu',
      '--edition',
      '2020-06',
    );
    expect(stdout).toContain('Következő lépések:');
    expect(stdout).toContain('Indoklás:');
    expect(stdout).toContain('Feltételezés:');
    expect(stdout).not.toMatch(/Next steps|Why:|Assumed:/);
    expect(cli('explain', 'bought-through-you', '--locale', 'hu', '--edition', '2020-06').stdout).toContain(
      'Eredmény:',
    );
  });
  it('a closed pipe ends quietly', () => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" export --format json --edition 2020-06 | head -c 1 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
