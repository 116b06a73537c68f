// Keeps one live badge on every subscription row of the page: one MutationObserver (on the
// document and on each open shadow root the adapter walks through), throttled, that re-reads the
// page in a task of its own and adds or drops badges. Our own insertions never trigger work; the
// page removing a badge or copying one does. A row the page re-rendered gets its old badge back
// (see BadgeRegistry), so a re-render costs a read and a move per row. Shadow roots attached
// later are found by a bounded series of re-reads after each change (see RESCAN_GAPS_MS).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FactsInput } from '../decisions/advice.ts';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import type { PageSummary } from '../messages.ts';
import type { PageFacts } from '../page/labels.ts';
import {
  OWN_ATTRIBUTE,
  type PageLayout,
  type RowCandidate,
  readLayout,
  readRow,
} from '../page/subscriptions-adapter.ts';
import type { AdviceCache } from './background-client.ts';
import { BADGE_SELECTOR, badgeView, createBadge, isLiveBadge } from './badge.ts';
import { BadgeRegistry } from './badge-registry.ts';

/** Facts about the customer, the same for every row of the page. */
export type CustomerFacts = FactsInput;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
// At most one full re-read per this many ms while the page keeps changing.
const MIN_INTERVAL_MS = 100;
/**
 * Re-reads after the start and after every change of the page, at these gaps (so at 0.25, 0.5,
 * 1, 2, 4 and 8 s after the last change), then nothing until the page changes again. Why: a
 * shadow root attached to an element already in the page makes no mutation record, and an
 * isolated content script cannot hook the page's attachShadow (nor may it inject a main-world
 * script). Web components attach their roots when they are connected or upgraded, which follows
 * a change of the DOM or of the URL (a session starts at each navigation), so a bounded series
 * after each change finds those roots, and an idle page costs nothing.
 */
export const RESCAN_GAPS_MS = [250, 250, 500, 1000, 2000, 4000] as const;
// Time the writing of badges may take per task, so a big page never blocks the main thread for
// long: the first slice runs in the task that read the page, the rest in tasks of their own.
export const SLICE_BUDGET_MS = 8;
// The first slice may run until this many ms after the run started (reading included), so a page
// of a few hundred rows gets all its badges in the task that read it, with no layout and paint of
// the table between two slices. Pages too big for that go on in slices of SLICE_BUDGET_MS. Not
// more: a major garbage collection of a big, busy page (20-30 ms) can land in any task of ours,
// and the two together must stay under the 50 ms of a long task.
export const FIRST_TASK_BUDGET_MS = 16;
// Rows read and written between two looks at the clock.
const CLOCK_EVERY = 16;

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
  /** The page's layout after each reading (whether it is recognized, and what is not). */
  onReading: (layout: PageLayout) => void;
}

const ownKind = (node: Node) => (node instanceof Element ? node.getAttribute(OWN_ATTRIBUTE) : null);
const isBadge = (el: Element) => el.getAttribute(OWN_ATTRIBUTE) === 'badge';

/**
 * Whether a record is the page's doing and may change what we show. Our own writes never reach
 * here (they are taken from the observer right after), so a badge removed is one the page
 * removed, and a badge added is a copy the page made.
 */
function isRelevant(record: MutationRecord): boolean {
  if (record.type !== 'childList') return ownKind(record.target) === null;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length === 0 && removedNodes.length === 0) return true;
  for (const node of addedNodes) {
    const kind = ownKind(node);
    if (kind === null || (kind === 'badge' && !isLiveBadge(node as Element))) return true;
  }
  for (const node of removedNodes) {
    const kind = ownKind(node);
    if (kind === null || (kind === 'badge' && isLiveBadge(node as Element))) return true;
  }
  return false;
}

/** Our badges among a cell's children: live ones and copies the page made. */
function badgesIn(cell: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (let el = cell.firstElementChild; el; el = el.nextElementSibling) {
    if (isBadge(el)) found.push(el as HTMLElement);
  }
  return found;
}

const PAGE_BADGES = `${BADGE_SELECTOR}[data-multichannel-source="page"]`;

