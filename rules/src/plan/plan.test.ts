// The plan end to end: the fixture set of all four kinds of export, every row's status or open
// question, decisions equal to the same facts typed in, and the four renderings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decide } from '../decide.ts';
import { importFile, importText } from '../import/detect.ts';
import type { ImportedFile } from '../import/record.ts';
import { FIXTURE_PARTNER_TENANT, IMPORT_FIXTURES, PLAN_FIXTURES, shipped, table } from '../test-support.ts';
import type { Facts } from '../vocabulary.ts';
import { buildPlan } from './plan.ts';
import { renderPlan } from './render.ts';

const dir = IMPORT_FIXTURES;
const PARTNER = FIXTURE_PARTNER_TENANT;
const files = PLAN_FIXTURES.map((n) => importFile(n, readFileSync(join(dir, n)), { partnerTenant: PARTNER }));
const sub = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// Expected by reading the fixtures against the guide, subscription by subscription.
const EXPECTED: Record<string, string> = {
  [sub(1)]: 'new-azure-subscription', // PAYG
  [sub(2)]: 'new-azure-subscription', // EA quotaId, settled as EA by the billing account
  [sub(3)]: 'new-azure-subscription', // Dev/Test, settled as EA
  ...Object.fromEntries([4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => [sub(n), 'new-azure-subscription'])),
  [sub(13)]: 'already-yours', // CSP quotaId, listed in Partner Center
  [sub(14)]: 'needs-info', // CSP quotaId: you or another partner
  [sub(15)]: 'needs-info',
  [sub(19)]: 'needs-info', // unknown quotaId
  [sub(101)]: 'new-azure-subscription',
  [sub(102)]: 'new-azure-subscription',
  [sub(201)]: 'new-azure-subscription',
  [sub(202)]: 'new-azure-subscription',
  [sub(203)]: 'needs-info',
  [sub(204)]: 'new-azure-subscription', // Open
  'eeeeeeee-0000-4000-8000-000000000001': 'already-yours', // Graph owner = you, and in Partner Center
  'eeeeeeee-0000-4000-8000-000000000002': 'needs-info', // another partner: CSP, Syndication or Advisor
  'eeeeeeee-0000-4000-8000-000000000003': 'needs-info', // no partner: direct or EA
  'eeeeeeee-0000-4000-8000-000000000004': 'needs-info', // PowerShell Graph, another partner
  'eeeeeeee-0000-4000-8000-000000000005': 'already-yours', // only in Partner Center
};
const SKIPPED = [sub(16), sub(17), sub(18)];

