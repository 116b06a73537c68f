// The page adapter for a customer's Subscriptions page: finds the License-based and Usage-based
// sections and reads their rows, from <table> markup or ARIA grids, in the light DOM or in open
// shadow roots (nested). It only reads; it never changes the page.
import * as z from 'zod/mini';
import {
  type ColumnKey,
  columnOf,
  LABELS,
  normalizeLabel,
  type PageFacts,
  SECTION_FACTS,
  type SectionKey,
  sectionOf,
} from './labels.ts';
import type { UnrecognizedReason } from './reasons.ts';

const NAME_MAX = 500;

/** A row's name as read from the page, which is outside our control. */
export const RowName = z.string().check(z.minLength(1), z.maxLength(NAME_MAX));

export interface SubscriptionRow {
  /** The subscription's name (cut to a bounded length). */
  name: string;
  section: SectionKey;
  /** The facts the row's section stands for (see the label file); the same object for a section. */
  facts: PageFacts;
  row: Element;
  /** Where the badge goes. */
  nameCell: Element;
  /** The row's texts per known column; read on first use (badges need only the name). */
  readonly cells: Partial<Record<ColumnKey, string>>;
}

/** A section found on the page whose rows could not be read, and why. */
export interface UnreadSection {
  section: SectionKey;
  reason: UnrecognizedReason;
}

/**
 * Recognized when at least one section was read: its rows are annotated, and the sections that
 * could not be read are reported in `unread` (one bad section never hides a good one's rows).
 */
export type PageReading =
  | {
      recognized: true;
      rows: SubscriptionRow[];
      sections: { section: SectionKey; rows: number }[];
      unread: UnreadSection[];
      shadowRoots: ShadowRoot[];
    }
  | { recognized: false; reason: UnrecognizedReason; shadowRoots: ShadowRoot[] };

/**
 * The attribute on every element this extension adds (its value says which); never read as page
 * content. An attribute on standard elements, not a custom element name: a page can define any
 * custom element name, but it cannot take `span` or `div` from us.
 */
export const OWN_ATTRIBUTE = 'data-multichannel';
const isOwnElement = (el: Element) => el.hasAttribute(OWN_ATTRIBUTE);

const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend,caption,summary';
const isGrid = (el: Element) =>
  el.tagName === 'TABLE' || el.getAttribute('role') === 'grid' || el.getAttribute('role') === 'treegrid';
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
// Longer names (a page may hold anything) are cut, so badges and panels stay bounded.
const boundedName = (name: string) => (name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name);

/** Children in the composed tree: an open shadow root's content first, then light children. */
function* composedChildren(el: Element | ShadowRoot | Document): Generator<Element> {
  if (el instanceof Element && el.shadowRoot) yield* Array.from(el.shadowRoot.children);
  yield* Array.from(el.children);
}

interface Scan {
  order: Array<{ section: SectionKey | null } | { grid: Element }>;
  shadowRoots: ShadowRoot[];
}

function looksLikeSectionHeading(el: Element): SectionKey | undefined {
  // Leaves and heading elements only: comparing every container's text would be slow and wrong.
  if (el.childElementCount > 0 && !el.matches(HEADING_SELECTOR)) return undefined;
  const text = el.textContent ?? '';
  if (text.length > LABELS.longestSection * 3) return undefined;
  return sectionOf(text);
}

function scan(root: Document | ShadowRoot): Scan {
  const result: Scan = { order: [], shadowRoots: [] };
  const visit = (el: Element) => {
    if (isOwnElement(el)) return;
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

/**
 * Composed descendants of `el` matching `test`, without entering nested grids; the open shadow
 * roots it passes through go to `roots` (rows and cells as web components are watched too).
 */
function descendants(
  el: Element,
  test: (e: Element) => boolean,
  stopAt: (e: Element) => boolean,
  roots: ShadowRoot[],
): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) roots.push(node.shadowRoot);
    for (const child of composedChildren(node)) {
      if (isOwnElement(child)) continue;
      if (test(child)) found.push(child);
      else if (!stopAt(child)) visit(child);
    }
  };
  visit(el);
  return found;
}

interface GridShape {
  headers: (ColumnKey | undefined)[];
  /** `cells` null: a <table> row, whose cells are found when it is read. */
  rows: { row: Element; cells: Element[] | null }[];
}

// The table's own rows (in THEAD, TBODY, TFOOT or directly in it), by walking children rather
// than table.rows (the same in every DOM implementation) or a :scope selector (slow on big tables).
const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);
const ownRows = (table: Element) => {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TR') rows.push(child);
    else if (ROW_GROUPS.has(child.tagName))
      for (let row = child.firstElementChild; row; row = row.nextElementSibling)
        if (row.tagName === 'TR') rows.push(row);
  }
  return rows;
};
// A row's cells are its TD/TH children; walking children is much cheaper than a selector per row.
const ownCells = (row: Element) => {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
  return cells;
};
// The row's `index`-th cell, without collecting the others (a row is read for its name only).
const nthCell = (row: Element, index: number) => {
  let seen = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if ((c.tagName === 'TD' || c.tagName === 'TH') && seen++ === index) return c;
  return undefined;
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
    .map((row) => ({ row, cells: null }));
  return { headers, rows };
}

const roleIs =
  (...roles: string[]) =>
  (e: Element) =>
    roles.includes(e.getAttribute('role') ?? '');

