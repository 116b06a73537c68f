// The content script's calls to the background (see background/api.ts). Types only are
// imported from the modules that hold the rules package and zod, so neither enters this bundle.
import { browser } from 'wxt/browser';
import type { FailedFile, ImportPreview, InventoryDialog } from '../background/import-preview.ts';
import type { FactsInput } from '../decisions/advice.ts';
import type { AdviceView, EditionView } from '../decisions/advice-view.ts';
import type { FactQuestion } from '../decisions/fact-questions.ts';
import type { Locale } from '../i18n/locale.ts';
import type { CustomerReading } from '../storage/bought-elsewhere.ts';
import type {
  BoughtElsewhereRecord,
  CustomerData,
  CustomerFactsChange,
} from '../storage/bought-elsewhere-schema.ts';
import type { Settings } from '../storage/settings.ts';

const ask = <T>(message: Record<string, unknown>) => browser.runtime.sendMessage(message) as Promise<T>;

export type OfferResult =
  | { ok: true; offerId: string; facts: Record<string, string | boolean> }
  | { ok: false; error: string };

/** The edition's texts the bought-elsewhere panel needs. */
export interface PanelVocabulary {
  edition: EditionView;
  /** The questions about the customer (once per customer, for every row and record). */
  customerQuestions: FactQuestion[];
}

/** One picked inventory file as the page read it, or its size when it was too large to read. */
export type InventoryFile = { fileName: string; text: string } | { fileName: string; size: number };

/** Which edition and language a page session speaks. */
export interface SessionEdition {
  locale: Locale;
  /** The pinned edition; undefined: the newest. */
  edition: string | undefined;
}

export const background = {
  settings: () => ask<Settings>({ type: 'multichannel:settings' }),
  advice: (facts: FactsInput, context: FactsInput, { locale, edition }: SessionEdition) =>
    ask<AdviceView>({ type: 'multichannel:advice', facts, context, locale, edition }),
  vocabulary: ({ locale, edition }: SessionEdition) =>
    ask<PanelVocabulary>({ type: 'multichannel:vocabulary', locale, edition }),
  /** The form's questions for a record answered so far. */
  form: ({ locale, edition }: SessionEdition, answers: FactsInput, customer: FactsInput) =>
    ask<FactQuestion[]>({ type: 'multichannel:form', locale, edition, answers, customer }),
  offer: (offerId: string, { edition }: SessionEdition) =>
    ask<OfferResult>({ type: 'multichannel:offer', offerId, edition }),
  customer: (customerId: string) => ask<CustomerReading>({ type: 'multichannel:customer', customerId }),
  saveRecord: (customerId: string, record: BoughtElsewhereRecord, { edition }: SessionEdition) =>
    ask<CustomerData>({ type: 'multichannel:save-record', customerId, record, edition }),
  removeRecord: (customerId: string, id: string) =>
    ask<CustomerData>({ type: 'multichannel:remove-record', customerId, id }),
  /** Sets or forgets (null) answers about the customer. */
  setCustomerFacts: (customerId: string, facts: CustomerFactsChange, { edition }: SessionEdition) =>
    ask<CustomerData>({ type: 'multichannel:set-customer-facts', customerId, facts, edition }),
  importFile: (customerId: string, text: string) =>
    ask<{ ok: true; count: number; data: CustomerData } | { ok: false; error: string }>({
      type: 'multichannel:import',
      customerId,
      text,
    }),
  exportRecords: (customerId: string) => ask<string>({ type: 'multichannel:export', customerId }),
  /** The Resource Graph query whose CSV the import reads (the package documents it). */
  inventoryDialog: (locale: Locale) => ask<InventoryDialog>({ type: 'multichannel:inventory-query', locale }),
  /** Inventory files read together: one preview of all of them (a file that fails is named). */
  previewInventory: (customerId: string, files: InventoryFile[], { locale, edition }: SessionEdition) =>
    ask<ImportPreview>({ type: 'multichannel:inventory-preview', customerId, files, locale, edition }),
  saveInventory: (customerId: string, files: InventoryFile[], { locale, edition }: SessionEdition) =>
    ask<
      | { ok: true; count: number; failed: FailedFile[]; data: CustomerData }
      | { ok: false; failed: FailedFile[] }
    >({ type: 'multichannel:inventory-save', customerId, files, locale, edition }),
};

/** The same key for the same facts in any order; unknown (undefined) facts left out. */
export function factsKey(facts: FactsInput): string {
  return JSON.stringify(
    Object.entries(facts)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Advice per distinct fact set, fetched once per page session. Callers pass facts only. */
export class AdviceCache {
  private readonly views = new Map<string, AdviceView>();
  private readonly pending = new Map<string, Promise<AdviceView>>();

  private readonly context: FactsInput;
  readonly session: SessionEdition;

  constructor(context: FactsInput, session: SessionEdition) {
    this.context = context;
    this.session = session;
  }

  get(facts: FactsInput): AdviceView | undefined {
    return this.views.get(factsKey(facts));
  }

  load(facts: FactsInput): Promise<AdviceView> {
    const key = factsKey(facts);
    const known = this.views.get(key);
    if (known) return Promise.resolve(known);
    let promise = this.pending.get(key);
    if (!promise) {
      promise = background.advice(facts, this.context, this.session).then((view) => {
        this.views.set(key, view);
        this.pending.delete(key);
        return view;
      });
      this.pending.set(key, promise);
    }
    return promise;
  }
}