describe('buildPlan on the fixture set of every format', () => {
  const plan = buildPlan(table, files);
  const rows = [...plan.groups.flatMap((g) => g.rows), ...plan.skipped];

  it('has one row per subscription, each with the expected status', () => {
    expect(Object.fromEntries(plan.groups.flatMap((g) => g.rows.map((r) => [r.id, r.status])))).toEqual(
      EXPECTED,
    );
    expect(plan.skipped.map((r) => r.id)).toEqual(SKIPPED);
    expect(plan.total).toBe(Object.keys(EXPECTED).length + SKIPPED.length);
  });

  it('groups by status with counts, in the edition order, naming the edition and its date', () => {
    expect(plan.groups.map((g) => [g.status, g.count])).toEqual([
      ['new-azure-subscription', 17],
      ['already-yours', 3],
      ['needs-info', 7],
    ]);
    expect(plan.edition).toMatchObject({ id: table.edition.id, effectiveDate: table.edition.effectiveDate });
  });

  it('every needs-info row asks where it was bought, listing what the files leave possible', () => {
    for (const r of plan.groups.find((g) => g.status === 'needs-info')?.rows ?? []) {
      expect(r.questions.map((q) => q.fact)).toEqual(['channel']);
      expect(r.questions[0]?.candidates.length).toBeGreaterThan(1);
    }
    const none = rows.find((r) => r.id === 'eeeeeeee-0000-4000-8000-000000000003');
    // Direct or EA: both answers lead to the same status, and the plan says so.
    expect(none?.questions[0]?.outcomes.map((o) => o.status)).toEqual([
      'request-relationship',
      'request-relationship',
    ]);
  });

  it('decisions on imported facts equal decisions on the same facts typed in', () => {
    const typed: Record<string, Facts> = {
      [sub(2)]: { channel: 'ea', billing: 'usage' },
      [sub(13)]: { channel: 'this-partner', billing: 'usage', cloud: 'commercial' },
      [sub(14)]: { billing: 'usage' },
      'eeeeeeee-0000-4000-8000-000000000003': { billing: 'license' },
    };
    for (const [id, facts] of Object.entries(typed)) {
      const row = rows.find((r) => r.id === id);
      const decision = decide(table, facts);
      expect([row?.status, row?.ruleId, row?.questions.map((q) => q.fact)]).toEqual([
        decision.status,
        decision.ruleId,
        decision.missing,
      ]);
      expect(row?.steps).toEqual(decision.steps);
    }
  });

  it('says how each fact was read, with the field and the raw value', () => {
    const ea = rows.find((r) => r.id === sub(2));
    const channel = ea?.facts.find((f) => f.fact === 'channel');
    expect(channel?.readings.map((r) => [r.file, r.field, r.raw])).toEqual([
      ['arm-subscriptions.json', 'subscriptionPolicies.quotaId', 'EnterpriseAgreement_2014-09-01'],
      ['billing-accounts-ea.json', 'agreementType', 'EnterpriseAgreement'],
    ]);
    expect(channel?.readings[0]?.text).toContain('EnterpriseAgreement_2014-09-01');
  });

  it('speaks Hungarian', () => {
    const hu = buildPlan(table, files, { locale: 'hu' });
    expect(hu.locale).toBe('hu');
    const row = hu.groups.find((g) => g.status === 'new-azure-subscription')?.rows[0];
    expect(row?.steps[0]?.url).toContain('/hu-hu/');
    expect(row?.facts[0]?.readings[0]?.text).toContain('közvetlenül a Microsofttól');
  });
});

describe('buildPlan with edition 2024-06, which declares commerce and more channels', () => {
  const newest = shipped.getEdition('2024-06');
  const plan = buildPlan(newest, files, { earlier: shipped.earlierThan(newest) });
  const rows = plan.groups.flatMap((g) => g.rows);
  const row = (id: string) => rows.find((r) => r.id === id);

  it('fills commerce from Partner Center offer ids, which 2020-06 does not declare', () => {
    expect(row(sub(13))?.facts.find((f) => f.fact === 'commerce')?.value).toBe('legacy');
    expect(row('eeeeeeee-0000-4000-8000-000000000005')?.facts.find((f) => f.fact === 'commerce')?.value).toBe(
      'new-commerce',
    );
  });

  it('offers the new channels as candidates and says what each answer leads to', () => {
    const none = row('eeeeeeee-0000-4000-8000-000000000003');
    expect(none?.facts.find((f) => f.fact === 'channel')?.candidates).toEqual([
      'microsoft-direct',
      'volume-licensing',
      'ea',
    ]);
    const other = row('eeeeeeee-0000-4000-8000-000000000002');
    expect(other?.facts.find((f) => f.fact === 'channel')?.candidates).toContain('former-csp-partner');
    expect(new Set(other?.questions[0]?.outcomes.map((o) => o.status))).toEqual(
      new Set(['transfer-subscription', 'not-addressed']),
    );
  });

  it('decides as decide() does on the same facts typed in, and names the edition’s uncertain date', () => {
    for (const [id, facts] of [
      [sub(2), { channel: 'ea', billing: 'usage' }],
      [
        'eeeeeeee-0000-4000-8000-000000000005',
        { channel: 'this-partner', billing: 'license', commerce: 'new-commerce' },
      ],
      ['eeeeeeee-0000-4000-8000-000000000002', { billing: 'license' }],
    ] as const) {
      const decision = decide(newest, facts);
      expect([row(id)?.status, row(id)?.ruleId, row(id)?.questions.map((q) => q.fact)]).toEqual([
        decision.status,
        decision.ruleId,
        decision.missing,
      ]);
    }
    expect(plan.edition).toMatchObject({ id: '2024-06', dateKnown: 'earliest' });
    expect(plan.edition.text).toContain('at the earliest');
  });
  it('a case the edition does not address says what the earlier edition decided', () => {
    const reading = (fact: string, value: string) => ({
      fact,
      candidates: [value],
      file: 'typed.json',
      field: fact,
      raw: value,
      key: 'read.pc.billing',
    });
    const file: ImportedFile = {
      file: 'typed.json',
      format: 'partner-center-subscriptions',
      records: [
        {
          id: 's-syndication',
          aliases: [],
          name: 'Bought from a Syndication partner',
          file: 'typed.json',
          format: 'partner-center-subscriptions',
          readings: [reading('channel', 'syndication-partner'), reading('billing', 'license')],
          otherFields: {},
        },
      ],
      billingAccounts: [],
      notes: [],
    };
    const [only] = buildPlan(newest, [file], { earlier: shipped.earlierThan(newest) }).groups;
    expect(only?.status).toBe('not-addressed');
    const typed = decide(
      newest,
      { channel: 'syndication-partner', billing: 'license' },
      { earlier: shipped.earlierThan(newest) },
    );
    expect(only?.rows[0]?.earlier).toEqual({
      edition: typed.earlier?.edition,
      status: typed.earlier?.status,
      statusLabel: typed.earlier?.statusLabel,
    });
    expect(only?.rows[0]?.earlier?.edition).toBe('2023-09');
  });
});

