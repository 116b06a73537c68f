// The one place the extension asks the rules package for a decision. Nothing about rules is
// decided here: this only gathers facts and caches decisions (a page has few distinct fact sets).
import {
  type Cloud,
  type Decision,
  decide,
  type Facts,
  type Locale,
  type PartnerType,
  type Role,
} from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';

/** What the extension knows about the partner and the site, from the options and the URL. */
export interface PartnerContext {
  partnerType?: PartnerType;
  roles: Role[];
  cloud: Cloud;
}

export type SubscriptionFacts = Pick<Facts, 'channel' | 'billing' | 'customerIsCspPartner'>;

const cache = new Map<string, Decision>();

export function advise(subscription: SubscriptionFacts, partner: PartnerContext, locale: Locale): Decision {
  // Picked one by one: callers pass records that carry more than facts.
  const facts: Facts = {
    ...(subscription.channel ? { channel: subscription.channel } : {}),
    ...(subscription.billing ? { billing: subscription.billing } : {}),
    ...(subscription.customerIsCspPartner !== undefined
      ? { customerIsCspPartner: subscription.customerIsCspPartner }
      : {}),
    ...(partner.partnerType ? { partnerType: partner.partnerType } : {}),
    ...(partner.roles.length > 0 ? { roles: partner.roles } : {}),
    cloud: partner.cloud,
  };
  const key = `${locale}|${JSON.stringify(facts)}`;
  let decision = cache.get(key);
  if (!decision) {
    decision = decide(latestEdition, facts, { locale });
    cache.set(key, decision);
  }
  return decision;
}

export const edition = () => latestEdition;
