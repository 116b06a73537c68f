// The closed vocabularies of the decision table as zod schemas (the lists are in ids.ts).
import { z } from 'zod';

import { BILLING_TYPES, BOOLEANS, CHANNELS, CLOUDS, LOCALES, PARTNER_TYPES, ROLES, STATUSES } from './ids.ts';

export { BILLING_TYPES, BOOLEANS, CHANNELS, CLOUDS, LOCALES, PARTNER_TYPES, ROLES, STATUSES };

export const Channel = z.enum(CHANNELS);
export const BillingType = z.enum(BILLING_TYPES);
export const PartnerType = z.enum(PARTNER_TYPES);
export const Role = z.enum(ROLES);
export const Cloud = z.enum(CLOUDS);
export const Status = z.enum(STATUSES);
export const Locale = z.enum(LOCALES);

export type Channel = z.infer<typeof Channel>;
export type BillingType = z.infer<typeof BillingType>;
export type PartnerType = z.infer<typeof PartnerType>;
export type Role = z.infer<typeof Role>;
export type Cloud = z.infer<typeof Cloud>;
export type Status = z.infer<typeof Status>;
export type Locale = z.infer<typeof Locale>;

/** The facts a rule's conditions may test, with every value each can take. */
export const DECISION_FACTS = {
  channel: CHANNELS,
  billing: BILLING_TYPES,
  customerIsCspPartner: BOOLEANS,
} as const;
export type DecisionFact = keyof typeof DECISION_FACTS;
export const DECISION_FACT_NAMES = Object.keys(DECISION_FACTS) as DecisionFact[];
export type FactValue = string | boolean;

/** Every fact the evaluator accepts; the non-decision ones shape steps, `canAct` and caveats. */
export const FACT_NAMES = [
  'channel',
  'billing',
  'customerIsCspPartner',
  'partnerType',
  'roles',
  'cloud',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** Facts as known: any of them may be missing (unknown). Validated at every boundary. */
export const Facts = z
  .object({
    channel: Channel.optional(),
    billing: BillingType.optional(),
    customerIsCspPartner: z.boolean().optional(),
    partnerType: PartnerType.optional(),
    roles: z.array(Role).optional(),
    cloud: Cloud.optional(),
  })
  .strict();
export type Facts = z.infer<typeof Facts>;

/** The statuses that a rule can give; `needs-info` only comes from the evaluator. */
export const RuleStatus = Status.exclude(['needs-info']);
export type RuleStatus = z.infer<typeof RuleStatus>;
