import { describe, expect, it } from 'vitest';
import { cases, copyOfTable, table, valuesOf } from '../test-support.ts';
import { coverageOf, verify } from './verify.ts';

const kinds = (report: ReturnType<typeof verify>) => report.findings.map((f) => f.kind);

describe('verify', () => {
  it('finds nothing wrong with the shipped table and its cases', () => {
    const report = verify(table, { cases });
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.combinations).toBe(32);
    expect(coverageOf(table).every((entry) => entry.ruleIds.length === 1)).toBe(true);
  });

  it('reports a removed rule as one merged gap with a rule stub', () => {
    const broken = copyOfTable();
    broken.rules = broken.rules.filter((r) => r.id !== 'usage-bought-elsewhere');
    const gaps = verify(broken, { cases }).findings.filter((f) => f.kind === 'gap');
    expect(gaps).toHaveLength(1);
    const detail = gaps[0]?.detail as { when: unknown; stub: { when: unknown } };
    expect(detail.when).toEqual({
      channel: { notIn: ['this-partner', 'other-csp-partner', 'syndication-partner'] },
      billing: { in: ['usage'] },
      customerIsCspPartner: { in: [false] },
    });
    expect(detail.stub.when).toEqual(detail.when);
    expect(gaps[0]?.facts).toEqual(['channel', 'billing', 'customerIsCspPartner']);
  });

  it('reports a duplicated rule as an overlap with an example, a duplicate id and dead rules', () => {
    const broken = copyOfTable();
    broken.rules.push(structuredClone(broken.rules[3] as (typeof broken.rules)[number]));
    const report = verify(broken, { cases });
    expect(kinds(report)).toEqual(['duplicate-rule-id', 'overlap', 'dead-rule', 'dead-rule']);
    const overlap = report.findings[1];
    expect(overlap?.rules).toEqual(['license-bought-elsewhere', 'license-bought-elsewhere']);
    expect(overlap?.detail).toMatchObject({
      example: { channel: 'microsoft-direct', billing: 'license', customerIsCspPartner: false },
    });
    expect(overlap?.message).toContain('rule #4');
    expect(overlap?.message).toContain('rule #8');
  });

  it('reports an overlap between two different rules, naming both', () => {
    const broken = copyOfTable();
    const rule = broken.rules.find((r) => r.id === 'syndication-partner');
    if (rule)
      rule.when = { channel: { in: ['syndication-partner', 'ea'] }, customerIsCspPartner: { in: [false] } };
    const overlaps = verify(broken).findings.filter((f) => f.kind === 'overlap');
    expect(overlaps.map((f) => f.rules)).toEqual([
      ['syndication-partner', 'license-bought-elsewhere'],
      ['syndication-partner', 'usage-bought-elsewhere'],
    ]);
  });

  it('reports a rule that can never fire', () => {
    const broken = copyOfTable();
    broken.rules.push({
      ...structuredClone(broken.rules[1] as (typeof broken.rules)[number]),
      id: 'never',
      when: {
        channel: {
          notIn: valuesOf('channel'),
        },
      },
    });
    const report = verify(broken);
    expect(report.findings.filter((f) => f.kind === 'dead-rule').map((f) => f.rules)).toEqual([['never']]);
    expect(kinds(report)).not.toContain('overlap');
  });

  it('reports a missing translation with its locale and rule', () => {
    const broken = copyOfTable();
    delete broken.messages.hu['rule.bought-through-you.rationale'];
    const findings = verify(broken, { cases }).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'missing-message',
        rules: ['bought-through-you'],
        detail: expect.objectContaining({ locale: 'hu', key: 'rule.bought-through-you.rationale' }),
      }),
    ]);
  });

  it('reports a test case without a Hungarian name', () => {
    if (!cases) throw new Error('the shipped edition has test cases');
    const unnamed = structuredClone(cases);
    delete (unnamed.cases[3] as { names?: unknown }).names;
    expect(verify(table, { cases: unnamed }).findings).toEqual([
      expect.objectContaining({
        kind: 'missing-message',
        rules: ['usage-bought-elsewhere'],
        detail: { locale: 'hu', key: 'Azure under an Enterprise Agreement', catalog: 'test cases' },
      }),
    ]);
  });

  it('reports an unused text', () => {
    const broken = copyOfTable();
    broken.messages.en['step.old'] = 'left over';
    expect(verify(broken, { cases }).findings).toEqual([
      expect.objectContaining({
        kind: 'unused-message',
        detail: expect.objectContaining({ locale: 'en', key: 'step.old' }),
      }),
    ]);
  });

  it('reports an unknown link and an unknown step, naming the rule', () => {
    const broken = copyOfTable();
    const rule = broken.rules[3] as (typeof broken.rules)[number];
    rule.source = { ...rule.source, link: 'nowhere' };
    rule.steps = [...rule.steps, 'fly'];
    const findings = verify(broken, { cases }).findings;
    expect(findings.filter((f) => f.kind === 'unknown-link')).toEqual([
      expect.objectContaining({
        rules: ['license-bought-elsewhere'],
        message: expect.stringContaining('"nowhere"'),
      }),
    ]);
    expect(findings.filter((f) => f.kind === 'unknown-step')).toEqual([
      expect.objectContaining({
        rules: ['license-bought-elsewhere'],
        message: expect.stringContaining('"fly"'),
      }),
    ]);
  });

  it('reports an unused link and an unused step', () => {
    const broken = copyOfTable();
    broken.links.spare = { path: 'partner-center/spare', title: 'link.multichannel', asOf: '2020' };
    broken.steps.spare = { message: 'step.nothing-to-do' };
    expect(kinds(verify(broken, { cases }))).toEqual(['unused-step', 'unused-link']);
  });

  it('reports rules without a test case, and failing cases', () => {
    if (!cases) throw new Error('the shipped edition has test cases');
    const fewer = {
      ...structuredClone(cases),
      cases: cases.cases.filter((c) => c.expect.ruleId !== 'syndication-partner'),
    };
    expect(verify(table, { cases: fewer }).findings).toEqual([
      expect.objectContaining({ kind: 'rule-without-case', rules: ['syndication-partner'] }),
    ]);
    const wrong = structuredClone(cases);
    (wrong.cases[0] as { expect: { status: string } }).expect.status = 'wait-or-cancel';
    const failed = verify(table, { cases: wrong }).findings;
    expect(failed).toEqual([
      expect.objectContaining({ kind: 'case-failed', rules: ['license-bought-elsewhere'] }),
    ]);
    expect(failed[0]?.message).toContain('expected wait-or-cancel');
  });
});
