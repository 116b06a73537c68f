// The hostile pages the extension is tried on (test/extension/hostile*.e2e.ts): each case is a
// page served at a Partner Center URL, written to break something, and what must still hold.
// Name cells of rows the extension must badge carry `data-expect`; the checker counts badges
// per such cell and in the whole composed tree, so a duplicate or a dead copy is seen.
import { generatedRows } from './generated-page.ts';
import { STRICT_CSP, subscriptionsPath, TENANT_A } from './harness.ts';

export interface HostileCase {
  id: string;
  group: string;
  /** The path the page is served at (defaults to TENANT_A's Subscriptions page). */
  path?: string;
  html: string;
  csp?: string;
  /** Also run in Firefox (the shadow-root and URL cases). */
  firefox?: boolean;
  /** The "layout not recognized" notice is the right answer (no row is badged). */
  notice?: boolean;
  /** How long badges may take to appear (late shadow roots). */
  settleMs?: number;
  /** What the page does once badged (by a main-world script), then badges must be right again. */
  afterBadged?: string;
  /** Also open every badge's panel (the badges must be live buttons). */
  clickAll?: boolean;
  /** The page keeps re-rendering until it sets body[data-done]; the checker waits for that. */
  busy?: boolean;
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Billing = 'license' | 'usage';
const HEADERS: Record<Billing, string[]> = {
  license: ['Name', 'Quantity', 'Status'],
  usage: ['Name', 'Current estimated cost', '% of budget', 'Status', 'Reseller'],
};
const HEADINGS: Record<Billing, string> = { license: 'License-based', usage: 'Usage-based' };

/** A <table> with the given names; `expect` marks the name cells the extension must badge. */
function table(billing: Billing, names: string[], options: { headers?: string[]; expect?: boolean } = {}) {
  const headers = options.headers ?? HEADERS[billing];
  const nameAt = headers.indexOf('Name');
  const mark = options.expect === false ? '' : ' data-expect';
  const rows = names.map(
    (name) =>
      `<tr>${headers.map((_, i) => (i === nameAt ? `<td${mark}><a href="#">${esc(name)}</a></td>` : `<td>${i}</td>`)).join('')}</tr>`,
  );
  const head =
    options.headers?.length === 0
      ? ''
      : `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  return `<table>${head}<tbody>${rows.join('')}</tbody></table>`;
}

const section = (billing: Billing, body: string, heading = HEADINGS[billing]) =>
  `<section><h2>${esc(heading)}</h2>${body}</section>`;

/** A page of its own markup; `script` runs in the page (main world). */
function pageOf(body: string, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile | Subscriptions</title></head><body><h1>Hostile Kft. | Subscriptions</h1><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

const plain = (license: string[], usage: string[]) =>
  section('license', table('license', license)) + section('usage', table('usage', usage));
const PLAIN = plain(['Microsoft 365 E3', 'Exchange Online (Plan 2)'], ['Azure plan']);

// Markup as text: each executes `__pwned` if it is ever parsed as HTML or evaluated.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "<svg onload='window.__pwned=1'></svg>",
  '</td></tr></table><iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1//',
  "{{constructor.constructor('window.__pwned=1')()}}",
  // A template literal's placeholder, as text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the placeholder itself
  '${window.__pwned=1}',
];

// The same page's tables, rendered into a shadow root the page attaches itself (main world).
const SHADOW_TABLES = JSON.stringify(PLAIN);

// A closed root holding the License-based section; the Usage-based one is in the light DOM.
const CLOSED_LICENSE = `
var host = document.getElementById('closed');
host.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(section('license', table('license', ['Hidden one'], { expect: false })))};`;

// A page that overrides what an extension might lean on, in its own world.
const OVERRIDES = `
Element.prototype.attachShadow = function () { throw new Error('attachShadow is mine'); };
window.MutationObserver = function () { return { observe() {}, disconnect() {}, takeRecords() { return []; } }; };
JSON.parse = function () { throw new Error('JSON.parse is mine'); };
JSON.stringify = function () { return '{"hijacked":true}'; };
Object.defineProperty(Object.prototype, 'recognized', { value: false, writable: true, configurable: true });
Node.prototype.appendChild = function (n) { return n; };
window.requestAnimationFrame = function () { return 0; };`;

// Custom elements named like ours, each attaching a closed root at construction.
const OUR_NAMES = `
for (const name of ['multichannel-badge', 'multichannel-notice', 'multichannel-bought-elsewhere', 'multichannel-panel']) {
  customElements.define(name, class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'taken'; }
  });
}`;

// Re-renders 2,000 rows every 200 ms, 50 times (10 s): fresh copies of every row, without badges.
const RERENDER = `
var rounds = 0;
var timer = setInterval(function () {
  document.querySelectorAll('tbody').forEach(function (body) {
    var copies = [];
    for (var row of body.rows) {
      var copy = row.cloneNode(true);
      copy.querySelectorAll('[data-multichannel-source]').forEach(function (b) { b.remove(); });
      copies.push(copy);
    }
    body.replaceChildren.apply(body, copies);
  });
  if (++rounds === 50) { clearInterval(timer); document.body.dataset.done = 'true'; }
}, 200);`;

function bigPage(count: number, script = '') {
  const license = Math.ceil(count / 2);
  const rows = (n: number, billing: Billing, offset: number) =>
    generatedRows(n, billing, offset).replaceAll('<tr><td>', '<tr><td data-expect>');
  return pageOf(
    section(
      'license',
      `<table><thead><tr><th>Name</th><th>Quantity</th><th>Status</th></tr></thead><tbody>${rows(license, 'license', 0)}</tbody></table>`,
    ) +
      section(
        'usage',
        `<table><thead><tr><th>Name</th><th>Current estimated cost</th><th>% of budget</th><th>Status</th><th>Reseller</th></tr></thead><tbody>${rows(count - license, 'usage', license)}</tbody></table>`,
      ),
    script,
  );
}

const odd = (id: string) => ({ path: `/en-us/commerce/customers/${id}/subscriptions`, html: pageOf(PLAIN) });

export const HOSTILE_CASES: HostileCase[] = [
  // Page text is data.
  {
    id: 'markup-payload-names',
    group: 'page text',
    html: pageOf(plain(PAYLOADS, PAYLOADS.slice(0, 3))),
    clickAll: true,
  },
  {
    id: 'ten-thousand-character-names',
    group: 'page text',
    html: pageOf(
      plain(['x'.repeat(10_000), `Microsoft 365 ${'é'.repeat(9_990)}`, 'Visio Plan 2'], ['y'.repeat(10_000)]),
    ),
  },
  {
    id: 'rtl-and-zero-width-text',
    group: 'page text',
    html: pageOf(
      section(
        'license',
        table('license', ['\u202eevil\u202c name', 'مايكروسوفت 365', '\u200b\u200d\u2060', 'עברית\u200f']),
        'License\u200b-based',
      ) + section('usage', table('usage', ['Azure\u00a0plan\u200b']), '\u00a0Usage-based\u2060'),
    ),
  },
  {
    id: 'duplicate-names',
    group: 'page text',
    html: pageOf(
      plain(['Microsoft 365 E3', 'Microsoft 365 E3', 'Microsoft 365 E3'], ['Microsoft 365 E3', 'Azure plan']),
    ),
  },
  // Layouts.
  {
    id: 'reordered-and-extra-columns',
    group: 'layout',
    html: pageOf(
      section(
        'license',
        table('license', ['Power BI Pro', 'Project Plan 3'], {
          headers: ['Status', 'Term', 'Name', 'Quantity', 'Notes'],
        }),
      ) + section('usage', table('usage', ['Azure plan'], { headers: ['Reseller', 'Extra', 'Name'] })),
    ),
  },
  {
    id: 'one-grid-without-name-header',
    group: 'layout',
    html: pageOf(
      section(
        'license',
        table('license', ['Nameless one', 'Nameless two'], {
          headers: ['Product', 'Quantity'],
          expect: false,
        }),
      ) + section('usage', table('usage', ['Azure plan', 'Azure plan (2)'])),
    ),
  },
  {
    id: 'section-without-table',
    group: 'layout',
    html: pageOf(
      `<section><h2>License-based</h2><p>No subscriptions</p></section>${section('usage', table('usage', ['Azure plan']))}`,
    ),
  },
  {
    id: 'no-headers-at-all',
    group: 'layout',
    html: pageOf(
      section('license', table('license', ['Microsoft 365 E3'], { headers: [], expect: false })) +
        section('usage', table('usage', ['Azure plan'], { headers: [], expect: false })),
    ),
    notice: true,
  },
  {
    id: 'closed-shadow-root-section',
    group: 'shadow roots',
    html: pageOf(
      `<div id="closed"></div>${section('usage', table('usage', ['Azure plan']))}`,
      CLOSED_LICENSE,
    ),
    firefox: true,
  },
  {
    id: 'closed-shadow-root-everything',
    group: 'shadow roots',
    html: pageOf(
      '<div id="closed"></div>',
      `document.getElementById('closed').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(plain(['A'], ['B']).replaceAll(' data-expect', ''))};`,
    ),
    notice: true,
    firefox: true,
  },
  // Shadow roots attached after the first scan (defect 8).
  {
    id: 'root-attached-1.5-s-later',
    group: 'shadow roots',
    html: pageOf(
      '<div id="app"></div>',
      `setTimeout(function () { document.getElementById('app').attachShadow({ mode: 'open' }).innerHTML = ${SHADOW_TABLES}; }, 1500);`,
    ),
    settleMs: 6000,
    firefox: true,
  },
  {
    id: 'custom-element-attaches-in-a-microtask',
    group: 'shadow roots',
    html: pageOf(
      '',
      `customElements.define('pc-subscriptions', class extends HTMLElement {
        connectedCallback() { queueMicrotask(() => { this.attachShadow({ mode: 'open' }).innerHTML = ${SHADOW_TABLES}; }); }
      });
      setTimeout(function () { document.querySelector('main').append(document.createElement('pc-subscriptions')); }, 300);`,
    ),
    settleMs: 6000,
    firefox: true,
  },
  {
    id: 'inner-host-gets-its-root-later',
    group: 'shadow roots',
    html: pageOf(
      '<div id="outer"></div>',
      `var outer = document.getElementById('outer').attachShadow({ mode: 'open' });
      outer.innerHTML = '<h2>License-based</h2><pc-grid id="g1"></pc-grid><h2>Usage-based</h2><pc-grid id="g2"></pc-grid>';
      setTimeout(function () {
        outer.getElementById('g1').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(table('license', ['Microsoft 365 E3', 'Visio Plan 2']))};
        outer.getElementById('g2').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(table('usage', ['Azure plan']))};
      }, 1200);`,
    ),
    settleMs: 6000,
    firefox: true,
  },
  {
    id: 'element-defined-later',
    group: 'shadow roots',
    html: pageOf(
      '<pc-late></pc-late>',
      `setTimeout(function () {
        customElements.define('pc-late', class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${SHADOW_TABLES}; }
        });
      }, 1000);`,
    ),
    settleMs: 6000,
    firefox: true,
  },
  // Page scripts.
  {
    id: 'page-overrides-globals',
    group: 'page scripts',
    html: pageOf(PLAIN).replace('<head>', `<head><script>${OVERRIDES}</script>`),
    firefox: true,
  },
  {
    id: 'page-defines-our-element-names',
    group: 'page scripts',
    html: pageOf(PLAIN).replace('<head>', `<head><script>${OUR_NAMES}</script>`),
    firefox: true,
  },
  {
    id: 'page-defines-our-element-names-unrecognized',
    group: 'page scripts',
    html: pageOf('<h2>Your products</h2><ul><li>Microsoft 365 E3</li></ul>').replace(
      '<head>',
      `<head><script>${OUR_NAMES}</script>`,
    ),
    notice: true,
  },
  {
    id: 'strict-page-csp',
    group: 'page scripts',
    html: pageOf(PLAIN),
    csp: STRICT_CSP,
    firefox: true,
  },
  // Badges the page removes or copies (defect 10).
  {
    id: 'page-removes-badges',
    group: 'badges',
    html: pageOf(PLAIN),
    afterBadged: `for (const b of document.querySelectorAll('[data-multichannel-source]')) b.remove();`,
  },
  {
    id: 'page-clones-badged-cells-and-rows',
    group: 'badges',
    html: pageOf(PLAIN),
    afterBadged: `
      const body = document.querySelector('tbody');
      body.append(body.rows[0].cloneNode(true));
      const cell = body.rows[1].cells[0];
      body.rows[1].cells[2].replaceWith(cell.cloneNode(true));
      cell.append(cell.querySelector('[data-multichannel-source]').cloneNode(true));
      body.rows[1].cells[2].removeAttribute('data-expect');`,
    clickAll: true,
  },
  // Size and re-rendering (defect 14).
  {
    id: 'two-thousand-rows-re-rendered-every-200-ms',
    group: 'performance',
    html: bigPage(2000, RERENDER),
    busy: true,
    settleMs: 30_000,
  },
  { id: 'five-thousand-rows', group: 'performance', html: bigPage(5000), settleMs: 30_000 },
  // Odd URLs (defect 9).
  { id: 'url-malformed-percent-encoding', group: 'URLs', ...odd('%E0%A4%A'), firefox: true },
  { id: 'url-lone-percent', group: 'URLs', ...odd('abc%'), firefox: true },
  { id: 'url-id-of-250-characters', group: 'URLs', ...odd('a'.repeat(250)), firefox: true },
  { id: 'url-id-constructor', group: 'URLs', ...odd('constructor'), firefox: true },
  { id: 'url-id-__proto__', group: 'URLs', ...odd('__proto__'), firefox: true },
  { id: 'url-id-hasOwnProperty', group: 'URLs', ...odd('hasOwnProperty'), firefox: true },
  { id: 'url-id-encoded-slash-and-nul', group: 'URLs', ...odd('a%2Fb%00c'), firefox: true },
  { id: 'url-id-unicode', group: 'URLs', ...odd('%C3%A1rv%C3%ADzt%C5%B1r%C5%91'), firefox: true },
  {
    id: 'url-upper-case-with-query-and-hash',
    group: 'URLs',
    path: `/EN-US/COMMERCE/CUSTOMERS/${TENANT_A.toUpperCase()}/SUBSCRIPTIONS/`,
    html: pageOf(PLAIN),
    firefox: true,
  },
];

export const DEFAULT_PATH = subscriptionsPath(TENANT_A);
