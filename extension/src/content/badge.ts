// A row's badge: an open shadow root holding one button. Built with plain DOM calls because a
// page may carry thousands; the Preact panel is rendered only when a badge is opened.
import { h, render } from 'preact';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import { OWN_ATTRIBUTE } from '../page/subscriptions-adapter.ts';
import { AdvicePanel } from './advice-panel.tsx';
import { applyStyles, BADGE_CSS } from './styles.ts';

/**
 * A badge's host is a `span` marked as ours: a custom element name could be defined by the page
 * first (its constructor would then own the element, and our attachShadow would throw).
 */
export const BADGE_SELECTOR = `[${OWN_ATTRIBUTE}="badge"]`;

export interface BadgeOptions {
  view: AdviceView;
  /** The subscription's name, for the data attribute and the panel's subject line. */
  subscription: string;
  locale: Locale;
  /** Where the badge came from: a row of the page or a bought-elsewhere record. */
  source: 'page' | 'bought-elsewhere';
}

// The decision each badge shows, to tell whether a badge is still right after facts change.
const views = new WeakMap<Element, AdviceView>();

export const badgeView = (host: Element): AdviceView | undefined => views.get(host);

/** Whether `el` is a badge this script made (a copy the page made of one is not: it is dead). */
export const isLiveBadge = (el: Element): boolean => views.has(el);

/** At most one panel is open on a page. */
let closeOpenPanel: (() => void) | null = null;

// One prepared host and button per decision, language and source, copied per row: two native
// clones instead of setting each attribute and text by hand. The badge's shadow root is not
// clonable, so a page that copies its rows (cells and all) copies an empty span of ours, not a
// whole badge to build and then to collect.
const prototypes = new WeakMap<AdviceView, Map<string, { host: HTMLElement; button: HTMLButtonElement }>>();

function buttonFor(view: AdviceView, locale: Locale): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.dataset.status = view.status;
  button.dataset.kind = view.kind;
  button.textContent = view.short;
  button.setAttribute('aria-label', ui(locale, 'badge.label', { status: view.label }));
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  return button;
}

function prototypeFor(view: AdviceView, locale: Locale, source: BadgeOptions['source']) {
  let byKey = prototypes.get(view);
  if (!byKey) {
    byKey = new Map();
    prototypes.set(view, byKey);
  }
  const key = `${locale}|${source}`;
  let prototype = byKey.get(key);
  if (!prototype) {
    const host = document.createElement('span');
    host.setAttribute(OWN_ATTRIBUTE, 'badge');
    host.setAttribute('data-multichannel-status', view.status);
    host.setAttribute('data-multichannel-kind', view.kind);
    host.setAttribute('data-multichannel-source', source);
    prototype = { host, button: buttonFor(view, locale) };
    byKey.set(key, prototype);
  }
  return prototype;
}

export function createBadge({ view, subscription, locale, source }: BadgeOptions): HTMLElement {
  const prototype = prototypeFor(view, locale, source);
  const host = prototype.host.cloneNode(false) as HTMLElement;
  // setAttribute rather than dataset: measurably cheaper over thousands of rows.
  host.setAttribute('data-multichannel-subscription', subscription);
  views.set(host, view);
  const root = host.attachShadow({ mode: 'open' });
  const button = prototype.button.cloneNode(true) as HTMLButtonElement;
  root.append(button);
  applyStyles(root, BADGE_CSS);
  button.addEventListener('click', () => togglePanel(root, button, view, subscription, locale));
  return host;
}

/** Opens or closes a badge's panel. The panel's slot and its Preact tree exist only while open. */
function togglePanel(
  root: ShadowRoot,
  button: HTMLButtonElement,
  view: AdviceView,
  subscription: string,
  locale: Locale,
): void {
  if (button.getAttribute('aria-expanded') === 'true') {
    closeOpenPanel?.();
    button.focus();
    return;
  }
  closeOpenPanel?.();
  const panelSlot = document.createElement('div');
  root.append(panelSlot);
  const close = (returnFocus: boolean) => {
    render(null, panelSlot);
    panelSlot.remove();
    button.setAttribute('aria-expanded', 'false');
    if (closeOpenPanel === closeThis) closeOpenPanel = null;
    if (returnFocus) button.focus();
  };
  const closeThis = () => close(false);
  const rect = button.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 396));
  const position = { top: Math.round(rect.bottom + 4), left: Math.round(left) };
  render(
    h(AdvicePanel, { view, subject: subscription, locale, position, onClose: () => close(true) }),
    panelSlot,
  );
  button.setAttribute('aria-expanded', 'true');
  closeOpenPanel = closeThis;
}

export function closePanels(): void {
  closeOpenPanel?.();
}
