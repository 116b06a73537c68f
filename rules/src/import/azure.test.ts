// Every quotaId row of the inventory guide, through each of the three Azure subscription formats.
import { describe, expect, it } from 'vitest';
import { table } from '../test-support.ts';
import { importText } from './detect.ts';
import { subscriptionFacts } from './facts.ts';
import { KNOWN_QUOTA_IDS } from './quota-id.ts';

// The guide's table, restated: the channel a quotaId settles, the candidates it leaves, or skip.
const GUIDE: Record<string, { channel?: string; candidates?: string[]; skip?: true }> = {
  'PayAsYouGo_2014-09-01': { channel: 'microsoft-direct' },
  'EnterpriseAgreement_2014-09-01': { candidates: ['ea', 'microsoft-direct'] },
  'MSDNDevTest_2014-09-01': { candidates: ['ea', 'microsoft-direct'] },
  'MSDN_2014-09-01': { channel: 'microsoft-direct' },
  'MPN_2014-09-01': { channel: 'microsoft-direct' },
  'FreeTrial_2014-09-01': { channel: 'microsoft-direct' },
  'LightweightTrial_2016-09-01': { channel: 'microsoft-direct' },
  'AzureInOpen_2014-09-01': { channel: 'open' },
  'AzurePass_2014-09-01': { channel: 'microsoft-direct' },
  'Sponsored_2016-01-01': { channel: 'microsoft-direct' },
  'AzureForStudents_2018-01-01': { channel: 'microsoft-direct' },
  'DreamSpark_2015-02-01': { channel: 'microsoft-direct' },
  'CSP_2015-05-01': { candidates: ['this-partner', 'other-csp-partner'] },
  'CSP_MG_2017-12-01': { candidates: ['this-partner', 'other-csp-partner'] },
  'CSPDEVTEST_2018-05-01': { candidates: ['this-partner', 'other-csp-partner'] },
  'Default_2014-09-01': { skip: true },
  'AAD_2015-09-01': { skip: true },
  'Internal_2014-09-01': { skip: true },
};

const ID = '00000000-0000-4000-8000-0000000000aa';
const FORMATS = {
  arm: (quotaId: string) =>
    JSON.stringify({ value: [{ subscriptionId: ID, displayName: 'X', subscriptionPolicies: { quotaId } }] }),
  powershell: (quotaId: string) =>
    JSON.stringify({
      SubscriptionId: ID,
      Name: 'X',
      State: 'Enabled',
      SubscriptionPolicies: { QuotaId: quotaId },
    }),
  csv: (quotaId: string) => `subscriptionId,name,quotaId\n${ID},X,${quotaId}\n`,
};

function factsOf(text: string) {
  const [row] = subscriptionFacts(table, [importText('f', text)]);
  if (!row) throw new Error('no row');
  return row;
}

describe('quotaId readings', () => {
  it('the guide and the importer know the same quotaIds', () => {
    expect([...KNOWN_QUOTA_IDS].sort()).toEqual(Object.keys(GUIDE).sort());
  });

  for (const [format, write] of Object.entries(FORMATS)) {
    for (const [quotaId, expected] of Object.entries(GUIDE)) {
      it(`${format}: ${quotaId}`, () => {
        const row = factsOf(write(quotaId));
        const channel = row.findings.find((f) => f.fact === 'channel');
        if (expected.skip) {
          expect(row.skip).toBeDefined();
          expect(row.facts).toEqual({});
          return;
        }
        expect(row.skip).toBeUndefined();
        expect(row.facts.billing).toBe('usage');
        if (expected.channel) expect(row.facts.channel).toBe(expected.channel);
        else {
          expect(row.facts.channel).toBeUndefined();
          expect(channel?.candidates.sort()).toEqual(expected.candidates?.sort());
        }
        expect(channel?.readings[0]?.raw).toBe(quotaId);
      });
    }
  }

  it('keeps an unknown quotaId raw and leaves the channel open', () => {
    const row = factsOf(FORMATS.arm('Fabrikam_2031-01-01'));
    expect(row.facts.channel).toBeUndefined();
    const channel = row.findings.find((f) => f.fact === 'channel');
    expect(channel?.readings[0]).toMatchObject({ raw: 'Fabrikam_2031-01-01', key: 'read.quota.unknown' });
    expect(channel?.candidates.length).toBeGreaterThan(2);
  });

  it('keeps the fields it does not use, raw', () => {
    const text = JSON.stringify({
      value: [
        {
          subscriptionId: ID,
          displayName: 'X',
          state: 'Warned',
          futureField: { a: 1 },
          subscriptionPolicies: { quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'On' },
        },
      ],
    });
    expect(factsOf(text).otherFields).toEqual({
      state: '"Warned"',
      futureField: '{"a":1}',
      spendingLimit: '"On"',
    });
  });
});
