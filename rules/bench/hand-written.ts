// The floor: the newest edition (2024-06) written by hand as a switch, the way one would
// without a table. run.ts checks it against `match` on every complete combination first.
import type { Facts } from '../src/vocabulary.ts';

export const HAND_WRITTEN_EDITION = '2024-06';

export function handWritten(facts: Facts): { status: string; ruleId: string } {
  if (facts.customerIsCspPartner === true)
    return { status: 'not-allowed', ruleId: 'customer-is-csp-partner' };
  const license = facts.billing === 'license';
  switch (facts.channel) {
    case 'this-partner':
      return { status: 'already-yours', ruleId: 'bought-through-you' };
    case 'microsoft-direct':
    case 'volume-licensing':
    case 'ea':
      return license
        ? { status: 'request-relationship', ruleId: 'license-bought-elsewhere' }
        : { status: 'new-azure-subscription', ruleId: 'usage-bought-elsewhere' };
    case 'advisor':
    case 'open':
      return license
        ? { status: 'not-addressed', ruleId: 'license-through-advisor-or-open' }
        : { status: 'new-azure-subscription', ruleId: 'usage-bought-elsewhere' };
    case 'other-csp-partner':
    case 'former-csp-partner':
      if (!license)
        return facts.channel === 'other-csp-partner'
          ? { status: 'switch-azure-partner', ruleId: 'usage-with-other-csp-partner' }
          : { status: 'switch-azure-partner', ruleId: 'usage-with-former-csp-partner' };
      // Unknown commerce is new commerce, as the edition assumes.
      return facts.commerce === 'legacy'
        ? { status: 'not-addressed', ruleId: 'legacy-license-with-other-partner' }
        : { status: 'transfer-subscription', ruleId: 'license-transfer-from-other-partner' };
    case 'third-party':
      return { status: 'not-addressed', ruleId: 'third-party-no-longer-listed' };
    default:
      return { status: 'not-addressed', ruleId: 'syndication-no-longer-mentioned' };
  }
}