describe('buildPlan with the other billing-account files', () => {
  const azure = files[0] as (typeof files)[number];
  const read = (n: string) => importFile(n, readFileSync(join(dir, n)));

  it('az billing account list with a direct customer agreement: the EA quotaId is Microsoft direct', () => {
    const plan = buildPlan(table, [azure, read('az-billing-account-list-mca.json')]);
    const row = plan.groups.flatMap((g) => g.rows).find((r) => r.id === sub(2));
    expect(row?.facts.find((f) => f.fact === 'channel')?.value).toBe('microsoft-direct');
    expect(row?.status).toBe('new-azure-subscription');
  });

  it('a Microsoft Partner Agreement account: every subscription is not allowed, with no assumption made', () => {
    const plan = buildPlan(table, [azure, read('billing-accounts-partner.json')]);
    expect(plan.groups.map((g) => g.status)).toEqual(['not-allowed']);
    for (const row of plan.groups[0]?.rows ?? []) expect(row.assumptions).toEqual([]);
  });
});

describe('texts', () => {
  const every = [...PLAN_FIXTURES, 'billing-accounts-partner.json', 'az-billing-account-list-mca.json'].map(
    (n) => importFile(n, readFileSync(join(dir, n))),
  );
  for (const locale of ['en', 'hu'] as const) {
    it(`every sentence of the plan is written out in ${locale}, its parameters filled`, () => {
      const plan = buildPlan(table, every, { locale });
      const texts = [
        ...[...plan.groups.flatMap((g) => g.rows), ...plan.skipped].flatMap((r) => [
          ...r.facts.flatMap((f) => [f.text, ...f.readings.map((x) => x.text)]),
          ...(r.skipped ? [r.skipped] : []),
        ]),
        ...plan.files.flatMap((f) => [...f.notes, f.formatName]),
        plan.edition.text,
      ];
      expect(texts.length).toBeGreaterThan(60);
      for (const text of texts) {
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/^(read|quota|note|plan|value)\./);
      }
    });
  }
});