function readAriaGrid(grid: Element, roots: ShadowRoot[]): GridShape {
  const headers = descendants(grid, roleIs('columnheader'), isGrid, []).map((h) => columnOf(textOf(h)));
  const rows = descendants(grid, roleIs('row'), isGrid, roots)
    .map((row) => ({
      row,
      cells: descendants(row, roleIs('gridcell', 'rowheader'), (e) => isGrid(e) || roleIs('row')(e), roots),
    }))
    .filter((r) => r.cells.length > 0);
  return { headers, rows };
}

function isSkeleton(row: Element, name: string): boolean {
  return name === '' || row.getAttribute('aria-busy') === 'true';
}

/** A row of a recognized section, not yet read: `readRow` reads it (cheap per row, so in slices). */
export interface RowCandidate {
  section: SectionKey;
  row: Element;
  /** The row's cells; null for a <table> row (its TD/TH children, found when read). */
  cells: Element[] | null;
  headers: (ColumnKey | undefined)[];
  nameIndex: number;
}

/**
 * The page's structure: which sections were found, the rows of those that can be read, and why
 * the others cannot. Reading the rows themselves is left to `readRow`, so a big page can be read
 * a slice at a time.
 */
export type PageLayout =
  | {
      recognized: true;
      candidates: RowCandidate[];
      sections: SectionKey[];
      unread: UnreadSection[];
      shadowRoots: ShadowRoot[];
    }
  | { recognized: false; reason: UnrecognizedReason; shadowRoots: ShadowRoot[] };

/** Finds the sections and their grids under `root`; says why when the layout is not the expected one. */
export function readLayout(root: Document | ShadowRoot): PageLayout {
  const { order, shadowRoots } = scan(root);
  let section: SectionKey | undefined;
  const gridsBySection = new Map<SectionKey, Element[]>();
  for (const item of order) {
    if ('section' in item) {
      section = item.section ?? undefined;
      if (section && !gridsBySection.has(section)) gridsBySection.set(section, []);
    } else if (section) {
      gridsBySection.get(section)?.push(item.grid);
    }
  }
  if (gridsBySection.size === 0) return { recognized: false, reason: 'no-sections', shadowRoots };

  const candidates: RowCandidate[] = [];
  const sections: SectionKey[] = [];
  const unread: UnreadSection[] = [];
  sectionLoop: for (const [section, grids] of gridsBySection) {
    if (grids.length === 0) {
      unread.push({ section, reason: 'no-grid' });
      continue;
    }
    const first = candidates.length;
    for (const grid of grids) {
      // A <table>'s rows and cells cannot host shadow roots, and names are read as text content.
      const shape = grid.tagName === 'TABLE' ? readTable(grid) : readAriaGrid(grid, shadowRoots);
      const nameIndex = shape.headers.indexOf('name');
      // The first grid of a section must be the subscriptions list; later ones (e.g. an expanded
      // Azure plan's own subscriptions) are skipped when they do not have our columns.
      if (nameIndex < 0) {
        if (grid === grids[0]) {
          candidates.length = first;
          unread.push({ section, reason: 'no-name-column' });
          continue sectionLoop;
        }
        continue;
      }
      for (const { row, cells } of shape.rows) {
        candidates.push({ section, row, cells, headers: shape.headers, nameIndex });
      }
    }
    sections.push(section);
  }
  if (sections.length === 0) {
    return { recognized: false, reason: unread[0]?.reason ?? 'no-sections', shadowRoots };
  }
  return { recognized: true, candidates, sections, unread, shadowRoots };
}

/** Reads one row: null for a skeleton row or one without a name cell. */
export function readRow(candidate: RowCandidate): SubscriptionRow | null {
  const { section, row, headers, nameIndex } = candidate;
  const nameCell = candidate.cells ? candidate.cells[nameIndex] : nthCell(row, nameIndex);
  if (!nameCell) return null;
  const text = textOf(nameCell);
  if (isSkeleton(row, text)) return null;
  // What RowName checks, by hand (a schema parse per row was a measurable part of reading a big
  // page); the facts are our own label file's, for the section.
  let values: Partial<Record<ColumnKey, string>> | undefined;
  return {
    name: boundedName(text),
    section,
    facts: SECTION_FACTS.get(section) ?? {},
    row,
    nameCell,
    get cells() {
      if (!values) {
        const read: Partial<Record<ColumnKey, string>> = {};
        const cells = candidate.cells ?? ownCells(row);
        headers.forEach((key, i) => {
          const cell = cells[i];
          if (key && cell) read[key] = textOf(cell);
        });
        values = read;
      }
      return values;
    },
  };
}

/** Reads the Subscriptions page under `root` at once. Reports why when the layout is not the expected one. */
export function readSubscriptionsPage(root: Document | ShadowRoot): PageReading {
  const layout = readLayout(root);
  if (!layout.recognized) return layout;
  const rows: SubscriptionRow[] = [];
  const counts = new Map(layout.sections.map((section) => [section, 0]));
  for (const candidate of layout.candidates) {
    const row = readRow(candidate);
    if (!row) continue;
    rows.push(row);
    counts.set(row.section, (counts.get(row.section) ?? 0) + 1);
  }
  const sections = [...counts].map(([section, count]) => ({ section, rows: count }));
  return { recognized: true, rows, sections, unread: layout.unread, shadowRoots: layout.shadowRoots };
}

export { normalizeLabel };
