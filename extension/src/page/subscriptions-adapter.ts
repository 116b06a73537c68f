// The page adapter for a customer's Subscriptions page: finds the License-based and Usage-based
// sections and reads their rows, from <table> markup or ARIA grids, in the light DOM or in open
// shadow roots (nested). It only reads; it never changes the page.
import * as z from 'zod/mini';
import { BillingType, type ColumnKey, columnOf, LABELS, normalizeLabel, sectionOf } from './labels.ts';
import type { UnrecognizedReason } from './reasons.ts';

const NAME_MAX = 500;

/** Facts read from one row; validated because the page is outside our control. */
export const RowFacts = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX)),
  billing: BillingType,
  // A row on the partner's own list is sold by the partner itself.
  channel: z.literal('this-partner'),
});
export type RowFacts = z.infer<typeof RowFacts>;

export interface SubscriptionRow {
  facts: RowFacts;
  row: Element;
  /** Where the badge goes. */
  nameCell: Element;
  /** The row's texts per known column; read on first use (badges need only the name). */
  readonly cells: Partial<Record<ColumnKey, string>>;
}

export type PageReading =
  | {
      recognized: true;
      rows: SubscriptionRow[];
      sections: { billing: BillingType; rows: number }[];
      shadowRoots: ShadowRoot[];
    }
  | { recognized: false; reason: UnrecognizedReason; shadowRoots: ShadowRoot[] };

/** Elements this extension adds; never read as page content. */
export const OWN_TAG_PREFIX = 'MULTICHANNEL-';

const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend,caption,summary';
const isGrid = (el: Element) =>
  el.tagName === 'TABLE' || el.getAttribute('role') === 'grid' || el.getAttribute('role') === 'treegrid';
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Children in the composed tree: an open shadow root's content first, then light children. */
function* composedChildren(el: Element | ShadowRoot | Document): Generator<Element> {
  if (el instanceof Element && el.shadowRoot) yield* Array.from(el.shadowRoot.children);
  yield* Array.from(el.children);
}

interface Scan {
  order: Array<{ section: BillingType | null } | { grid: Element }>;
  shadowRoots: ShadowRoot[];
}

function looksLikeSectionHeading(el: Element): BillingType | undefined {
  // Leaves and heading elements only: comparing every container's text would be slow and wrong.
  if (el.childElementCount > 0 && !el.matches(HEADING_SELECTOR)) return undefined;
  const text = el.textContent ?? '';
  if (text.length > LABELS.longestSection * 3) return undefined;
  return sectionOf(text);
}

function scan(root: Document | ShadowRoot): Scan {
  const result: Scan = { order: [], shadowRoots: [] };
  const visit = (el: Element) => {
    if (el.tagName.startsWith(OWN_TAG_PREFIX)) return;
    if (el.shadowRoot) result.shadowRoots.push(el.shadowRoot);
    if (isGrid(el)) {
      result.order.push({ grid: el });
      return; // a grid's own cells are not section headings
    }
    const section = looksLikeSectionHeading(el);
    if (section) {
      result.order.push({ section });
      return;
    }
    // Any other heading ends the current section: a grid under it is not ours to guess about.
    if (el.matches(HEADING_SELECTOR) && el.tagName !== 'CAPTION') {
      result.order.push({ section: null });
      return;
    }
    for (const child of composedChildren(el)) visit(child);
  };
  for (const child of composedChildren(root)) visit(child);
  return result;
}

/** Composed descendants of `el` matching `test`, without entering nested grids. */
function descendants(el: Element, test: (e: Element) => boolean, stopAt: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    for (const child of composedChildren(node)) {
      if (child.tagName.startsWith(OWN_TAG_PREFIX)) continue;
      if (test(child)) found.push(child);
      else if (!stopAt(child)) visit(child);
    }
  };
  visit(el);
  return found;
}

interface GridShape {
  headers: (ColumnKey | undefined)[];
  rows: { row: Element; cells: Element[] }[];
}

// Plain selectors rather than table.rows/cells: they behave the same in every DOM implementation.
const ownRows = (table: Element) =>
  Array.from(
    table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr, :scope > tfoot > tr'),
  );
