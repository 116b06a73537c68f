import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { cases, table, valuesOf } from './test-support.ts';

const CHANNELS = valuesOf('channel') as string[];
const BILLING_TYPES = valuesOf('billing') as string[];

// What the seed page implies for every channel and billing type (customer not a CSP partner).
const SEED: Record<string, Record<string, string>> = {
  'this-partner': { license: 'already-yours', usage: 'already-yours' },
  'other-csp-partner': { license: 'wait-or-cancel', usage: 'switch-azure-partner' },
  'microsoft-direct': { license: 'request-relationship', usage: 'new-azure-subscription' },
  advisor: { license: 'request-relationship', usage: 'new-azure-subscription' },
  open: { license: 'request-relationship', usage: 'new-azure-subscription' },
  ea: { license: 'request-relationship', usage: 'new-azure-subscription' },
  'syndication-partner': { license: 'out-of-scope', usage: 'out-of-scope' },
  'third-party': { license: 'request-relationship', usage: 'new-azure-subscription' },
};

describe('decide on complete facts', () => {
  for (const channel of CHANNELS) {
    for (const billing of BILLING_TYPES) {
      it(`${channel} + ${billing} → ${SEED[channel]?.[billing]}`, () => {
        const decision = decide(table, { channel, billing, customerIsCspPartner: false });
        expect(decision.status).toBe(SEED[channel]?.[billing]);
        expect(decision.missing).toEqual([]);
        expect(decision.possible).toEqual([SEED[channel]?.[billing]]);
        expect(decision.ruleId).not.toBeNull();
      });
      it(`${channel} + ${billing} for a customer that is a CSP partner → not-allowed`, () => {
        expect(decide(table, { channel, billing, customerIsCspPartner: true })).toMatchObject({
          status: 'not-allowed',
          ruleId: 'customer-is-csp-partner',
        });
      });
    }
  }
});

describe('the test cases beside the table', () => {
  for (const testCase of cases?.cases ?? []) {
    it(testCase.name, () => {
      const decision = decide(table, testCase.facts);
      expect(decision.status).toBe(testCase.expect.status);
      if (testCase.expect.ruleId !== undefined) expect(decision.ruleId).toBe(testCase.expect.ruleId);
      if (testCase.expect.missing) expect(decision.missing).toEqual(testCase.expect.missing);
    });
  }
});

describe('decide on incomplete facts', () => {
  it('asks for the channel when only the billing type is known', () => {
    const d = decide(table, { billing: 'license' });
    expect(d).toMatchObject({
      status: 'needs-info',
      ruleId: null,
      missing: ['channel'],
      steps: [],
      trace: [],
    });
    expect(d.possible).toEqual(['request-relationship', 'wait-or-cancel', 'already-yours', 'out-of-scope']);
  });
  it('asks for the billing type when the channel leaves two outcomes', () => {
    const d = decide(table, { channel: 'other-csp-partner' });
    expect(d).toMatchObject({
      status: 'needs-info',
      missing: ['billing'],
      possible: ['switch-azure-partner', 'wait-or-cancel'],
    });
  });
  it('decides without the billing type when the channel alone decides', () => {
    expect(decide(table, { channel: 'syndication-partner' })).toMatchObject({
      status: 'out-of-scope',
      missing: [],
    });
  });
  it('asks for both when nothing is known and no single fact decides', () => {
    expect(decide(table, {}).missing).toEqual(['channel', 'billing']);
  });
  it('takes an unknown CSP-partner answer as no, and says so', () => {
    const d = decide(table, { channel: 'ea', billing: 'license' });
    expect(d.status).toBe('request-relationship');
    expect(d.assumptions).toEqual([
      { fact: 'customerIsCspPartner', value: false, text: expect.stringContaining('not a CSP partner') },
    ]);
    expect(
      decide(table, { channel: 'ea', billing: 'license', customerIsCspPartner: false }).assumptions,
    ).toEqual([]);
  });
  it('needs nothing else once the customer is known to be a CSP partner', () => {
    expect(decide(table, { customerIsCspPartner: true })).toMatchObject({
      status: 'not-allowed',
      missing: [],
    });
  });
});

describe('what a decision carries', () => {
  it('traces each condition with the value that met it', () => {
    const d = decide(table, { channel: 'ea', billing: 'usage', customerIsCspPartner: false });
    expect(d.trace.map((e) => [e.fact, e.value])).toEqual([
      ['channel', 'ea'],
      ['billing', 'usage'],
      ['customerIsCspPartner', false],
    ]);
    expect(d.trace[0]?.condition).toEqual({
      in: ['microsoft-direct', 'advisor', 'open', 'ea', 'third-party'],
    });
    expect(d.trace[0]?.text).toContain('through an Enterprise Agreement');
  });
  it('gives the rule steps, then the reading every partner type gets, then its own', () => {
    const ids = (partnerType?: 'direct' | 'indirect-provider' | 'indirect-reseller') =>
      decide(table, { channel: 'ea', billing: 'license', partnerType }).steps.map((s) => s.id);
    expect(ids()).toEqual(['send-reseller-request', 'work-with-other-partners']);
    expect(ids('direct')).toEqual(['send-reseller-request', 'work-with-other-partners']);
    expect(ids('indirect-reseller')).toEqual([
      'send-reseller-request',
      'work-with-other-partners',
      'read-indirect-reseller-tasks',
    ]);
    expect(ids('indirect-provider')).toEqual([
      'send-reseller-request',
      'work-with-other-partners',
      'read-indirect-provider-tasks',
    ]);
  });
  it('adds no partner reading where there is nothing to act on', () => {
    expect(
      decide(table, { channel: 'this-partner', partnerType: 'indirect-reseller' }).steps.map((s) => s.id),
    ).toEqual(['nothing-to-do']);
  });
  it('links Microsoft Learn in the reader locale', () => {
    const en = decide(table, { channel: 'ea', billing: 'license' }, { locale: 'en' });
    const hu = decide(table, { channel: 'ea', billing: 'license' }, { locale: 'hu' });
    expect(en.steps[0]?.url).toBe(
      'https://learn.microsoft.com/en-us/partner-center/request-a-relationship-with-a-customer',
    );
    expect(hu.steps[0]?.url).toBe(
      'https://learn.microsoft.com/hu-hu/partner-center/request-a-relationship-with-a-customer',
    );
    expect(hu.steps[0]?.text).toContain('viszonteladói kapcsolat');
    expect(hu.locale).toBe('hu');
  });
  it('says whether the user roles may act, and null when no role is known', () => {
    const facts = { channel: 'ea', billing: 'license' } as const;
    expect(decide(table, facts).canAct).toBeNull();
    expect(decide(table, { ...facts, roles: ['sales-agent'] }).canAct).toBe(true);
    expect(decide(table, { ...facts, roles: ['admin-agent', 'global-admin'] }).canAct).toBe(true);
    expect(decide(table, { ...facts, roles: ['admin-agent', 'helpdesk-agent'] }).canAct).toBe(false);
  });
  it('shows the US Government conflict only for that cloud, with both sources', () => {
    expect(decide(table, { channel: 'ea', billing: 'usage' }).caveats).toEqual([]);
    const gov = decide(table, { channel: 'ea', billing: 'usage', cloud: 'us-government' });
    expect(gov.caveats.map((c) => c.id)).toEqual(['us-government-conflict']);
    expect(gov.caveats[0]?.urls).toEqual([
      'https://learn.microsoft.com/en-us/partner-center/multichannel',
      'https://learn.microsoft.com/en-us/partner-center/partner-center-for-microsoft-us-govt-cloud',
    ]);
  });
});
