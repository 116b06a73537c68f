// Our work on the page as User Timing measures (named `multichannel-advisor:*`): the browser's
// performance tools, and the end-to-end tests, tell our tasks from the page's by them. Each one is
// cleared from the page's buffer as soon as it is made (observers still receive it), so a page
// open for hours keeps no growing list.
const PREFIX = 'multichannel-advisor:';

/** Records `name` as having run from `start` (a performance.now() time) until now. */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(PREFIX + name, { start, end: performance.now() });
    performance.clearMeasures(PREFIX + name);
  } catch {
    // A browser without User Timing level 3 options: nothing to record.
  }
}
