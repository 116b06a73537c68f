// Everything the extension shows on one customer's Subscriptions page, from arrival to leaving.
// Stopping removes every element it added, so moving between customers never mixes them.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '../i18n/locale.ts';
import type { PageSummary } from '../messages.ts';
import type { PageReading } from '../page/subscriptions-adapter.ts';
import { Annotator } from './annotator.ts';
import type { AdviceCache } from './background-client.ts';
import { closePanels } from './badge.ts';
import { BoughtElsewherePanel } from './bought-elsewhere-panel.tsx';
import { removeNotice, showNotice } from './notice.ts';
import { applyStyles, FLOATING_CSS } from './styles.ts';

// Partner Center renders its grids late; only call a layout unknown after this long.
export const NOTICE_DELAY_MS = 2500;
export const BOUGHT_ELSEWHERE_TAG = 'multichannel-bought-elsewhere';

export class PageSession {
  private readonly annotator: Annotator;
  private reading: PageReading | null = null;
  private noticeTimer: number | undefined;
  private noticeShown = false;
  private boughtElsewhereHost: HTMLElement | null = null;
  private boughtElsewhereCount = 0;

  private readonly ctx: ContentScriptContext;
  readonly customerId: string;
  private readonly locale: Locale;
  private readonly advice: AdviceCache;

  constructor(ctx: ContentScriptContext, customerId: string, locale: Locale, advice: AdviceCache) {
    this.ctx = ctx;
    this.customerId = customerId;
    this.locale = locale;
    this.advice = advice;
    this.annotator = new Annotator(ctx, { locale, advice, onReading: (r) => this.onReading(r) });
  }

  start(): this {
    this.annotator.start();
    this.mountBoughtElsewhere();
    return this;
  }

  stop(): void {
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
      rows: reading.rows.length,
      boughtElsewhere: this.boughtElsewhereCount,
    };
  }

  private onReading(reading: PageReading): void {
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

  private mountBoughtElsewhere(): void {
    const host = document.createElement(BOUGHT_ELSEWHERE_TAG);
    host.dataset.multichannelCustomer = this.customerId;
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root, `${FLOATING_CSS}\n:host{bottom:12px;right:12px}`);
    const container = document.createElement('div');
    root.append(container);
    document.body.append(host);
    this.boughtElsewhereHost = host;
    render(
      h(BoughtElsewherePanel, {
        customerId: this.customerId,
        locale: this.locale,
        advice: this.advice,
        onCount: (count: number) => {
          this.boughtElsewhereCount = count;
        },
      }),
      container,
    );
  }
}
