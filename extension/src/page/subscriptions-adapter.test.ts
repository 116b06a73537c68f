import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OWN_ATTRIBUTE, RowName, readSubscriptionsPage } from './subscriptions-adapter.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/partner-center');

/** Loads a fixture; happy-dom does not parse declarative shadow DOM, so attach those roots here. */
function load(name: string): void {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  document.documentElement.innerHTML = html
    .replace(/^<!doctype html>/i, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '');
  for (;;) {
    const template = findTemplate(document);
    if (!template) break;
    const root = (template.parentElement as HTMLElement).attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
}

function findTemplate(root: Document | ShadowRoot): HTMLTemplateElement | null {
  const direct = root.querySelector<HTMLTemplateElement>('template[shadowrootmode]');
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = findTemplate(el.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}

const facts = (name: string) => {
  const reading = readSubscriptionsPage(document);
  if (!reading.recognized) throw new Error(`${name}: not recognized (${reading.reason})`);
  // The facts come from the label file's rowFacts and sectionFacts.
  return reading.rows.map((r) => [r.name, r.facts.billing, r.facts.channel]);
};

beforeEach(() => {
  document.documentElement.innerHTML = '';
});

describe('subscriptions page adapter', () => {
  it('reads English <table> markup', () => {
    load('subscriptions-table.en.html');
    expect(facts('en')).toEqual([
      ['Microsoft 365 Business Standard', 'license', 'this-partner'],
      ['Exchange Online (Plan 1)', 'license', 'this-partner'],
      ['Microsoft Teams Essentials', 'license', 'this-partner'],
      ['Azure plan', 'usage', 'this-partner'],
    ]);
    const reading = readSubscriptionsPage(document);
    expect(reading.recognized && reading.rows[0]?.cells).toEqual({
      name: 'Microsoft 365 Business Standard',
      quantity: '25 Licenses',
      status: 'Auto renews on 9/10/2026',
    });
  });

  it('reads Hungarian labels regardless of case and spacing', () => {
    load('subscriptions-table.hu.html');
    expect(facts('hu')).toEqual([
      ['Microsoft 365 E3', 'license', 'this-partner'],
      ['Visio 2. csomag', 'license', 'this-partner'],
      ['Azure-csomag', 'usage', 'this-partner'],
    ]);
  });

  it('reads ARIA grids in nested shadow roots, skipping skeleton rows', () => {
    load('subscriptions-grid-shadow.html');
    expect(facts('skeleton')).toEqual([]);
    // What the page's script does a moment later: data rows, each with its own shadow root.
    const page = document.getElementById('page')?.shadowRoot as ShadowRoot;
    for (const section of page.querySelectorAll('he-section')) {
      const grid = section.shadowRoot?.querySelector('he-data-grid') as HTMLElement;
      const body = grid.shadowRoot?.querySelector('.body') as HTMLElement;
      const row = document.createElement('he-grid-row');
      row.setAttribute('role', 'row');
      const shadow = row.attachShadow({ mode: 'open' });
      for (const value of [`${grid.dataset.section} product`, 'x', 'y']) {
        const cell = document.createElement('span');
        cell.setAttribute('role', 'gridcell');
        cell.textContent = value;
        shadow.append(cell);
      }
      body.replaceChildren(row);
    }
    expect(facts('loaded')).toEqual([
      ['license product', 'license', 'this-partner'],
      ['usage product', 'usage', 'this-partner'],
    ]);
  });

  it('recognizes a customer with no subscriptions', () => {
    load('subscriptions-empty.html');
    expect(readSubscriptionsPage(document)).toMatchObject({
      recognized: true,
      rows: [],
      sections: [
        { section: 'license', rows: 0 },
        { section: 'usage', rows: 0 },
      ],
    });
  });

  it('says why a layout is not recognized, and never guesses', () => {
    load('subscriptions-unrecognized.html');
    expect(readSubscriptionsPage(document)).toMatchObject({ recognized: false, reason: 'no-sections' });
    document.body.innerHTML = '<h2>License-based</h2><p>nothing here</p>';
    expect(readSubscriptionsPage(document)).toMatchObject({ recognized: false, reason: 'no-grid' });
    document.body.innerHTML =
      '<h2>License-based</h2><table><tr><th>Product</th></tr><tr><td>A</td></tr></table>';
    expect(readSubscriptionsPage(document)).toMatchObject({ recognized: false, reason: 'no-name-column' });
  });

  it('ignores its own badges when reading names', () => {
    load('subscriptions-table.en.html');
    const cell = document.querySelector('tbody td') as HTMLElement;
    const badge = document.createElement('span');
    badge.setAttribute(OWN_ATTRIBUTE, 'badge');
    badge.attachShadow({ mode: 'open' }).textContent = 'Already yours';
    cell.append(badge);
    expect(facts('with badge')[0]?.[0]).toBe('Microsoft 365 Business Standard');
  });

  it('cuts a name too long for RowName instead of dropping its row, and gives names RowName accepts', () => {
    load('subscriptions-table.en.html');
    const cells = document.querySelectorAll('tbody td:first-child');
    (cells[0] as HTMLElement).textContent = 'x'.repeat(10_000);
    (cells[1] as HTMLElement).textContent = 'y'.repeat(500);
    const reading = readSubscriptionsPage(document);
    if (!reading.recognized) throw new Error('not recognized');
    const names = reading.rows.map((r) => r.name);
    expect(names).toHaveLength(4);
    expect(names[0]).toBe(`${'x'.repeat(499)}…`);
    expect(names[1]).toBe('y'.repeat(500));
    for (const row of reading.rows) expect(RowName.safeParse(row.name).success).toBe(true);
  });

  it('reads headings with zero-width and direction characters in them', () => {
    document.body.innerHTML =
      '<h2>\u00a0License\u200b-based\u2060</h2><table><tr><th>\u200fName\u200d</th></tr><tr><td>A</td></tr></table>';
    expect(facts('format characters')).toEqual([['A', 'license', 'this-partner']]);
  });
});

describe('partial recognition', () => {
  const usage = '<h2>Usage-based</h2><table><tr><th>Name</th></tr><tr><td>Azure plan</td></tr></table>';

  it('reads the other sections when one has no table, and reports that one', () => {
    document.body.innerHTML = `<h2>License-based</h2><p>No subscriptions</p>${usage}`;
    expect(readSubscriptionsPage(document)).toMatchObject({
      recognized: true,
      rows: [{ name: 'Azure plan', facts: { billing: 'usage' } }],
      sections: [{ section: 'usage', rows: 1 }],
      unread: [{ section: 'license', reason: 'no-grid' }],
    });
  });

  it('reads the other sections when one grid has no Name header, and reports that one', () => {
    document.body.innerHTML = `<h2>License-based</h2><table><tr><th>Product</th></tr><tr><td>A</td></tr></table>${usage}`;
    expect(readSubscriptionsPage(document)).toMatchObject({
      recognized: true,
      rows: [{ name: 'Azure plan', facts: { billing: 'usage' } }],
      unread: [{ section: 'license', reason: 'no-name-column' }],
    });
  });

  it('reports nothing unread when every section was read', () => {
    load('subscriptions-table.en.html');
    expect(readSubscriptionsPage(document)).toMatchObject({ recognized: true, unread: [] });
  });
});

describe('section boundaries', () => {
  it('does not give a grid under an unknown heading to the section before it', () => {
    document.body.innerHTML =
      '<h2>License-based</h2><table><tr><th>Name</th></tr><tr><td>A</td></tr></table>' +
      '<h2>Reserved instances</h2><table><tr><th>Name</th></tr><tr><td>B</td></tr></table>';
    expect(facts('boundary')).toEqual([['A', 'license', 'this-partner']]);
  });
});