describe('renderings', () => {
  const hostile = importText(
    'x.csv',
    'subscriptionId,name,quotaId\ns-1,"<script>alert(1)</script> & =HYPERLINK(""x"")",PayAsYouGo_2014-09-01\ns-2,=SUM(A1:A9),PayAsYouGo_2014-09-01\n',
  );
  const plan = buildPlan(table, [hostile]);

  it('html escapes every text from the files and prints well', () => {
    const html = renderPlan(plan, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK(&quot;x&quot;)');
    expect(html).toContain('@media print');
    expect(html).toMatch(/^<!doctype html>/);
  });

  it('csv has one line per subscription and neutralises formulas', () => {
    const parsed = Papa.parse<string[]>(renderPlan(buildPlan(table, files), 'csv'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length - 1).toBe(Object.keys(EXPECTED).length + SKIPPED.length);
    const [, row] = Papa.parse<string[]>(renderPlan(plan, 'csv'), { skipEmptyLines: true }).data;
    expect(row?.[0]).toBe('new-azure-subscription');
    expect(row?.[2]?.startsWith('<script>')).toBe(true);
    const formula = Papa.parse<string[]>(renderPlan(plan, 'csv'), { skipEmptyLines: true }).data[2];
    expect(formula?.[2]).toBe("'=SUM(A1:A9)");
  });

  it('json is the plan itself', () => {
    expect(JSON.parse(renderPlan(plan, 'json'))).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('markdown escapes markup from the files', () => {
    const md = renderPlan(plan, 'md');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('## Subscriptions by status');
    expect(md).toContain(`Rules edition ${table.edition.id}`);
  });
});

describe('buildPlan with answers to the open questions', () => {
  const plan = buildPlan(table, files);
  const open = plan.groups.flatMap((g) => g.rows).filter((r) => r.questions.length === 1);

  it('answering the single open question gives the status its outcomes predicted, with an answered-by-you reading', () => {
    expect(open.length).toBeGreaterThan(3);
    for (const r of open) {
      const [q] = r.questions;
      if (!q) throw new Error('no question');
      expect(q.values.length).toBe(q.outcomes.length);
      q.values.forEach((value, i) => {
        const answered = buildPlan(table, files, { answers: { [r.id]: { [q.fact]: value } } });
        const after = answered.groups.flatMap((g) => g.rows).find((x) => x.id === r.id);
        expect(after?.status).toBe(q.outcomes[i]?.status);
        expect(after?.questions.map((x) => x.fact)).not.toContain(q.fact);
        const fact = after?.facts.find((f) => f.fact === q.fact);
        expect(fact?.value).toBe(value);
        expect(fact?.answered).toBe(true);
        expect(fact?.readings.at(-1)).toMatchObject({
          file: 'your answer',
          field: q.fact,
          raw: String(value),
        });
        expect(fact?.readings.at(-1)?.text).toBe(`answered by you: ${q.outcomes[i]?.answer}`);
        // The other rows are untouched.
        expect(answered.total).toBe(plan.total);
      });
    }
  });

  it('decides an answered row as decide() does on the same facts typed in', () => {
    const r = open[0] as (typeof open)[number];
    const q = r.questions[0] as (typeof r.questions)[number];
    const value = q.values[0] as string;
    const after = buildPlan(table, files, { answers: { [r.id.toUpperCase()]: { [q.fact]: value } } })
      .groups.flatMap((g) => g.rows)
      .find((x) => x.id === r.id);
    const facts = Object.fromEntries(
      (after?.facts ?? []).filter((f) => f.value !== null).map((f) => [f.fact, f.value]),
    ) as Facts;
    expect(facts[q.fact]).toBe(value);
    expect(after?.status).toBe(decide(table, facts).status);
  });

  it('says it in Hungarian too', () => {
    const r = open[0] as (typeof open)[number];
    const q = r.questions[0] as (typeof r.questions)[number];
    const hu = buildPlan(table, files, {
      locale: 'hu',
      answers: { [r.id]: { [q.fact]: q.values[0] as string } },
    });
    const fact = hu.groups
      .flatMap((g) => g.rows)
      .find((x) => x.id === r.id)
      ?.facts.find((f) => f.fact === q.fact);
    expect(fact?.readings.at(-1)?.file).toBe('az Ön válasza');
    expect(fact?.readings.at(-1)?.text).toMatch(/^Ön adta meg válaszként: \S/);
  });

  it('rejects a fact or a value the edition does not declare, naming what is allowed', () => {
    const id = (open[0] as (typeof open)[number]).id;
    expect(() => buildPlan(table, files, { answers: { [id]: { planet: 'mars' } } })).toThrow(
      new RegExp(
        `subscription ${id}: edition ${table.edition.id} has no fact "planet"; its facts: .*channel`,
      ),
    );
    expect(() => buildPlan(table, files, { answers: { [id]: { channel: 'by-pigeon' } } })).toThrow(
      /"by-pigeon" is not a value of fact "channel".*allowed: .*"ea"/,
    );
  });

  it('leaves answers for subscriptions no file lists unused, and skipped entries undecided', () => {
    const same = buildPlan(table, files, {
      answers: { 'not-in-any-file': { channel: 'ea' }, [SKIPPED[0] as string]: { channel: 'ea' } },
    });
    expect(same).toEqual(plan);
  });
});