export class Annotator {
  private readonly hosts = new BadgeRegistry();
  // Every open shadow root a census has seen (see census).
  private readonly censusRoots = new WeakSet<ShadowRoot>();
  private readonly observer: MutationObserver;
  private lastRun = Number.NEGATIVE_INFINITY;
  private timer: number | undefined;
  private rescanTimer: number | undefined;
  private rescanStep = 0;
  // The shadow roots of the last reading: where page copies of badges are looked for.
  private roots: readonly ShadowRoot[] = [];
  private rows = 0;
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
    this.watch();
    this.run();
  }

  /** Watches the document and the shadow roots of the last reading (again: see `write`). */
  private watch(): void {
    this.observer.observe(document, OBSERVE);
    for (const root of this.roots) this.observer.observe(root, OBSERVE);
  }

  /**
   * Runs our own DOM writes unwatched: the page's changes so far are taken first (and may start a
   * new run: then `false`, nothing written), and our writes make no records to build and drop
   * (thousands of badges would make thousands). No page code runs inside a task of ours, so the
   * page changes nothing meanwhile.
   */
  private write(generation: number, writes: () => void): boolean {
    this.onRecords(this.observer.takeRecords());
    if (this.stopped || generation !== this.generation) return false;
    this.observer.disconnect();
    try {
      writes();
    } finally {
      this.watch();
    }
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
    for (const host of this.hosts) host.remove();
    this.hosts.clear();
    this.sweep(new Set());
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

  /** Subscription rows found by the last complete reading. */
  rowCount(): number {
    return this.rows;
  }

  /** Badges currently on the page, per status (in the order statuses first appear). */
  counts(): Extract<PageSummary, { state: 'recognized' }>['counts'] {
    const counts = new Map<string, { status: string; label: string; kind: string; count: number }>();
    for (const host of this.hosts) {
      const view = host.isConnected ? badgeView(host) : undefined;
      if (!view) continue;
      const entry = counts.get(view.status) ?? {
        status: view.status,
        label: view.label,
        kind: view.kind,
        count: 0,
      };
      entry.count++;
      counts.set(view.status, entry);
    }
    return [...counts.values()];
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      if (isRelevant(record)) {
        this.rescanStep = 0;
        this.schedule();
        return;
      }
    }
  }

  /**
   * A re-read soon, in a task of its own: never inside the observer's callback, which runs at the
   * end of the page's own task (so that task would grow by ours) and before the page's pending
   * microtasks (a custom element attaching its root in one would be missed).
   */
  private schedule(): void {
    if (this.stopped || this.timer !== undefined) return;
    const wait = Math.max(0, this.lastRun + MIN_INTERVAL_MS - performance.now());
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  /** The next re-read of the bounded series after a change (see RESCAN_GAPS_MS). */
  private armRescan(): void {
    if (this.rescanTimer !== undefined) clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    const gap = RESCAN_GAPS_MS[this.rescanStep];
    if (this.stopped || gap === undefined) return;
    this.rescanTimer = this.ctx.setTimeout(() => {
      this.rescanTimer = undefined;
      this.rescanStep++;
      // Only a shadow root not seen before can change the reading: nothing else changed, or the
      // observer would have said so. Otherwise the census is all this step costs.
      this.census(this.generation, (found) => {
        if (found) this.run();
        else this.armRescan();
      });
    }, gap);
  }

  /**
   * Looks at every element of the document and of the roots the last reading went through for
   * an open shadow root no census has seen, in slices of SLICE_BUDGET_MS; `done(found)` unless a
   * run (a change of the page) came first.
   */
  private census(generation: number, done: (found: boolean) => void): void {
    // One static list per root, walked where it is: copying tens of thousands of elements into
    // one array (a spread call's arguments, at that) would be an unsliced pass of its own.
    const lists = [document, ...this.roots].map((root) => root.querySelectorAll('*'));
    let found = false;
    const slice = (list: number, from: number) => {
      if (this.stopped || generation !== this.generation || this.ctx.isInvalid) return;
      const deadline = performance.now() + SLICE_BUDGET_MS;
      let seen = 0;
      for (let l = list, i = from; l < lists.length; l++, i = 0) {
        const elements = lists[l] as NodeListOf<Element>;
        for (; i < elements.length; i++) {
          if (++seen % 512 === 0 && performance.now() > deadline) {
            const nextList = l;
            const next = i;
            nextTask(() => slice(nextList, next));
            return;
          }
          const el = elements[i] as Element;
          const shadow = el.shadowRoot;
          if (!shadow || this.censusRoots.has(shadow)) continue;
          this.censusRoots.add(shadow);
          if (ownKind(el) === null) found = true;
        }
      }
      done(found);
    };
    slice(0, 0);
  }

  private run(): void {
    if (this.stopped) return;
    const started = performance.now();
    this.lastRun = started;
    const layout = readLayout(document);
    this.roots = layout.shadowRoots;
    for (const root of this.roots) this.observer.observe(root, OBSERVE);
    if (layout.recognized) this.mount(layout.candidates, started);
    else {
      this.generation++; // a run still writing stops
      this.rows = 0;
      this.sweep(new Set());
    }
    this.armRescan();
    this.options.onReading(layout);
  }

  /** Removes every row badge on the page that is not in `keep`: ours no longer wanted, and copies. */
  private sweep(keep: ReadonlySet<HTMLElement>): void {
    for (const root of [document, ...this.roots]) {
      for (const el of root.querySelectorAll<HTMLElement>(PAGE_BADGES)) {
        if (keep.has(el)) continue;
        el.remove();
        this.hosts.delete(el);
      }
    }
    this.observer.takeRecords();
  }

  /**
   * Reads and badges the rows in slices: the first until FIRST_TASK_BUDGET_MS after the run
   * started, the next ones of about SLICE_BUDGET_MS each, so a big page never blocks the main
   * thread for long, however slow the machine. Reading a row's text forces no layout, so reading
   * and writing row by row does not thrash. A newer run cancels the slices of an older one; the
   * page's own changes meanwhile start one.
   */
  private mount(candidates: RowCandidate[], started: number): void {
    const { locale, advice } = this.options;
    const generation = ++this.generation;
    const customer = this.customer;
    // A section's rows share one facts object: their facts with the customer's, merged once.
    const merged = new Map<PageFacts, FactsInput>();
    const factsOf = (row: { facts: PageFacts }): FactsInput => {
      let facts = merged.get(row.facts);
      if (!facts) {
        facts = { ...row.facts, ...customer };
        merged.set(row.facts, facts);
      }
      return facts;
    };
    const views = new Map<FactsInput, AdviceView | undefined>();
    const viewOf = (facts: FactsInput) => {
      if (!views.has(facts)) views.set(facts, advice.get(facts));
      return views.get(facts);
    };
    const keep = new Set<HTMLElement>();
    let rows = 0;
    // Drops what this run did not keep (ours no longer wanted, and copies): a pass over every
    // badge, so it goes in a task of its own when the last slice has spent its time.
    const finish = () => {
      if (this.stopped || generation !== this.generation || this.ctx.isInvalid) return;
      this.write(generation, () => {
        for (const host of this.hosts) {
          if (keep.has(host)) continue;
          host.remove();
          this.hosts.delete(host);
        }
        this.sweep(keep);
      });
    };
    const writeSlice = (from: number) => {
      if (this.stopped || generation !== this.generation || this.ctx.isInvalid) return;
      let to = from;
      let deadline = 0;
      const wrote = this.write(generation, () => {
        const now = performance.now();
        deadline =
          from === 0
            ? Math.max(started + FIRST_TASK_BUDGET_MS, now + SLICE_BUDGET_MS)
            : now + SLICE_BUDGET_MS;
        for (let i = from; i < candidates.length; i++) {
          if ((i - from) % CLOCK_EVERY === CLOCK_EVERY - 1 && performance.now() > deadline) break;
          to = i + 1;
          const row = readRow(candidates[i] as RowCandidate);
          if (!row) continue;
          rows++;
          const view = viewOf(factsOf(row));
          const present = badgesIn(row.nameCell);
          if (!view) {
            // Not prefetched (should not happen): fetch, then read the page again.
            advice.load(factsOf(row)).then(() => this.schedule());
            continue;
          }
          // The same decision (not only the same status: its assumptions may differ) for the same
          // row, on a badge of ours; any other badge in the cell (a page copy, a second one) goes.
          const existing = present.find(
            (el) =>
              badgeView(el) === view &&
              !keep.has(el) &&
              el.getAttribute('data-multichannel-subscription') === row.name,
          );
          for (const el of present) if (el !== existing) el.remove();
          if (existing) {
            keep.add(existing);
            this.hosts.add(existing, row.name);
            continue;
          }
          // The row's badge from before the page re-rendered it, if it still fits; else a new one.
          const host =
            this.hosts.detached(row.name, view) ??
            createBadge({ view, subscription: row.name, locale, source: 'page' });
          row.nameCell.append(host);
          this.hosts.add(host, row.name);
          keep.add(host);
        }
      });
      if (!wrote) return; // the page's changes since the last delivery started a new run
      if (to < candidates.length) {
        nextTask(() => writeSlice(to));
        return;
      }
      this.rows = rows;
      if (performance.now() > deadline) nextTask(finish);
      else finish();
    };
    writeSlice(0);
  }
}
