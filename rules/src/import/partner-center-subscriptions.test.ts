// The partner's own Partner Center subscriptions: "already yours", and legacy versus new
// commerce from the offer id, filled only when the edition declares the commerce fact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfTable, table } from '../test-support.ts';
import { declares } from './declared.ts';
import { importFile, importText } from './detect.ts';
import { subscriptionFacts } from './facts.ts';

const read = (name: string) => importFile(name, readFileSync(join(import.meta.dirname, 'fixtures', name)));

/** Today's table with a format-2 `facts` section, as the 2024-06 edition will have. */
function withCommerce() {
  const t = copyOfTable() as ReturnType<typeof copyOfTable> & { facts: object };
  t.facts = {
    channel: { use: 'decision', values: ['this-partner', 'other-csp-partner', 'microsoft-direct', 'ea'] },
    billing: { use: 'decision', values: ['license', 'usage'] },
    commerce: { use: 'decision', values: ['new-commerce', 'legacy'], whenUnknown: 'new-commerce' },
  };
  return t;
}

describe('Partner Center subscriptions', () => {
  it('everything listed is yours; billing from billingType', () => {
    const rows = subscriptionFacts(table, [read('partner-center-subscriptions.json')]);
    expect(rows.map((r) => [r.facts.channel, r.facts.billing])).toEqual([
      ['this-partner', 'license'],
      ['this-partner', 'license'],
      ['this-partner', 'usage'],
    ]);
  });

  it('reads legacy and new commerce from the offer id when the edition declares commerce', () => {
    const rows = subscriptionFacts(withCommerce(), [read('partner-center-subscriptions.json')]);
    expect(rows.map((r) => r.facts.commerce)).toEqual(['legacy', 'new-commerce', 'legacy']);
    expect(rows[0]?.findings.find((f) => f.fact === 'commerce')?.readings[0]?.key).toBe('read.pc.offer-guid');
  });

  it('fills no fact the edition does not declare', () => {
    expect(declares(table, 'commerce')).toBe(false);
    const rows = subscriptionFacts(table, [read('partner-center-subscriptions.json')]);
    for (const row of rows) {
      expect(row.facts).not.toHaveProperty('commerce');
      expect(row.findings.map((f) => f.fact)).not.toContain('commerce');
    }
  });

  it('fills no value the edition does not declare', () => {
    const narrow = withCommerce();
    expect(declares(narrow, 'channel', 'advisor')).toBe(false);
    const graph = importText(
      'g.json',
      JSON.stringify({ value: [{ id: 'g1', skuPartNumber: 'EMS', ownerTenantId: 'aaaa' }] }),
      { partnerTenant: 'bbbb' },
    );
    const [row] = subscriptionFacts(narrow, [graph]);
    expect(row?.findings[0]?.candidates).toEqual(['other-csp-partner']);
    // One declared candidate left is not an answer: the source also allowed values the edition lacks.
    expect(row?.facts.channel).toBeUndefined();
  });

  it('an offer id that is neither a GUID nor has a colon leaves commerce open', () => {
    const file = importText(
      'pc.json',
      JSON.stringify([{ id: 's1', offerId: 'SOMETHING-ELSE', billingType: 'license' }]),
    );
    const [row] = subscriptionFacts(withCommerce(), [file]);
    expect(row?.facts.commerce).toBeUndefined();
  });

  it('recognises your subscription in the customer files by id and merges the rows', () => {
    const azure = importText(
      'subs.json',
      JSON.stringify([
        {
          subscriptionId: '00000000-0000-4000-8000-000000000013',
          displayName: 'Azure',
          subscriptionPolicies: { quotaId: 'CSP_2015-05-01' },
        },
      ]),
    );
    const rows = subscriptionFacts(table, [azure, read('partner-center-subscriptions.json')]);
    expect(rows).toHaveLength(3);
    const merged = rows.find((r) => r.id === '00000000-0000-4000-8000-000000000013');
    expect(merged).toMatchObject({ name: 'Azure', facts: { channel: 'this-partner', billing: 'usage' } });
    expect(merged?.files).toEqual(['subs.json', 'partner-center-subscriptions.json']);
  });

  it('files that contradict each other leave the fact unknown and say so', () => {
    const graph = importText(
      'g.json',
      JSON.stringify({
        value: [
          {
            id: 'g1',
            commerceSubscriptionId: 'eeeeeeee-0000-4000-8000-000000000005',
            skuPartNumber: 'X',
            ownerTenantId: 'other',
          },
        ],
      }),
      { partnerTenant: '11111111-2222-4333-8444-555555555555' },
    );
    const rows = subscriptionFacts(table, [graph, read('partner-center-subscriptions.json')]);
    const row = rows.find((r) => r.id === 'eeeeeeee-0000-4000-8000-000000000005');
    expect(row?.facts.channel).toBeUndefined();
    expect(row?.findings.find((f) => f.fact === 'channel')?.conflict).toBe(true);
  });
});
