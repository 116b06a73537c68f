// Everything the extension shows on one customer's Subscriptions page, from arrival to leaving.
// Stopping removes every element it added, so moving between customers never mixes them.

import type { FactValue } from '@multichannel/rules';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '../i18n/locale.ts';
import type { PageSummary } from '../messages.ts';
import { SECTION_FACTS } from '../page/labels.ts';
import { OWN_ATTRIBUTE, type PageLayout } from '../page/subscriptions-adapter.ts';
import type { CustomerData } from '../storage/bought-elsewhere-schema.ts';
import { Annotator } from './annotator.ts';
import { type AdviceCache, background, factsKey } from './background-client.ts';
import { closePanels } from './badge.ts';
import { BoughtElsewherePanel } from './bought-elsewhere-panel.tsx';
import { type CustomerState, customerReply } from './customer-reply.ts';
import { removeNotice, showNotice } from './notice.ts';
import { applyStyles, FLOATING_CSS } from './styles.ts';

// Partner Center renders its grids late; only call a layout unknown after this long.
export const NOTICE_DELAY_MS = 2500;
/** The bought-elsewhere panel's host: a standard element marked as ours (see OWN_ATTRIBUTE). */
export const BOUGHT_ELSEWHERE_SELECTOR = `[${OWN_ATTRIBUTE}="bought-elsewhere"]`;

/** The fact sets this page's own rows can have, one per section (the customer's facts are added to each). */
export const ROW_FACT_SETS = [...SECTION_FACTS.values()];

export class PageSession {
  private readonly annotator: Annotator;
  private reading: PageLayout | null = null;
  private noticeTimer: number | undefined;
  private noticeShown = false;
  private boughtElsewhereHost: HTMLElement | null = null;
  private panelContainer: HTMLElement | null = null;
  private stopped = false;
  // Each change of the customer's facts supersedes the ones before it.
  private factsGeneration = 0;
  // Own writes not yet stored: storage changes seen meanwhile are our own, not another tab's.
  private pendingWrites = 0;

  private readonly ctx: ContentScriptContext;
  readonly customerId: string;
  private readonly locale: Locale;
  private readonly advice: AdviceCache;
  private customer: CustomerState;

  constructor(
    ctx: ContentScriptContext,
    customerId: string,
    locale: Locale,
    advice: AdviceCache,
    customer: CustomerState,
  ) {
    this.ctx = ctx;
    this.customerId = customerId;
    this.locale = locale;
    this.advice = advice;
    this.customer = customer;
    this.annotator = new Annotator(ctx, {
      locale,
      advice,
      customer: this.customerFacts(),
      onReading: (r) => this.onReading(r),
    });
  }

  start(): this {
    this.annotator.start();
    this.mountBoughtElsewhere();
    return this;
  }

  stop(): void {
    this.stopped = true;
    this.annotator.stop();
    closePanels();
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
    removeNotice();
    if (this.boughtElsewhereHost) {
      const root = this.boughtElsewhereHost.shadowRoot;
      if (root) render(null, root.lastElementChild as Element);
      this.boughtElsewhereHost.remove();
    }
  }

  summary(): PageSummary {
    const reading = this.reading;
    if (!reading) return { state: 'loading' };
    if (!reading.recognized)
      return this.noticeShown ? { state: 'not-recognized', reason: reading.reason } : { state: 'loading' };
    return {
      state: 'recognized',
      customerId: this.customerId,
      counts: this.annotator.counts(),
      rows: this.annotator.rowCount(),
      unread: reading.unread,
      boughtElsewhere: this.customer.records.length,
    };
  }

  private onReading(reading: PageLayout): void {
    this.reading = reading;
    if (reading.recognized) {
      if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
      this.noticeTimer = undefined;
      if (this.noticeShown) removeNotice();
      this.noticeShown = false;
      return;
    }
    if (this.noticeShown || this.noticeTimer !== undefined) return;
    this.noticeTimer = this.ctx.setTimeout(() => {
      this.noticeTimer = undefined;
      if (this.reading && !this.reading.recognized) {
        showNotice(this.locale);
        this.noticeShown = true;
      }
    }, NOTICE_DELAY_MS);
  }

