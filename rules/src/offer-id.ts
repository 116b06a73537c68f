// Azure offer IDs reveal where an Azure subscription was bought. Used by the extension's
// "bought elsewhere" form, where every record is, by definition, not sold by this partner.
// Source: azure-docs, cost-management-billing/costs/understand-cost-mgt-data.md.
// The values below are fact values of the shipped editions (channel, billing, cloud); an
// edition that lacks one simply has no use for that offer's reading.
type Channel = string;
type BillingType = string;
type Cloud = string;

export const OFFER_KINDS = [
  'pay-as-you-go',
  'enterprise-agreement',
  'azure-in-open',
  'azure-in-csp',
  'azure-plan',
  'free-trial',
  'sponsorship',
  'benefit',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

interface OfferFacts {
  kind: OfferKind;
  /** Where it was bought, when the offer alone says so. */
  channel?: Channel;
  /** The channels the offer leaves open, when it does not decide. */
  candidates: Channel[];
}

const OFFERS: Record<string, OfferFacts> = {
  '0003P': { kind: 'pay-as-you-go', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0023P': { kind: 'pay-as-you-go', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0017P': { kind: 'enterprise-agreement', channel: 'ea', candidates: ['ea'] },
  '0148P': { kind: 'enterprise-agreement', channel: 'ea', candidates: ['ea'] },
  '0111P': { kind: 'azure-in-open', channel: 'open', candidates: ['open'] },
  // Bought elsewhere and in CSP means another CSP partner sold it.
  '0145P': { kind: 'azure-in-csp', channel: 'other-csp-partner', candidates: ['other-csp-partner'] },
  // The Azure plan is sold both by Microsoft (customer agreement) and by CSP partners.
  '0017G': { kind: 'azure-plan', candidates: ['microsoft-direct', 'other-csp-partner'] },
  '0148G': { kind: 'azure-plan', candidates: ['microsoft-direct', 'other-csp-partner'] },
  '0044P': { kind: 'free-trial', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0036P': { kind: 'sponsorship', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0025P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0029P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0059P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0060P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0062P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
  '0063P': { kind: 'benefit', channel: 'microsoft-direct', candidates: ['microsoft-direct'] },
};

const GOVERNMENT_OFFERS = new Set(['0017P', '0003P', '0145P']);
const PATTERN = /^MS-AZR-(USGOV-)?(\d{4}[PG])$/;

export type OfferClassification =
  | ({ ok: true; offerId: string; billing: BillingType; cloud: Cloud } & OfferFacts)
  | { ok: false; offerId: string; error: string };

export const KNOWN_OFFER_IDS: string[] = [
  ...Object.keys(OFFERS).map((code) => `MS-AZR-${code}`),
  ...[...GOVERNMENT_OFFERS].map((code) => `MS-AZR-USGOV-${code}`),
];

export function classifyOfferId(input: string): OfferClassification {
  const offerId = input.trim().toUpperCase();
  const match = PATTERN.exec(offerId);
  if (!match) {
    return {
      ok: false,
      offerId,
      error: `"${input}" is not an Azure offer ID; expected the form MS-AZR-0017P or MS-AZR-USGOV-0017P`,
    };
  }
  const [, government, code] = match as unknown as [string, string | undefined, string];
  const offer = OFFERS[code];
  if (!offer || (government && !GOVERNMENT_OFFERS.has(code))) {
    return {
      ok: false,
      offerId,
      error: `Unknown Azure offer ID "${offerId}"; known ones are ${KNOWN_OFFER_IDS.join(', ')}`,
    };
  }
  // Every Azure offer is billed by consumption.
  return {
    ok: true,
    offerId,
    billing: 'usage',
    cloud: government ? 'us-government' : 'commercial',
    ...offer,
  };
}