// A row's cells are its TD/TH children; walking children is much cheaper than a selector per row.
const ownCells = (row: Element) => {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
  return cells;
};

function readTable(table: Element): GridShape {
  const all = ownRows(table);
  const headerRow =
    table.querySelector(':scope > thead > tr') ??
    all.find((r) => {
      const cells = ownCells(r);
      return cells.length > 0 && cells.every((c) => c.tagName === 'TH');
    });
  const headers = headerRow ? ownCells(headerRow).map((c) => columnOf(textOf(c))) : [];
  const rows = all
    .filter((r) => r !== headerRow && r.parentElement?.tagName !== 'THEAD')
    .map((row) => ({ row, cells: ownCells(row) }));
  return { headers, rows };
}

const roleIs =
  (...roles: string[]) =>
  (e: Element) =>
    roles.includes(e.getAttribute('role') ?? '');

function readAriaGrid(grid: Element): GridShape {
  const headers = descendants(grid, roleIs('columnheader'), isGrid).map((h) => columnOf(textOf(h)));
  const rows = descendants(grid, roleIs('row'), isGrid)
    .map((row) => ({
      row,
      cells: descendants(row, roleIs('gridcell', 'rowheader'), (e) => isGrid(e) || roleIs('row')(e)),
    }))
    .filter((r) => r.cells.length > 0);
  return { headers, rows };
}

function isSkeleton(row: Element, name: string): boolean {
  return name === '' || row.getAttribute('aria-busy') === 'true';
}

/** Reads the Subscriptions page under `root`. Reports why when the layout is not the expected one. */
export function readSubscriptionsPage(root: Document | ShadowRoot): PageReading {
  const { order, shadowRoots } = scan(root);
  let section: BillingType | undefined;
  const gridsBySection = new Map<BillingType, Element[]>();
  for (const item of order) {
    if ('section' in item) {
      section = item.section ?? undefined;
      if (section && !gridsBySection.has(section)) gridsBySection.set(section, []);
    } else if (section) {
      gridsBySection.get(section)?.push(item.grid);
    }
  }
  if (gridsBySection.size === 0) return { recognized: false, reason: 'no-sections', shadowRoots };

  const rows: SubscriptionRow[] = [];
  const sections: { billing: BillingType; rows: number }[] = [];
  for (const [billing, grids] of gridsBySection) {
    if (grids.length === 0) return { recognized: false, reason: 'no-grid', shadowRoots };
    let count = 0;
    for (const grid of grids) {
      const shape = grid.tagName === 'TABLE' ? readTable(grid) : readAriaGrid(grid);
      const nameIndex = shape.headers.indexOf('name');
      // The first grid of a section must be the subscriptions list; later ones (e.g. an expanded
      // Azure plan's own subscriptions) are skipped when they do not have our columns.
      if (nameIndex < 0) {
        if (grid === grids[0]) return { recognized: false, reason: 'no-name-column', shadowRoots };
        continue;
      }
      for (const { row, cells } of shape.rows) {
        const nameCell = cells[nameIndex];
        if (!nameCell) continue;
        const name = textOf(nameCell);
        if (isSkeleton(row, name)) continue;
        // What RowFacts checks, by hand: of these facts only the name comes from the page (the
        // billing type is one of our own labels' sections), and a schema parse per row was a
        // measurable part of reading a big page.
        if (name.length > NAME_MAX) continue;
        const facts: RowFacts = { name, billing, channel: 'this-partner' };
        const headers = shape.headers;
        let values: Partial<Record<ColumnKey, string>> | undefined;
        rows.push({
          facts,
          row,
          nameCell,
          get cells() {
            if (!values) {
              const read: Partial<Record<ColumnKey, string>> = {};
              headers.forEach((key, i) => {
                const cell = cells[i];
                if (key && cell) read[key] = textOf(cell);
              });
              values = read;
            }
            return values;
          },
        });
        count++;
      }
    }
    sections.push({ billing, rows: count });
  }
  return { recognized: true, rows, sections, shadowRoots };
}

export { normalizeLabel };
