// The EA / customer-agreement ambiguity of a quotaId, with and without billing accounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table } from '../test-support.ts';
import { importFile, importText } from './detect.ts';
import { subscriptionFacts } from './facts.ts';

const fixture = (name: string) => importFile(name, readFileSync(join(import.meta.dirname, 'fixtures', name)));
const azure = (quotaId: string) =>
  importText(
    'subs.json',
    JSON.stringify([
      {
        subscriptionId: '00000000-0000-4000-8000-0000000000bb',
        displayName: 'X',
        subscriptionPolicies: { quotaId },
      },
    ]),
  );
const accounts = (...items: object[]) =>
  importText('accounts.json', JSON.stringify(items.map((p, i) => ({ id: `acc-${i}`, ...p }))));

function channelOf(...files: ReturnType<typeof importText>[]) {
  const [row] = subscriptionFacts(table, files);
  return { value: row?.facts.channel, finding: row?.findings.find((f) => f.fact === 'channel'), row };
}

describe('billing accounts', () => {
  it('reads both formats', () => {
    expect(fixture('billing-accounts-ea.json')).toMatchObject({
      format: 'billing-accounts',
      billingAccounts: [{ agreementType: 'EnterpriseAgreement', name: 'Contoso Enrollment' }],
    });
    expect(fixture('az-billing-account-list-mca.json')).toMatchObject({
      format: 'az-billing-account-list',
      billingAccounts: [{ agreementType: 'MicrosoftCustomerAgreement', relationshipTypes: ['Direct'] }],
    });
  });

  for (const quotaId of ['EnterpriseAgreement_2014-09-01', 'MSDNDevTest_2014-09-01']) {
    it(`${quotaId}: unknown without billing accounts`, () => {
      const { value, finding } = channelOf(azure(quotaId));
      expect(value).toBeUndefined();
      expect(finding?.candidates.sort()).toEqual(['ea', 'microsoft-direct']);
    });
    it(`${quotaId}: an Enterprise Agreement account settles it as EA`, () => {
      expect(channelOf(azure(quotaId), fixture('billing-accounts-ea.json')).value).toBe('ea');
    });
    it(`${quotaId}: a direct customer agreement settles it as Microsoft direct`, () => {
      expect(channelOf(azure(quotaId), fixture('az-billing-account-list-mca.json')).value).toBe(
        'microsoft-direct',
      );
    });
    it(`${quotaId}: both kinds of account leave it open`, () => {
      const { value, finding } = channelOf(
        azure(quotaId),
        fixture('billing-accounts-ea.json'),
        fixture('az-billing-account-list-mca.json'),
      );
      expect(value).toBeUndefined();
      expect(finding?.readings.map((r) => r.key)).toContain('read.billing.agreements-mixed');
    });
  }

  it('a customer agreement with an undocumented relationship type settles nothing', () => {
    const { value } = channelOf(
      azure('EnterpriseAgreement_2014-09-01'),
      accounts({ agreementType: 'MicrosoftCustomerAgreement', billingRelationshipTypes: ['CSPCustomer'] }),
    );
    expect(value).toBeUndefined();
  });

  it('accounts of other agreements do not settle it', () => {
    const { value, finding } = channelOf(
      azure('EnterpriseAgreement_2014-09-01'),
      accounts({ agreementType: 'MicrosoftOnlineServicesProgram' }),
    );
    expect(value).toBeUndefined();
    expect(finding?.readings.at(-1)?.key).toBe('read.billing.no-agreement');
  });

  it('a Microsoft Partner Agreement account makes the customer a CSP partner', () => {
    const { row } = channelOf(azure('PayAsYouGo_2014-09-01'), fixture('billing-accounts-partner.json'));
    expect(row?.facts).toMatchObject({ channel: 'microsoft-direct', customerIsCspPartner: true });
  });
});
