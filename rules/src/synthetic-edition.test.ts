// "A new edition is a new file", proved on an edition no code knows: test/fixtures/editions/
// 2099-01 adds a decision fact (region, unknown taken as elsewhere), a channel value
// (marketplace) and a status (ask-microsoft). Copied to a temporary folder, it goes through
// validate, decide, explain, diff against shipped editions and every export, with no code change.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { diffEditions } from './diff.ts';
import { loadEditions, readTableFile } from './editions-node.ts';
import { EXPORT_FORMATS } from './export.ts';
import { relevantFacts } from './relevance.ts';
import { runCli } from './test-support.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'editions');
const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
for (const name of ['2099-01.table.json', '2099-01.cases.json'])
  copyFileSync(join(FIXTURES, name), join(dir, name));
const file = join(dir, '2099-01.table.json');
const table = readTableFile(file);

const cli = runCli;

describe('a synthetic edition with one more decision fact, value and status', () => {
  it('validates clean, cases included', () => {
    expect(cli('validate', file)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('over 72 combinations'),
    });
  });
  it('decides on the new fact, value and status, by flag and by library', () => {
    const { code, stdout } = cli(
      'decide',
      '--edition',
      file,
      '--channel',
      'marketplace',
      '--billing',
      'license',
      '--region',
      'eu',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      edition: '2099-01',
      status: 'ask-microsoft',
      ruleId: 'marketplace-in-eu',
    });
    const assumed = decide(table, { channel: 'marketplace', billing: 'usage' });
    expect(assumed.status).toBe('request-relationship');
    expect(assumed.assumptions.map((a) => [a.fact, a.value])).toEqual([
      ['customerIsCspPartner', false],
      ['region', 'elsewhere'],
    ]);
    expect(cli('decide', '--edition', file, '--region', 'mars')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--region: "mars" is not allowed; use one of: eu, elsewhere'),
    });
    expect(cli('decide', '--edition', file, '--help').stdout).toContain(
      '--region eu|elsewhere (unknown is taken as elsewhere)',
    );
  });
  it('asks the new fact only where it matters', () => {
    expect(relevantFacts(table, { channel: 'marketplace', billing: 'license' })).toContain('region');
    expect(relevantFacts(table, { channel: 'ea', billing: 'license' })).not.toContain('region');
  });
  it('explains its new rule', () => {
    expect(cli('explain', 'marketplace-in-eu', '--edition', file).stdout).toContain(
      'Ask Microsoft [ask-microsoft]',
    );
  });
  it('diffs against every shipped edition, the new fact one more dimension', () => {
    for (const shipped of loadEditions().editions) {
      const diff = diffEditions(shipped, table);
      const decisionFactsOfBoth = new Set(
        [shipped, table].flatMap((t) => Object.keys(t.facts).filter((f) => t.facts[f]?.use === 'decision')),
      );
      expect(Object.keys(diff.changed[0]?.combination ?? {}).sort()).toEqual([...decisionFactsOfBoth].sort());
      expect(diff.changed.some((c) => c.after.status === 'ask-microsoft' && c.before.status === null)).toBe(
        true,
      );
    }
    const { code, stdout } = cli('diff', '2020-06', file, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'combinations', 'changed', 'renamed']);
    expect(json.changed[0]).toMatchObject({
      combination: expect.any(Object),
      before: expect.any(Object),
      after: expect.any(Object),
    });
  });
  it.each(EXPORT_FORMATS)('exports %s', (format) => {
    const { code, stdout } = cli('export', '--edition', file, '--format', format);
    expect(code).toBe(0);
    if (format === 'json') expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    if (format === 'csv') expect(stdout.split('\n')[0]).toContain(',region,');
  });
});
