// The one small "layout not recognized" notice; the popup explains it at length.
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import { OWN_ATTRIBUTE } from '../page/subscriptions-adapter.ts';
import { applyStyles, FLOATING_CSS } from './styles.ts';

/** The notice's host: a standard element marked as ours (see OWN_ATTRIBUTE). */
export const NOTICE_SELECTOR = `[${OWN_ATTRIBUTE}="notice"]`;

export function showNotice(locale: Locale): HTMLElement {
  removeNotice();
  const host = document.createElement('div');
  host.setAttribute(OWN_ATTRIBUTE, 'notice');
  host.dataset.multichannelNotice = 'layout-not-recognized';
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, `${FLOATING_CSS}\n:host{top:12px!important;right:12px!important}`);
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = ui(locale, 'notice.title');
  const hint = document.createElement('p');
  hint.textContent = ui(locale, 'notice.hint');
  box.append(title, hint);
  root.append(box);
  document.body.append(host);
  return host;
}

export function removeNotice(): void {
  for (const el of document.querySelectorAll(NOTICE_SELECTOR)) el.remove();
}
