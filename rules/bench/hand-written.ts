// The floor: the 2020-06 table written by hand as a switch, the way one would without a table.
import type { Facts } from '../src/vocabulary.ts';

export function handWritten(facts: Facts): { status: string; ruleId: string } {
  if (facts.customerIsCspPartner) return { status: 'not-allowed', ruleId: 'customer-is-csp-partner' };
  switch (facts.channel) {
    case 'this-partner':
      return { status: 'already-yours', ruleId: 'bought-through-you' };
    case 'syndication-partner':
      return { status: 'out-of-scope', ruleId: 'syndication-partner' };
    case 'other-csp-partner':
      return facts.billing === 'license'
        ? { status: 'wait-or-cancel', ruleId: 'license-with-other-csp-partner' }
        : { status: 'switch-azure-partner', ruleId: 'usage-with-other-csp-partner' };
    default:
      return facts.billing === 'license'
        ? { status: 'request-relationship', ruleId: 'license-bought-elsewhere' }
        : { status: 'new-azure-subscription', ruleId: 'usage-bought-elsewhere' };
  }
}
