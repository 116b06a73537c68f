// The work an extension's scripts do in each task of a page, in Chromium, from a DevTools trace:
// per task, the thread (CPU) time of the extension's script calls (its content script's
// evaluation, its callbacks) and of the microtasks after them. Thread time is what the code
// costs; wall time on a shared machine also counts every other process.
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

export interface TaskTrace {
  /** Stops tracing: per task that ran the extension's code, that code's thread time (ms). */
  stop(): Promise<number[]>;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);
const MICROTASKS = 'RunMicrotasks';

export async function traceExtensionTasks(context: BrowserContext, page: Page): Promise<TaskTrace> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8'], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const within = (inner: TraceEvent, outer: TraceEvent) =>
        inner.pid === outer.pid &&
        inner.tid === outer.tid &&
        inner.ts >= outer.ts &&
        inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
      const ours = events.filter(
        (e) =>
          e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith('chrome-extension://'),
      );
      const microtasks = events.filter((e) => e.ph === 'X' && e.name === MICROTASKS);
      const tasks = events.filter((e) => e.ph === 'X' && e.name.endsWith('RunTask'));
      const result: number[] = [];
      for (const task of tasks) {
        // Outermost calls only: a call inside another of ours is already counted.
        const calls = ours.filter((e) => within(e, task));
        const outermost = calls.filter((e) => !calls.some((o) => o !== e && within(e, o)));
        if (outermost.length === 0) continue;
        const spans = [
          ...outermost,
          ...microtasks.filter((m) => within(m, task) && !outermost.some((o) => within(m, o))),
        ];
        const us = spans.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
        result.push(us / 1000);
      }
      return result;
    },
  };
}
