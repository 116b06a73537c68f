// `import --from dmn` as users run it: a separate process, its files, output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, 'bin.ts');
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('multichannel-rules import --from dmn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const dmnFile = join(dir, 'edition.dmn');
  writeFileSync(dmnFile, cli('export', '--format', 'dmn', '--edition', '2024-06').stdout);

  it('writes a table file that decides as the exported edition and that validate lists texts for', () => {
    const out = join(dir, 'imported.table.json');
    expect(cli('import', '--from', 'dmn', dmnFile, '--out', out).code).toBe(0);
    const facts = [
      '--channel',
      'ea',
      '--billing',
      'license',
      '--customer-is-not-csp-partner',
      '--commerce',
      'legacy',
    ];
    const original = JSON.parse(cli('decide', '--edition', '2024-06', ...facts, '--json').stdout);
    const imported = JSON.parse(cli('decide', '--edition', out, ...facts, '--json').stdout);
    expect([imported.status, imported.ruleId]).toEqual([original.status, original.ruleId]);
    const validate = cli('validate', out, '--json');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('missing-message');
  });

  it('prints the table on standard output without --out', () => {
    const { code, stdout } = cli('import', '--from', 'dmn', dmnFile);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).format).toBe(2);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'imported.table.json'), 'utf8')));
  });

  it('exits 2 naming the element for DMN outside the subset, and on usage errors', () => {
    const first = join(dir, 'first.dmn');
    writeFileSync(first, readFileSync(dmnFile, 'utf8').replace('hitPolicy="UNIQUE"', 'hitPolicy="FIRST"'));
    const refused = cli('import', '--from', 'dmn', first);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /decisionTable "table-2024-06": hit policy FIRST is not supported; supported:/,
    );
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(cli('import', dmnFile).code).toBe(2);
    expect(cli('import', '--from', 'xlsx', dmnFile).stderr).toContain('use one of: dmn');
  });
});
