// What an Azure subscription's quotaId says about where it was bought (the offer family, not the
// seller). Source: Cost Management's "Understand Cost Management data" table and the Azure
// OpenAI quota page, as summarized in the project's inventory guide. The list is open-ended:
// an unknown quotaId is kept raw and decides nothing.
import type { FactValue } from '../vocabulary.ts';

export interface QuotaIdMeaning {
  /** Message key of the offer family's description. */
  family: string;
  channels: FactValue[];
  /** agreementType of a billing account → the channel it means for this quotaId. */
  byAgreement?: Record<string, FactValue>;
  /** Not a purchase: nothing to decide. */
  notAPurchase?: true;
}

const DIRECT: FactValue[] = ['microsoft-direct'];
const EA_OR_MCA = { EnterpriseAgreement: 'ea', MicrosoftCustomerAgreement: 'microsoft-direct' };

const MEANINGS: Record<string, QuotaIdMeaning> = {
  'PayAsYouGo_2014-09-01': { family: 'quota.pay-as-you-go', channels: DIRECT },
  'EnterpriseAgreement_2014-09-01': {
    family: 'quota.enterprise-or-mca',
    channels: ['ea', 'microsoft-direct'],
    byAgreement: EA_OR_MCA,
  },
  'MSDNDevTest_2014-09-01': {
    family: 'quota.dev-test',
    channels: ['ea', 'microsoft-direct'],
    byAgreement: { ...EA_OR_MCA, MicrosoftOnlineServicesProgram: 'microsoft-direct' },
  },
  'MSDN_2014-09-01': { family: 'quota.benefit', channels: DIRECT },
  'MPN_2014-09-01': { family: 'quota.benefit', channels: DIRECT },
  'FreeTrial_2014-09-01': { family: 'quota.free-trial', channels: DIRECT },
  'LightweightTrial_2016-09-01': { family: 'quota.trial', channels: DIRECT },
  'AzureInOpen_2014-09-01': { family: 'quota.azure-in-open', channels: ['open'] },
  'AzurePass_2014-09-01': { family: 'quota.promotional', channels: DIRECT },
  'Sponsored_2016-01-01': { family: 'quota.promotional', channels: DIRECT },
  'AzureForStudents_2018-01-01': { family: 'quota.promotional', channels: DIRECT },
  'DreamSpark_2015-02-01': { family: 'quota.promotional', channels: DIRECT },
  'CSP_2015-05-01': { family: 'quota.csp', channels: ['this-partner', 'other-csp-partner'] },
  'CSP_MG_2017-12-01': { family: 'quota.csp', channels: ['this-partner', 'other-csp-partner'] },
  'CSPDEVTEST_2018-05-01': { family: 'quota.csp-sandbox', channels: ['this-partner', 'other-csp-partner'] },
  'Default_2014-09-01': { family: 'quota.not-a-purchase', channels: [], notAPurchase: true },
  'AAD_2015-09-01': { family: 'quota.not-a-purchase', channels: [], notAPurchase: true },
  'Internal_2014-09-01': { family: 'quota.not-a-purchase', channels: [], notAPurchase: true },
};

const BY_LOWER = new Map(Object.entries(MEANINGS).map(([id, meaning]) => [id.toLowerCase(), meaning]));

export const KNOWN_QUOTA_IDS = Object.keys(MEANINGS);

export function quotaIdMeaning(quotaId: string): QuotaIdMeaning | undefined {
  return BY_LOWER.get(quotaId.trim().toLowerCase());
}
