// Styles for our shadow roots. One constructed stylesheet is shared by every badge, so 2,000
// badges do not parse 2,000 <style> elements; and a constructed sheet is not an inline <style>
// element, which a strict page CSP could block. Shadow roots keep page styles out and ours in.
// Our hosts are plain `span` and `div` elements, which page rules may select: the :host rules are
// !important, and in the cascade a shadow tree's !important beats any page rule on its host.

import type { StatusKind } from '@multichannel/rules';

/**
 * The one palette: a colour per kind of status (what it asks of the partner), so a status a new
 * edition adds is coloured by its kind. Typed by the kinds, so a new kind does not compile
 * without its colour. Each pair has a contrast of at least 4.5:1.
 */
export const KIND_COLOURS: Readonly<Record<StatusKind, { bg: string; fg: string; border?: string }>> = {
  action: { bg: '#0f5fb8', fg: '#ffffff' },
  'nothing-to-do': { bg: '#0e6b3b', fg: '#ffffff' },
  blocked: { bg: '#b3261e', fg: '#ffffff' },
  'not-addressed': { bg: '#5c6670', fg: '#ffffff' },
  undecided: { bg: '#fff4ce', fg: '#4d3b00', border: '#8a6d00' },
};

const statusRules = Object.entries(KIND_COLOURS)
  .map(
    ([kind, c]) =>
      `.badge[data-kind="${kind}"]{background:${c.bg};color:${c.fg}${c.border ? `;border-color:${c.border}` : ''}}`,
  )
  .join('\n');

export const BADGE_CSS = `
:host{all:initial!important;display:inline-block!important;margin-inline-start:6px!important;vertical-align:middle!important;font:12px/1.4 "Segoe UI",system-ui,sans-serif!important}
.badge{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;padding:1px 8px;border-radius:10px;cursor:pointer;font:inherit;font-weight:600;white-space:nowrap;border:1px solid transparent}
.badge:focus-visible{outline:2px solid #000;outline-offset:2px;box-shadow:0 0 0 4px #fff}
${statusRules}
.panel{position:fixed;z-index:2147483646;box-sizing:border-box;width:min(380px,calc(100vw - 16px));max-height:min(70vh,560px);overflow:auto;padding:12px 14px;background:#fff;color:#1b1b1b;border:1px solid #8a8886;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.25);font:13px/1.45 "Segoe UI",system-ui,sans-serif;white-space:normal;text-align:start}
.panel h2{font-size:14px;margin:0 0 4px;outline:none}
.panel h3{font-size:12px;text-transform:uppercase;letter-spacing:.03em;margin:12px 0 4px;color:#505050}
.panel p,.panel ol,.panel ul{margin:0 0 6px;padding-inline-start:0}
.panel ol,.panel ul{padding-inline-start:18px}
.panel a{color:#0f5fb8}
.panel a:focus-visible,.panel button:focus-visible{outline:2px solid #000;outline-offset:2px}
.panel .subject{color:#505050;margin-bottom:8px}
.panel .close{position:absolute;top:6px;inset-inline-end:6px;border:1px solid #8a8886;background:#fff;border-radius:4px;padding:1px 8px;cursor:pointer;font:inherit}
.panel .warn{background:#fff4ce;padding:4px 6px;border-radius:4px}
`;

export const FLOATING_CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483645!important;font:13px/1.45 "Segoe UI",system-ui,sans-serif!important;color:#1b1b1b!important}
.box{box-sizing:border-box;background:#fff;border:1px solid #8a8886;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:8px 12px;max-width:min(460px,calc(100vw - 24px))}
button,select,input{font:inherit}
button{cursor:pointer;border:1px solid #8a8886;background:#f3f2f1;border-radius:4px;padding:2px 10px;color:#1b1b1b}
button:focus-visible,select:focus-visible,input:focus-visible,a:focus-visible{outline:2px solid #000;outline-offset:2px}
h2{font-size:14px;margin:0 0 6px}
p{margin:0 0 6px}
.toggle{font-weight:600}
.panel{max-height:70vh;overflow:auto;margin-top:8px}
.records{list-style:none;margin:0 0 8px;padding:0}
.records li{padding:6px 0;border-bottom:1px solid #edebe9}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
form{display:grid;gap:6px;margin:8px 0}
label{display:grid;gap:2px}
.hint{color:#505050;font-size:12px}
.error{color:#b3261e}
.status{color:#0e6b3b}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.customer-fact{border:1px solid #c8c6c4;border-radius:4px;margin:0 0 8px;padding:4px 8px 6px}
.customer-fact legend{font-weight:600;padding:0 4px}
.choices{display:flex;flex-wrap:wrap;gap:4px 14px;margin-bottom:4px}
.choices label{display:flex;gap:4px;align-items:center;cursor:pointer}
`;

const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    } catch {
      sheets.set(css, null);
    }
  }
  return sheets.get(css) ?? null;
}

/** Applies `css` to a shadow root: a shared constructed sheet, or a <style> where unsupported. */
export function applyStyles(root: ShadowRoot, css: string): void {
  const sheet = sheetFor(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Some engines refuse sheets created in a content script's world; fall back below.
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
