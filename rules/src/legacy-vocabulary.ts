// TEMPORARY: the 2020-06 vocabulary as code, kept only until the extension and the site read
// the vocabulary from the edition (issue 7). Nothing in rules/ may import it.
import { z } from 'zod';

import { BILLING_TYPES, BOOLEANS, CHANNELS, CLOUDS, PARTNER_TYPES, ROLES, STATUSES } from './ids.ts';

export { BILLING_TYPES, BOOLEANS, CHANNELS, CLOUDS, PARTNER_TYPES, ROLES, STATUSES };
export const Channel = z.enum(CHANNELS);
export const BillingType = z.enum(BILLING_TYPES);
export const PartnerType = z.enum(PARTNER_TYPES);
export const Role = z.enum(ROLES);
export const Cloud = z.enum(CLOUDS);
export const Status = z.enum(STATUSES);
export type Channel = z.infer<typeof Channel>;
export type BillingType = z.infer<typeof BillingType>;
export type PartnerType = z.infer<typeof PartnerType>;
export type Role = z.infer<typeof Role>;
export type Cloud = z.infer<typeof Cloud>;
export type Status = z.infer<typeof Status>;
export const DECISION_FACTS = {
  channel: CHANNELS,
  billing: BILLING_TYPES,
  customerIsCspPartner: BOOLEANS,
} as const;
export type DecisionFact = keyof typeof DECISION_FACTS;
export const DECISION_FACT_NAMES = Object.keys(DECISION_FACTS) as DecisionFact[];
export const FACT_NAMES = [
  'channel',
  'billing',
  'customerIsCspPartner',
  'partnerType',
  'roles',
  'cloud',
] as const;
export type FactName = (typeof FACT_NAMES)[number];
