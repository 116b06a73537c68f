// What the shipped editions say, as readers of issue 7 expect it: the order and dating of the
// editions, the role relabelled in 2021-05, the CSP-tenant and GDAP changes of 2023-09, and the
// transfers and not-addressed cases of 2024-06, each against the edition before it.
import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { diffEditions } from './diff.ts';
import { loadEditions } from './editions-node.ts';
import { questionText, valueLabel } from './texts.ts';
import { verify } from './verify/verify.ts';

const set = loadEditions();
const edition = (id: string) => set.getEdition(id);
const decideIn = (id: string, facts: Parameters<typeof decide>[1]) =>
  decide(edition(id), facts, { earlier: set.earlierThan(edition(id)) });
const stepIds = (id: string, facts: Parameters<typeof decide>[1]) =>
  decideIn(id, facts).steps.map((s) => s.id);

describe('the shipped editions', () => {
  it('are the four editions, newest first, each saying how its date is known', () => {
    expect(set.editions.map((t) => [t.edition.id, t.edition.dateKnown])).toEqual([
      ['2024-06', 'earliest'],
      ['2023-09', 'published'],
      ['2021-05', 'observed'],
      ['2020-06', 'published'],
    ]);
    expect(set.latestEdition.edition.id).toBe('2024-06');
  });

  it.each(['2021-05', '2023-09', '2024-06'])('%s verifies clean, with its test cases', (id) => {
    const report = verify(edition(id), { cases: set.casesFor(id) });
    expect(report.findings).toEqual([]);
  });

  it('2021-05 only relabels the role user-admin, in both languages', () => {
    expect(diffEditions(edition('2020-06'), edition('2021-05')).changed).toEqual([]);
    expect(valueLabel(edition('2020-06'), 'en', 'roles', 'user-admin')).toBe('User admin');
    expect(valueLabel(edition('2021-05'), 'en', 'roles', 'user-admin')).toBe('User management admin');
    expect(valueLabel(edition('2021-05'), 'hu', 'roles', 'user-admin')).toBe(
      'Felhasználókezelési rendszergazda',
    );
  });

  it('2023-09 asks about the CSP transacting tenant and cites Work with other partners', () => {
    expect(diffEditions(edition('2021-05'), edition('2023-09')).changed).toEqual([]);
    expect(questionText(edition('2023-09'), 'en', 'customerIsCspPartner')).toMatch(/tenant/);
    const rule = edition('2023-09').rules.find((r) => r.id === 'customer-is-csp-partner');
    expect(rule?.source).toEqual({
      link: 'work-with-other-partners',
      section: 'Work with other partners',
      date: '2022-02-28',
    });
  });

  it('2023-09 drops the indirect reading steps and adds a GDAP request to reseller relationships', () => {
    const facts = { channel: 'ea', billing: 'license', partnerType: 'indirect-reseller' };
    expect(stepIds('2021-05', facts)).toContain('read-indirect-reseller-tasks');
    expect(stepIds('2023-09', facts)).toEqual([
      'send-reseller-request',
      'request-gdap-separately',
      'work-with-other-partners',
    ]);
  });

  it('2024-06 lets only User management admins and Sales agents act', () => {
    expect(decideIn('2024-06', { channel: 'ea', billing: 'license', roles: ['global-admin'] }).canAct).toBe(
      false,
    );
    expect(decideIn('2023-09', { channel: 'ea', billing: 'license', roles: ['global-admin'] }).canAct).toBe(
      true,
    );
    expect(decideIn('2024-06', { channel: 'ea', billing: 'license', roles: ['sales-agent'] }).canAct).toBe(
      true,
    );
  });

  it('2024-06 transfers licenses held by another CSP partner, taking unknown commerce as new commerce', () => {
    const facts = { channel: 'other-csp-partner', billing: 'license' };
    expect(decideIn('2023-09', facts).status).toBe('wait-or-cancel');
    const decision = decideIn('2024-06', facts);
    expect(decision.status).toBe('transfer-subscription');
    expect(decision.assumptions.map((a) => a.fact)).toContain('commerce');
    expect(decision.steps.map((s) => s.id)).toEqual([
      'accept-reseller-relationship-first',
      'create-transfer-request',
      'current-partner-approves',
      'work-with-other-partners',
    ]);
    const change = diffEditions(edition('2023-09'), edition('2024-06')).changed.find(
      (c) =>
        c.combination.channel === 'other-csp-partner' &&
        c.combination.billing === 'license' &&
        c.combination.customerIsCspPartner === false &&
        c.combination.commerce === 'new-commerce',
    );
    expect(change?.before.status).toBe('wait-or-cancel');
    expect(change?.after.status).toBe('transfer-subscription');
  });

  it('2024-06 sends indirect resellers and providers through the provider for transfers', () => {
    const facts = { channel: 'other-csp-partner', billing: 'license', commerce: 'new-commerce' };
    expect(stepIds('2024-06', { ...facts, partnerType: 'indirect-reseller' })).toContain(
      'transfer-through-indirect-provider',
    );
    expect(stepIds('2024-06', { ...facts, partnerType: 'indirect-provider' })).toContain(
      'name-reseller-in-transfer',
    );
    expect(stepIds('2024-06', { ...facts, partnerType: 'direct' })).not.toContain(
      'transfer-through-indirect-provider',
    );
    expect(
      stepIds('2024-06', {
        channel: 'other-csp-partner',
        billing: 'usage',
        partnerType: 'indirect-reseller',
      }),
    ).toEqual([
      'create-azure-transfer-request',
      'azure-transfer-accepted-within-30-days',
      'work-with-other-partners',
      'transfer-through-indirect-provider',
    ]);
  });

  it.each([
    [{ channel: 'advisor', billing: 'license' }, '2023-09', 'request-relationship'],
    [{ channel: 'third-party', billing: 'usage' }, '2023-09', 'new-azure-subscription'],
    [{ channel: 'syndication-partner' }, '2023-09', 'out-of-scope'],
    [{ channel: 'other-csp-partner', billing: 'license', commerce: 'legacy' }, '2023-09', 'wait-or-cancel'],
  ])('2024-06 does not address %j and names what %s said: %s', (facts, earlierId, earlierStatus) => {
    const decision = decideIn('2024-06', facts);
    expect(decision.status).toBe('not-addressed');
    expect(decision.earlier).toMatchObject({ edition: earlierId, status: earlierStatus });
  });

  it('2024-06 says no earlier edition addressed a legacy license from a reseller that left CSP', () => {
    const decision = decideIn('2024-06', {
      channel: 'former-csp-partner',
      billing: 'license',
      commerce: 'legacy',
    });
    expect(decision.status).toBe('not-addressed');
    expect(decision.earlier).toBeNull();
  });

  it('keeps the US Government caveat in every edition', () => {
    for (const table of set.editions) {
      const facts = { channel: 'ea', billing: 'license', cloud: 'us-government' };
      expect(decide(table, facts).caveats.map((c) => c.id)).toEqual(['us-government-conflict']);
      expect(decide(table, { ...facts, cloud: 'commercial' }).caveats).toEqual([]);
    }
  });
});
