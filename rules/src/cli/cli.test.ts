// The CLI as users and pipelines run it: a separate process, its output and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEdition } from '../export.ts';
import { cases, copyOfTable, table } from '../test-support.ts';

const BIN = join(import.meta.dirname, 'bin.ts');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tableFile(mutate: (t: ReturnType<typeof copyOfTable>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  const broken = copyOfTable();
  mutate(broken);
  const file = join(dir, '2020-06.table.json');
  writeFileSync(file, JSON.stringify(broken));
  writeFileSync(join(dir, '2020-06.cases.json'), JSON.stringify(cases));
  return file;
}

describe('multichannel-rules decide', () => {
  it('prints the JSON decision with the documented fields', () => {
    const { code, stdout } = cli(
      'decide',
      '--edition',
      '2020-06',
      '--channel',
      'ea',
      '--billing',
      'usage',
      '--json',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'edition',
        'status',
        'ruleId',
        'missing',
        'possible',
        'canAct',
        'steps',
        'assumptions',
        'trace',
        'locale',
      ]),
    );
    expect(out).toMatchObject({
      edition: '2020-06',
      status: 'new-azure-subscription',
      ruleId: 'usage-bought-elsewhere',
      locale: 'en',
      canAct: null,
    });
  });

  it('answers in Hungarian with /hu-hu/ links', () => {
    const out = JSON.parse(
      cli('decide', '--channel', 'microsoft-direct', '--billing', 'license', '--locale', 'hu', '--json')
        .stdout,
    );
    expect(out.locale).toBe('hu');
    expect(out.steps[0].url).toContain('/hu-hu/');
    expect(out.steps[0].text).toContain('viszonteladói');
  });

  it('takes the flags for CSP partner customers, partner type, roles and cloud', () => {
    const out = JSON.parse(
      cli(
        'decide',
        '--edition',
        '2020-06',
        '--channel',
        'ea',
        '--billing',
        'license',
        '--customer-is-csp-partner',
        '--role',
        'admin-agent',
        '--json',
      ).stdout,
    );
    expect(out).toMatchObject({ status: 'not-allowed', canAct: false, assumptions: [] });
    const reseller = JSON.parse(
      cli(
        'decide',
        '--edition',
        '2020-06',
        '--channel',
        'ea',
        '--billing',
        'license',
        '--partner-type',
        'indirect-reseller',
        '--role',
        'sales-agent',
        '--role',
        'other',
        '--cloud',
        'us-government',
        '--json',
      ).stdout,
    );
    expect(reseller.canAct).toBe(true);
    expect(reseller.steps.map((s: { id: string }) => s.id)).toContain('read-indirect-reseller-tasks');
    expect(reseller.caveats).toHaveLength(1);
  });

  it('says which fact is missing on partial facts', () => {
    const { code, stdout } = cli('decide', '--billing', 'usage');
    expect(code).toBe(0);
    expect(stdout).toContain('[needs-info]');
    expect(stdout).toContain('--channel: Where did the customer buy the subscription?');
    expect(JSON.parse(cli('decide', '--channel', 'advisor', '--json').stdout).missing).toEqual(['billing']);
  });

  it('prints readable next steps and reasons', () => {
    const { stdout } = cli(
      'decide',
      '--edition',
      '2020-06',
      '--channel',
      'other-csp-partner',
      '--billing',
      'license',
    );
    expect(stdout).toContain('Wait for the term to end, or cancel [wait-or-cancel]');
    expect(stdout).toContain('Next steps:');
    expect(stdout).toContain('Why:');
  });

  it.each([
    [
      ['decide', '--channel', 'reseller'],
      /--channel: "reseller" is not allowed; use one of: this-partner, other-csp-partner/,
    ],
    [['decide', '--billing', 'monthly'], /--billing: "monthly" is not allowed; use one of: license, usage/],
    [['decide', '--role', 'boss'], /--role: "boss" is not allowed; use one of: global-admin/],
    [['decide', '--locale', 'de'], /--locale: "de" is not allowed; use one of: en, hu/],
    [
      ['decide', '--edition', '1999-01'],
      /Unknown edition "1999-01"; available: 2024-06, 2023-09, 2021-05, 2020-06/,
    ],
    [
      ['decide', '--colour'],
      /decide does not take --colour; its options are: --edition, --locale, --json, --channel/,
    ],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['export'], /export needs --format; use one of: json, csv, jsonschema, cases/],
    [['explain'], /explain needs exactly one rule id/],
    [['explain', 'no-such-rule'], /No rule "no-such-rule" in edition 2024-06/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const { code, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('multichannel-rules validate', () => {
  it('passes on the shipped tables', () => {
    const { code, stdout } = cli('validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /✓ .*2020-06\.table\.json: edition 2020-06 is complete and free of overlaps over 32 combinations/,
    );
  });

  it('fails on a duplicated rule, naming it', () => {
    const file = tableFile((t) => t.rules.push(structuredClone(t.rules[4] as (typeof t.rules)[number])));
    const { code, stdout } = cli('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain('[duplicate-rule-id] Rule id usage-bought-elsewhere is used by rules #5 and #8');
    expect(stdout).toContain(
      '[overlap] Rules usage-bought-elsewhere (rule #5) and usage-bought-elsewhere (rule #8)',
    );
  });

  it('fails on a removed rule with the gap and a stub to paste', () => {
    const file = tableFile((t) => {
      t.rules = t.rules.filter((r) => r.id !== 'license-with-other-csp-partner');
    });
    const { code, stdout } = cli('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '[gap] No rule covers channel in [other-csp-partner], billing in [license], customerIsCspPartner in [false]',
    );
    expect(stdout).toContain('rule stub to paste:');
  });

  it('prints findings as JSON', () => {
    const file = tableFile((t) => {
      delete t.messages.hu['step.nothing-to-do'];
    });
    const { code, stdout } = cli('validate', file, '--json');
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout);
    expect(report).toMatchObject({
      file,
      ok: false,
      findings: [{ kind: 'missing-message', detail: { locale: 'hu', key: 'step.nothing-to-do' } }],
    });
  });

  it('exits 2 naming the file and the JSON path of a schema problem', () => {
    const file = tableFile((t) => {
      (t.rules[0] as { status: string }).status = 'perhaps';
    });
    const { code, stderr } = cli('validate', file);
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toContain('$.rules[0].status');
  });

  it('exits 2 on unreadable JSON and on a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'x.table.json'), '{ "edition": ');
    expect(cli('validate', join(dir, 'x.table.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not valid JSON'),
    });
    expect(cli('validate', join(dir, 'missing.table.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing.table.json'),
    });
  });
});

describe('multichannel-rules explain and export', () => {
  it('explains a rule with its combinations and test cases', () => {
    const { code, stdout } = cli('explain', 'usage-with-other-csp-partner', '--edition', '2020-06');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage-based, held by another CSP partner [usage-with-other-csp-partner]');
    expect(stdout).toContain('Owns 1 input combination(s):');
    expect(stdout).toContain('Azure held by another CSP partner');
    expect(
      JSON.parse(cli('explain', 'customer-is-csp-partner', '--edition', '2020-06', '--json').stdout).owns,
    ).toHaveLength(16);
  });

  it.each(['json', 'csv', 'jsonschema', 'cases'] as const)(
    'exports %s exactly as the library does',
    (format) => {
      const { code, stdout } = cli('export', '--format', format, '--edition', '2020-06');
      expect(code).toBe(0);
      expect(stdout).toBe(exportEdition(table, cases, format));
    },
  );

  it('exports the committed JSON Schema byte for byte', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'tables', 'decision-table.schema.json'),
      'utf8',
    );
    expect(cli('export', '--format', 'jsonschema').stdout).toBe(committed);
  });
});

describe('multichannel-rules diff', () => {
  it('exits 0 when no outcome changed', () => {
    const { code, stdout } = cli('diff', '2020-06', '2020-06');
    expect(code).toBe(0);
    expect(stdout).toContain('2020-06 → 2020-06: 0 of 32 combinations changed outcome');
  });

  it('exits 1 and lists the combinations that changed', () => {
    const file = tableFile((t) => {
      const rule = t.rules.find((r) => r.id === 'usage-with-other-csp-partner');
      if (rule) rule.status = 'new-azure-subscription';
    });
    const { code, stdout } = cli('diff', '2020-06', file);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '{"channel":"other-csp-partner","billing":"usage","customerIsCspPartner":false}: switch-azure-partner (usage-with-other-csp-partner) → new-azure-subscription (usage-with-other-csp-partner)',
    );
    expect(JSON.parse(cli('diff', '2020-06', file, '--json').stdout).changed).toHaveLength(1);
  });

  it('exits 2 with fewer than two editions', () => {
    expect(cli('diff', '2020-06')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('diff needs two editions'),
    });
  });
});

describe('multichannel-rules validate on a table named freely', () => {
  it('validates it without test cases and says which rules lack one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(table));
    const { code, stdout } = cli('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain('[rule-without-case] Rule license-bought-elsewhere has no test case');
    expect(stdout).not.toContain('[gap]');
  });
});