  /**
   * Stored data changed (this tab or another): takes the customer's records and answer from
   * storage, unless writes of this page are still on their way (their answers update it).
   */
  refreshFromStorage(): void {
    if (this.pendingWrites > 0) return;
    background
      .customer(this.customerId)
      .then((stored) => {
        if (this.pendingWrites === 0) this.adopt(stored);
      })
      .catch(() => undefined); // the extension was reloaded: this page's script is on its way out
  }

  /**
   * Takes the customer as stored (a read, or a write's answer; a malformed answer is ignored);
   * rows are decided again if the answer changed.
   */
  private adopt(reply: unknown): void {
    const stored = customerReply(reply);
    if (this.stopped || !stored) return;
    const answerChanged = factsKey(stored.facts) !== factsKey(this.customer.facts);
    this.customer = {
      facts: stored.facts,
      records: stored.records,
      setAsideError: this.customer.setAsideError,
      storageProblem: stored.storageProblem,
    };
    if (answerChanged) void this.applyCustomerFacts();
    this.renderPanel();
  }

  private customerFacts() {
    return this.customer.facts;
  }

  /** Decides every row again with the customer's current facts, once their advice is loaded. */
  private async applyCustomerFacts(): Promise<void> {
    const generation = ++this.factsGeneration;
    const facts = this.customerFacts();
    await Promise.all(ROW_FACT_SETS.map((row) => this.advice.load({ ...row, ...facts })));
    if (this.stopped || generation !== this.factsGeneration || this.ctx.isInvalid) return;
    this.annotator.setCustomerFacts(facts);
  }

  /**
   * Sends a write and takes what it stored. Writes are stored in order (see storage), so only
   * the last one's answer counts: an earlier one would undo a newer choice on the page.
   */
  private async write(request: Promise<CustomerData>): Promise<CustomerData> {
    this.pendingWrites++;
    try {
      const data = await request;
      // No answer or a malformed one (e.g. a customer id the background cannot store): not stored.
      if (!customerReply(data)) throw new Error('not stored');
      if (this.pendingWrites === 1) this.adopt(data);
      return data;
    } catch (error) {
      // Not stored (storage full, say): once no other write is on its way, show what is stored
      // and why the change is not.
      if (this.pendingWrites === 1) queueMicrotask(() => this.refreshFromStorage());
      throw error;
    } finally {
      this.pendingWrites--;
    }
  }

  /** The partner's answer to a question about the customer; undefined is "not known". */
  private setCustomerFact(fact: string, answer: FactValue | undefined): void {
    const { [fact]: _, ...others } = this.customer.facts;
    this.customer = {
      ...this.customer,
      facts: answer === undefined ? others : { ...others, [fact]: answer },
    };
    this.renderPanel();
    void this.applyCustomerFacts();
    // Not stored (the background failed): show what is stored instead.
    this.write(
      background.setCustomerFacts(this.customerId, { [fact]: answer ?? null }, this.advice.session),
    ).catch(() => this.refreshFromStorage());
  }

  private renderPanel(): void {
    if (!this.panelContainer || this.stopped) return;
    render(
      h(BoughtElsewherePanel, {
        customerId: this.customerId,
        locale: this.locale,
        advice: this.advice,
        customer: this.customer,
        onCustomerFact: (fact: string, answer: FactValue | undefined) => this.setCustomerFact(fact, answer),
        write: (request: Promise<CustomerData>) => this.write(request),
      }),
      this.panelContainer,
    );
  }

  private mountBoughtElsewhere(): void {
    const host = document.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, 'bought-elsewhere');
    host.dataset.multichannelCustomer = this.customerId;
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root, `${FLOATING_CSS}\n:host{bottom:12px!important;right:12px!important}`);
    const container = document.createElement('div');
    root.append(container);
    document.body.append(host);
    this.boughtElsewhereHost = host;
    this.panelContainer = container;
    this.renderPanel();
  }
}
