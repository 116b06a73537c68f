// Judges one hostile case in any browser: what the page shows once the extension settles, what
// it left behind after leaving, long tasks of ours, and the reliability record of a suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PC } from './harness.ts';
import { DEFAULT_PATH, type HostileCase } from './hostile-pages.ts';

/** What a test needs of a page, in Playwright and in Puppeteer alike. */
export interface Driver {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  wait(ms: number): Promise<void>;
  /** Clicks the `index`-th row badge's button; resolves whether its panel opened. */
  clickBadge?(index: number): Promise<boolean>;
  /** Page errors and console errors seen so far on this page. */
  errors: string[];
  /**
   * The extension's tasks over 50 ms (in ms) so far, where the browser can tell (Chromium: from
   * a trace, by thread time); null where it cannot (Firefox has no such timing for us).
   */
  longTasksOfOurs(): Promise<number[] | null>;
}

export interface Snapshot {
  expected: number;
  perCell: number[];
  total: number;
  notices: number;
  panels: number;
  pwned: boolean;
}

/**
 * Runs in the page (main world). Walks the composed tree through open shadow roots: counts our
 * row badges per `data-expect` cell and in all, our notices and panels. Plain loops only: hostile
 * pages override built-ins such as Array.prototype.map.
 */
export function snapshot(): Snapshot {
  const result = { expected: 0, perCell: [] as number[], total: 0, notices: 0, panels: 0, pwned: false };
  const visit = (node: Element | ShadowRoot | Document) => {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const el = children[i] as Element;
      if (el.getAttribute('data-multichannel-source') === 'page') {
        result.total++;
        continue;
      }
      if (el.hasAttribute('data-multichannel-notice')) result.notices++;
      if (el.hasAttribute('data-multichannel-customer')) result.panels++;
      if (el.hasAttribute('data-expect')) {
        result.expected++;
        let badges = 0;
        const cellChildren = el.children;
        for (let j = 0; j < cellChildren.length; j++)
          if (cellChildren[j]?.getAttribute('data-multichannel-source') === 'page') badges++;
        result.perCell.push(badges);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  visit(document);
  result.pwned = (window as unknown as { __pwned?: unknown }).__pwned !== undefined;
  return result;
}

const settled = (s: Snapshot, c: HostileCase) =>
  c.notice
    ? s.notices === 1 && s.total === 0
    : s.expected > 0 && s.total === s.expected && s.perCell.every((n) => n === 1);

/** Polls the page until the case's expectation holds (or time runs out); returns the last look. */
async function waitUntil(
  driver: Driver,
  test: (s: Snapshot) => boolean,
  timeoutMs: number,
): Promise<Snapshot> {
  const started = Date.now();
  for (;;) {
    const look = await driver.evaluate(snapshot, undefined);
    if (test(look) || Date.now() - started > timeoutMs) return look;
    await driver.wait(100);
  }
}

/** The failures of a case, as sentences; empty when it held. */
export async function judge(driver: Driver, c: HostileCase): Promise<string[]> {
  const problems: string[] = [];
  // The notice appears only after its delay (2.5 s); badges within a few seconds.
  const timeout = Math.max(c.settleMs ?? 0, c.notice ? 6000 : 4000);
  if (c.busy) {
    // The page says when it has stopped (a loaded machine runs its timers late).
    const started = Date.now();
    while (!(await driver.evaluate(() => document.body.dataset.done === 'true', undefined))) {
      if (Date.now() - started > 90_000) break;
      await driver.wait(250);
    }
  }
  let look = await waitUntil(driver, (s) => settled(s, c), timeout);
  if (c.afterBadged && settled(look, c)) {
    await driver.evaluate((code: string) => new Function(code)(), c.afterBadged);
    await driver.wait(150);
    look = await waitUntil(driver, (s) => settled(s, c), 3000);
  }
  // Still so a moment later (nothing keeps changing).
  await driver.wait(300);
  look = await driver.evaluate(snapshot, undefined);
  if (c.notice) {
    if (look.notices !== 1) problems.push(`expected one notice, found ${look.notices}`);
    if (look.total !== 0) problems.push(`expected no badge, found ${look.total}`);
  } else {
    if (look.expected === 0) problems.push('the page has no row to badge (a broken case)');
    const wrong = look.perCell.filter((n) => n !== 1).length;
    if (wrong > 0) problems.push(`${wrong} of ${look.expected} rows do not have exactly one badge`);
    if (look.total !== look.expected) problems.push(`${look.total} badges for ${look.expected} rows`);
    if (look.notices !== 0) problems.push('the notice is shown on a recognized page');
  }
  if (c.clickAll && driver.clickBadge) {
    for (let i = 0; i < look.total; i++) {
      if (!(await driver.clickBadge(i))) problems.push(`badge ${i + 1} did not open its panel`);
    }
  }
  if (look.pwned) problems.push('a payload from the page text was executed');
  // Leaving the page by in-app navigation: nothing of ours may stay.
  await driver.evaluate(() => history.pushState({}, '', '/en-us/dashboard/home'), undefined);
  const left = await waitUntil(driver, (s) => s.total === 0 && s.notices === 0 && s.panels === 0, 4000);
  if (left.total + left.notices + left.panels > 0)
    problems.push(`after leaving: ${left.total} badges, ${left.notices} notices, ${left.panels} panels`);
  if (driver.errors.length > 0) problems.push(`page errors: ${driver.errors.join(' | ')}`);
  const long = await driver.longTasksOfOurs();
  if (long && long.length > 0) problems.push(`long tasks of ours: ${long.join(', ')} ms`);
  return problems;
}

export interface CaseOutcome {
  id: string;
  group: string;
  problems: string[];
}

/** A fresh page for one case, in whichever browser. */
export interface CasePage {
  driver: Driver;
  goto(url: string): Promise<unknown>;
  /** Closes the page (and stops whatever watched it). */
  close(): Promise<void>;
}

/**
 * Runs one case on the page `open` gives for its path: loads it, judges it, and records its
 * outcome in `outcomes` (a retried case once, with its last try); answers the problems found.
 */
export async function runCase(
  c: HostileCase,
  outcomes: CaseOutcome[],
  open: (path: string) => Promise<CasePage>,
): Promise<string[]> {
  const path = c.path ?? DEFAULT_PATH;
  const page = await open(path);
  let problems: string[];
  try {
    await page.goto(`${PC}${path}`);
    problems = await judge(page.driver, c);
  } catch (error) {
    problems = [`the case did not run: ${(error as Error).message}`];
  } finally {
    await page.close();
  }
  const earlier = outcomes.findIndex((o) => o.id === c.id);
  if (earlier >= 0) outcomes.splice(earlier, 1);
  outcomes.push({ id: c.id, group: c.group, problems });
  return problems;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes `.tmp/reliability/<suite>.json` (see docs/reliability.md) from the real outcomes. */
export function writeReliability(suite: string, title: string, how: string, outcomes: CaseOutcome[]): void {
  const groups = new Map<string, { tried: number; failed: number }>();
  for (const o of outcomes) {
    const g = groups.get(o.group) ?? { tried: 0, failed: 0 };
    g.tried++;
    if (o.problems.length > 0) g.failed++;
    groups.set(o.group, g);
  }
  const details = [...groups].map(([group, g]) => `${group}: ${g.tried} cases, ${g.failed} failed`);
  const dir = join(ROOT, '.tmp', 'reliability');
  mkdirSync(dir, { recursive: true });
  const record = {
    suite,
    title,
    how,
    cases: outcomes.length,
    failures: outcomes.filter((o) => o.problems.length > 0).length,
    details,
  };
  writeFileSync(join(dir, `${suite}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
