// A row's badge: an open shadow root holding one button. Built with plain DOM calls because a
// page may carry thousands; the Preact panel is rendered only when a badge is opened.
import { h, render } from 'preact';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import { AdvicePanel } from './advice-panel.tsx';
import { applyStyles, BADGE_CSS } from './styles.ts';

export const BADGE_TAG = 'multichannel-badge';

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

/** At most one panel is open on a page. */
let closeOpenPanel: (() => void) | null = null;

// One prepared button per decision and language, cloned per row: cheaper than building each.
const prototypes = new WeakMap<AdviceView, Map<Locale, HTMLButtonElement>>();

function buttonFor(view: AdviceView, locale: Locale): HTMLButtonElement {
  let byLocale = prototypes.get(view);
  if (!byLocale) {
    byLocale = new Map();
    prototypes.set(view, byLocale);
  }
  let button = byLocale.get(locale);
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'badge';
    button.dataset.status = view.status;
    button.textContent = view.short;
    button.setAttribute('aria-label', ui(locale, 'badge.label', { status: view.label }));
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-haspopup', 'dialog');
    byLocale.set(locale, button);
  }
  return button;
}

export function createBadge({ view, subscription, locale, source }: BadgeOptions): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  // setAttribute rather than dataset: measurably cheaper over thousands of rows.
  host.setAttribute('data-multichannel-status', view.status);
  host.setAttribute('data-multichannel-subscription', subscription);
  host.setAttribute('data-multichannel-source', source);
  views.set(host, view);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, BADGE_CSS);
  const button = buttonFor(view, locale).cloneNode(true) as HTMLButtonElement;
  root.append(button);
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
