// The content script's calls to the background (see background/api.ts). Types only are
// imported from the modules that hold the rules package and zod, so neither enters this bundle.
import { browser } from 'wxt/browser';
import type { PartnerContext, SubscriptionFacts } from '../decisions/advice.ts';
import type { AdviceView, FormVocabulary } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import type { CustomerReading } from '../storage/bought-elsewhere.ts';
import type { BoughtElsewhereRecord, CustomerData } from '../storage/bought-elsewhere-schema.ts';
import type { Settings } from '../storage/settings.ts';

const ask = <T>(message: Record<string, unknown>) => browser.runtime.sendMessage(message) as Promise<T>;

export type OfferResult =
  | { ok: true; offerId: string; billing: string; channel?: string }
  | { ok: false; error: string };

export const background = {
  settings: () => ask<Settings>({ type: 'multichannel:settings' }),
  advice: (facts: SubscriptionFacts, partner: PartnerContext, locale: Locale) =>
    ask<AdviceView>({ type: 'multichannel:advice', facts, partner, locale }),
  vocabulary: (locale: Locale) => ask<FormVocabulary>({ type: 'multichannel:vocabulary', locale }),
  offer: (offerId: string) => ask<OfferResult>({ type: 'multichannel:offer', offerId }),
  customer: (customerId: string) => ask<CustomerReading>({ type: 'multichannel:customer', customerId }),
  saveRecord: (customerId: string, record: BoughtElsewhereRecord) =>
    ask<CustomerData>({ type: 'multichannel:save-record', customerId, record }),
  removeRecord: (customerId: string, id: string) =>
    ask<CustomerData>({ type: 'multichannel:remove-record', customerId, id }),
  /** Sets (true, false) or forgets (null) whether the customer is itself a CSP partner. */
  setCspPartner: (customerId: string, answer: boolean | null) =>
    ask<CustomerData>({ type: 'multichannel:set-csp-partner', customerId, answer }),
  importFile: (customerId: string, text: string) =>
    ask<{ ok: true; count: number; data: CustomerData } | { ok: false; error: string }>({
      type: 'multichannel:import',
      customerId,
      text,
    }),
  exportRecords: (customerId: string) => ask<string>({ type: 'multichannel:export', customerId }),
};

/** Advice per distinct fact set, fetched once per page session. */
export class AdviceCache {
  private readonly views = new Map<string, AdviceView>();
  private readonly pending = new Map<string, Promise<AdviceView>>();

  private readonly partner: PartnerContext;
  private readonly locale: Locale;

  constructor(partner: PartnerContext, locale: Locale) {
    this.partner = partner;
    this.locale = locale;
  }

  private key(facts: SubscriptionFacts): string {
    return `${facts.channel ?? ''}|${facts.billing ?? ''}|${facts.customerIsCspPartner ?? ''}`;
  }

  get(facts: SubscriptionFacts): AdviceView | undefined {
    return this.views.get(this.key(facts));
  }

  load(facts: SubscriptionFacts): Promise<AdviceView> {
    const key = this.key(facts);
    const known = this.views.get(key);
    if (known) return Promise.resolve(known);
    let promise = this.pending.get(key);
    if (!promise) {
      // Only the facts: callers pass whole records, and the background accepts facts alone.
      const only: SubscriptionFacts = {
        ...(facts.channel ? { channel: facts.channel } : {}),
        ...(facts.billing ? { billing: facts.billing } : {}),
        ...(facts.customerIsCspPartner !== undefined
          ? { customerIsCspPartner: facts.customerIsCspPartner }
          : {}),
      };
      promise = background.advice(only, this.partner, this.locale).then((view) => {
        this.views.set(key, view);
        this.pending.delete(key);
        return view;
      });
      this.pending.set(key, promise);
    }
    return promise;
  }
}
