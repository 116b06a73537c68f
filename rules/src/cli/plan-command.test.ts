// multichannel-rules plan as users run it: a separate process, its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PARTNER_TENANT, IMPORT_FIXTURES, PLAN_FIXTURES } from '../test-support.ts';

const BIN = join(import.meta.dirname, 'bin.ts');
const PARTNER = FIXTURE_PARTNER_TENANT;
const FIXTURES = IMPORT_FIXTURES;
const ALL = PLAN_FIXTURES.map((f) => join(FIXTURES, f));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('multichannel-rules plan', () => {
  it('prints the plan of all four kinds of export as JSON, and its decisions equal decide --json', () => {
    const { code, stdout, stderr } = cli('plan', ...ALL, '--partner-tenant', PARTNER, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.total).toBe(30);
    const row = (id: string) =>
      plan.groups.flatMap((g: { rows: { id: string }[] }) => g.rows).find((r: { id: string }) => r.id === id);
    for (const [id, flags] of [
      ['00000000-0000-4000-8000-000000000002', ['--channel', 'ea', '--billing', 'usage']],
      ['eeeeeeee-0000-4000-8000-000000000003', ['--billing', 'license']],
      ['eeeeeeee-0000-4000-8000-000000000001', ['--channel', 'this-partner', '--billing', 'license']],
    ] as const) {
      const typed = JSON.parse(cli('decide', ...flags, '--json').stdout);
      expect([row(id).status, row(id).ruleId]).toEqual([typed.status, typed.ruleId]);
    }
  });

  it('prints Markdown by default, in Hungarian on request', () => {
    const { code, stdout } = cli('plan', ...ALL, '--locale', 'hu');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Átvételi terv/);
  });

  it('prints CSV and HTML', () => {
    expect(cli('plan', ALL[2] as string, '--format', 'csv').stdout.split('\r\n')[0]).toContain('status');
    expect(cli('plan', ALL[2] as string, '--format', 'html').stdout).toMatch(/^<!doctype html>/);
  });

  it('exits 2 on az account list, saying what to run instead, and prints no plan', () => {
    const { code, stdout, stderr } = cli('plan', ALL[0] as string, join(FIXTURES, 'az-account-list.json'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('az-account-list.json');
    expect(stderr).toContain('az rest --method get');
  });

  it('exits 2 on a missing file, an unknown format and bad flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"something": "else"}');
    expect(cli('plan', join(dir, 'missing.json'))).toMatchObject({ code: 2, stdout: '' });
    const directory = cli('plan', dir);
    expect(directory).toMatchObject({ code: 2, stdout: '' });
    expect(directory.stderr).toContain('expected a regular file');
    const unknown = cli('plan', other);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Partner Center subscriptions of a customer');
    expect(cli('plan', ALL[0] as string, '--format', 'pdf').stderr).toContain('md, json, csv, html');
    expect(cli('plan', ALL[0] as string, '--partner-tenant', 'contoso').code).toBe(2);
    expect(cli('plan', ALL[0] as string, '--edition', '1999-01').code).toBe(2);
    expect(cli('plan').code).toBe(2);
  });
});
