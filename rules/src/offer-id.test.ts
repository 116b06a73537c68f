import { describe, expect, it } from 'vitest';
import { classifyOfferId, KNOWN_OFFER_IDS } from './offer-id.ts';

describe('classifyOfferId', () => {
  it.each([
    ['MS-AZR-0017P', 'ea', 'enterprise-agreement'],
    ['MS-AZR-0148P', 'ea', 'enterprise-agreement'],
    ['MS-AZR-0003P', 'microsoft-direct', 'pay-as-you-go'],
    ['MS-AZR-0023P', 'microsoft-direct', 'pay-as-you-go'],
    ['MS-AZR-0111P', 'open', 'azure-in-open'],
    ['MS-AZR-0145P', 'other-csp-partner', 'azure-in-csp'],
    ['MS-AZR-0044P', 'microsoft-direct', 'free-trial'],
    ['MS-AZR-0036P', 'microsoft-direct', 'sponsorship'],
    ['MS-AZR-0063P', 'microsoft-direct', 'benefit'],
  ])('%s → %s (%s), usage-based', (offerId, channel, kind) => {
    expect(classifyOfferId(offerId)).toMatchObject({
      ok: true,
      channel,
      kind,
      billing: 'usage',
      cloud: 'commercial',
    });
  });

  it('leaves the channel open for the Azure plan, which both Microsoft and CSP partners sell', () => {
    const result = classifyOfferId('MS-AZR-0017G');
    expect(result).toMatchObject({
      ok: true,
      kind: 'azure-plan',
      candidates: ['microsoft-direct', 'other-csp-partner'],
    });
    expect(result.ok && result.channel).toBeUndefined();
  });

  it('recognizes US Government offers and their cloud', () => {
    expect(classifyOfferId('MS-AZR-USGOV-0017P')).toMatchObject({
      ok: true,
      channel: 'ea',
      cloud: 'us-government',
    });
    expect(classifyOfferId('MS-AZR-USGOV-0145P')).toMatchObject({
      ok: true,
      channel: 'other-csp-partner',
      cloud: 'us-government',
    });
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(classifyOfferId('  ms-azr-0017p ')).toMatchObject({ ok: true, offerId: 'MS-AZR-0017P' });
  });

  it('explains malformed and unknown IDs', () => {
    expect(classifyOfferId('EA-123')).toMatchObject({
      ok: false,
      error: expect.stringContaining('MS-AZR-0017P'),
    });
    const unknown = classifyOfferId('MS-AZR-9999P');
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('Unknown Azure offer ID') });
    expect(classifyOfferId('MS-AZR-USGOV-0044P').ok).toBe(false);
  });

  it('lists every known ID, each of which classifies', () => {
    expect(KNOWN_OFFER_IDS.length).toBe(19);
    for (const id of KNOWN_OFFER_IDS) expect(classifyOfferId(id).ok).toBe(true);
  });
});
