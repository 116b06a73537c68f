// Keeps one badge on every subscription row of the page: one MutationObserver (on the document
// and on each open shadow root the adapter walks through), leading-edge throttled, that re-reads
// the page and adds or drops badges. Our own insertions never trigger work.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Status } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { OWN_TAG_PREFIX, type PageReading, readSubscriptionsPage } from '../page/subscriptions-adapter.ts';
import type { AdviceCache } from './background-client.ts';
import { BADGE_TAG, createBadge } from './badge.ts';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
// At most one full re-read per this many ms while the page keeps changing.
const MIN_INTERVAL_MS = 100;
// Badges written per task; about 10 ms of work in Chromium on a slow machine.
const SLICE_ROWS = 150;

export interface AnnotatorOptions {
  locale: Locale;
  /** Decisions for the fact sets rows can have, loaded before the session starts. */
  advice: AdviceCache;
  onReading: (reading: PageReading) => void;
}

const isOwn = (node: Node) => node instanceof Element && node.tagName.startsWith(OWN_TAG_PREFIX);

function existingBadge(cell: Element): HTMLElement | null {
  for (let el = cell.lastElementChild; el; el = el.previousElementSibling) {
    if (el.tagName === 'MULTICHANNEL-BADGE') return el as HTMLElement;
  }
  return null;
}

export class Annotator {
  private readonly hosts = new Set<HTMLElement>();
  private readonly observedRoots = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private lastRun = Number.NEGATIVE_INFINITY;
  private timer: number | undefined;
  private stopped = false;
  private generation = 0;

  private readonly ctx: ContentScriptContext;
  private readonly options: AnnotatorOptions;

  constructor(ctx: ContentScriptContext, options: AnnotatorOptions) {
    this.ctx = ctx;
    this.options = options;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.isRelevant(r))) this.schedule();
    });
  }

  start(): void {
    this.observer.observe(document, OBSERVE);
    this.run();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const host of this.hosts) host.remove();
    this.hosts.clear();
  }

  /** Badges currently on the page, per status. */
  counts(): Partial<Record<Status, number>> {
    const counts: Partial<Record<Status, number>> = {};
    for (const host of this.hosts) {
      if (!host.isConnected) continue;
      const status = host.dataset.multichannelStatus as Status;
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return counts;
  }

  private isRelevant(record: MutationRecord): boolean {
    if (record.type !== 'childList') return !isOwn(record.target);
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length === 0 || nodes.some((n) => !isOwn(n));
  }

  private schedule(): void {
    if (this.stopped || this.timer !== undefined) return;
    const wait = this.lastRun + MIN_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  private run(): void {
    if (this.stopped) return;
    this.lastRun = performance.now();
    const reading = readSubscriptionsPage(document);
    for (const root of reading.shadowRoots) {
      if (this.observedRoots.has(root)) continue;
      this.observedRoots.add(root);
      this.observer.observe(root, OBSERVE);
    }
    if (reading.recognized) this.mount(reading.rows);
    this.options.onReading(reading);
  }

  /**
   * Reads everything first, then writes in slices of SLICE_ROWS rows per task, so a big page
   * never blocks the main thread for long. A newer run cancels the slices of an older one.
   */
  private mount(rows: Extract<PageReading, { recognized: true }>['rows']): void {
    const { locale, advice } = this.options;
    const generation = ++this.generation;
    const plan = rows.map((row) => ({
      row,
      view: advice.get({ channel: row.facts.channel, billing: row.facts.billing }),
      existing: existingBadge(row.nameCell),
    }));
    const keep = new Set<HTMLElement>();
    const writeSlice = (from: number) => {
      if (this.stopped || generation !== this.generation) return;
      const to = Math.min(plan.length, from + SLICE_ROWS);
      for (let i = from; i < to; i++) {
        const { row, view, existing } = plan[i] as (typeof plan)[number];
        if (!view) {
          // Not prefetched (should not happen): fetch, then read the page again.
          advice.load({ channel: row.facts.channel, billing: row.facts.billing }).then(() => this.schedule());
          continue;
        }
        if (
          existing &&
          existing.dataset.multichannelStatus === view.status &&
          existing.dataset.multichannelSubscription === row.facts.name
        ) {
          keep.add(existing);
          this.hosts.add(existing);
          continue;
        }
        existing?.remove();
        const host = createBadge({ view, subscription: row.facts.name, locale, source: 'page' });
        row.nameCell.append(host);
        this.hosts.add(host);
        keep.add(host);
      }
      if (to < plan.length) {
        this.ctx.setTimeout(() => writeSlice(to), 0);
        return;
      }
      for (const host of this.hosts) {
        if (keep.has(host)) continue;
        host.remove();
        this.hosts.delete(host);
      }
    };
    writeSlice(0);
  }
}

export { BADGE_TAG };
