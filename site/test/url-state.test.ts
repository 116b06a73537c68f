// The checker's URL format: answers round-trip, bad values drop alone, and the island's small
// per-fact checks accept exactly what the rules' `Facts` schema accepts.
import { CHANNELS, CLOUDS, FACT_NAMES, Facts, PARTNER_TYPES, ROLES } from '@multichannel/rules';
import { describe, expect, it } from 'vitest';
import { ANSWER_CHECKS, answersQuery, parseAnswers } from '../src/components/checker/url-state.ts';

const SAMPLES: unknown[] = [
  ...CHANNELS,
  ...CLOUDS,
  ...PARTNER_TYPES,
  'license',
  'usage',
  true,
  false,
  'true',
  '',
  'EA',
  42,
  null,
  [],
  [...ROLES],
  ['global-admin', 'nobody'],
  ['sales-agent'],
];

describe('checker URL state', () => {
  for (const fact of FACT_NAMES) {
    it(`${fact}: the island's schema agrees with Facts on every sample`, () => {
      for (const value of SAMPLES) {
        const expected = Facts.safeParse({ [fact]: value }).success;
        expect(ANSWER_CHECKS[fact](value), `${fact}=${JSON.stringify(value)}`).toBe(expected);
      }
    });
  }

  it('round-trips every kind of answer', () => {
    const facts: Facts = {
      channel: 'other-csp-partner',
      billing: 'usage',
      customerIsCspPartner: false,
      partnerType: 'indirect-reseller',
      roles: ['global-admin', 'sales-agent'],
      cloud: 'us-government',
    };
    const query = answersQuery(facts);
    expect(query).toBe(
      '?channel=other-csp-partner&billing=usage&customerIsCspPartner=false&partnerType=indirect-reseller&roles=global-admin,sales-agent&cloud=us-government',
    );
    expect(parseAnswers(query)).toEqual({ facts, rejected: [] });
  });

  it('drops only the answers that do not validate, and ignores unknown parameters', () => {
    expect(parseAnswers('?channel=nowhere&billing=usage&utm_source=mail&customerIsCspPartner=maybe')).toEqual(
      {
        facts: { billing: 'usage' },
        rejected: ['channel', 'customerIsCspPartner'],
      },
    );
    expect(answersQuery({})).toBe('');
  });
});
