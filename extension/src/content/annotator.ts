// Keeps one badge on every subscription row of the page: one MutationObserver (on the document
// and on each open shadow root the adapter walks through), leading-edge throttled, that re-reads
// the page and adds or drops badges. Our own insertions never trigger work.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SubscriptionFacts } from '../decisions/advice.ts';
import type { Status } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { OWN_TAG_PREFIX, type PageReading, readSubscriptionsPage } from '../page/subscriptions-adapter.ts';
import type { AdviceCache } from './background-client.ts';
import { BADGE_TAG, badgeView, createBadge } from './badge.ts';

/** Facts about the customer, the same for every row of the page. */
export type CustomerFacts = Pick<SubscriptionFacts, 'customerIsCspPartner'>;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
// At most one full re-read per this many ms while the page keeps changing.
const MIN_INTERVAL_MS = 100;
// Time the writing of badges may take per task, so a big page never blocks the main thread for
// long: the first slice runs in the task that read the page, the rest in tasks of their own.
export const SLICE_BUDGET_MS = 8;
// The first slice may run until this many ms after the run started (reading included), so a page
// of a few hundred rows gets all its badges in the task that read it, with no layout and paint of
// the table between two slices; still well under the 50 ms of a long task. Pages too big for that
// go on in slices of SLICE_BUDGET_MS.
export const FIRST_TASK_BUDGET_MS = 30;
// Rows written between two looks at the clock.
const CLOCK_EVERY = 32;

type Scheduler = { postTask?: (task: () => void, options?: { priority?: string }) => Promise<unknown> };

/**
 * Runs `task` in a new task soon: Chromium's scheduler.postTask, or else a MessageChannel message;
 * both skip the ≥ 4 ms clamp nested setTimeout calls get. (setTimeout when neither exists.)
 */
function nextTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(task, { priority: 'user-visible' });
    return;
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      task();
    };
    channel.port2.postMessage(null);
    return;
  }
  setTimeout(task, 0);
}

export interface AnnotatorOptions {
  locale: Locale;
  /** Decisions for the fact sets rows can have, loaded before the session starts. */
  advice: AdviceCache;
  /** Facts about the customer; change them with `setCustomerFacts`. */
  customer: CustomerFacts;
  onReading: (reading: PageReading) => void;
}

const isOwn = (node: Node) => node instanceof Element && node.tagName.startsWith(OWN_TAG_PREFIX);

function isRelevant(record: MutationRecord): boolean {
  if (record.type !== 'childList') return !isOwn(record.target);
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length === 0 && removedNodes.length === 0) return true;
  for (const node of addedNodes) if (!isOwn(node)) return true;
  for (const node of removedNodes) if (!isOwn(node)) return true;
  return false;
}

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
  private customer: CustomerFacts;

  constructor(ctx: ContentScriptContext, options: AnnotatorOptions) {
    this.ctx = ctx;
    this.options = options;
    this.customer = options.customer;
    this.observer = new MutationObserver((records) => this.onRecords(records));
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

  /**
   * New facts about the customer: every row is decided again and its badge replaced in place at
   * once (load their advice first, or rows wait for it). A run still writing is superseded.
   */
  setCustomerFacts(customer: CustomerFacts): void {
    this.customer = customer;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.run();
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

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      if (isRelevant(record)) {
        this.schedule();
        return;
      }
    }
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
    const started = performance.now();
    this.lastRun = started;
    const reading = readSubscriptionsPage(document);
    for (const root of reading.shadowRoots) {
      if (this.observedRoots.has(root)) continue;
      this.observedRoots.add(root);
      this.observer.observe(root, OBSERVE);
    }
    if (reading.recognized) this.mount(reading.rows, started);
    this.options.onReading(reading);
  }

  /**
   * Reads everything first, then writes: the first slice until FIRST_TASK_BUDGET_MS after the run
   * started, the next ones in slices of about SLICE_BUDGET_MS each, so a big page never blocks the
   * main thread for long. A newer run cancels the slices of an older one.
   */
  private mount(rows: Extract<PageReading, { recognized: true }>['rows'], started: number): void {
    const { locale, advice } = this.options;
    const generation = ++this.generation;
    const customer = this.customer;
    const factsOf = (row: (typeof rows)[number]): SubscriptionFacts => ({
      channel: row.facts.channel,
      billing: row.facts.billing,
      ...customer,
    });
    const plan = rows.map((row) => ({
      row,
      view: advice.get(factsOf(row)),
      existing: existingBadge(row.nameCell),
    }));
    const keep = new Set<HTMLElement>();
    const writeSlice = (from: number) => {
      if (this.stopped || generation !== this.generation || this.ctx.isInvalid) return;
      // The page's own changes since the last delivery still count; ours (below) are dropped
      // before the observer sees them, so thousands of badges cost no callback work.
      this.onRecords(this.observer.takeRecords());
      if (this.stopped || generation !== this.generation) return; // those changes started a new run
      const now = performance.now();
      const deadline =
        from === 0 ? Math.max(started + FIRST_TASK_BUDGET_MS, now + SLICE_BUDGET_MS) : now + SLICE_BUDGET_MS;
      let to = from;
      for (let i = from; i < plan.length; i++) {
        if ((i - from) % CLOCK_EVERY === CLOCK_EVERY - 1 && performance.now() > deadline) break;
        to = i + 1;
        const { row, view, existing } = plan[i] as (typeof plan)[number];
        if (!view) {
          // Not prefetched (should not happen): fetch, then read the page again.
          advice.load(factsOf(row)).then(() => this.schedule());
          continue;
        }
        // The same decision (not only the same status: its assumptions may differ) for the same row.
        if (
          existing &&
          badgeView(existing) === view &&
          existing.getAttribute('data-multichannel-subscription') === row.facts.name
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
      this.observer.takeRecords();
      if (to < plan.length) {
        nextTask(() => writeSlice(to));
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
