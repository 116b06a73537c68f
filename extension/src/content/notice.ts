// The one small "layout not recognized" notice; the popup explains it at length.
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import { applyStyles, FLOATING_CSS } from './styles.ts';

export const NOTICE_TAG = 'multichannel-notice';

export function showNotice(locale: Locale): HTMLElement {
  document.querySelector(NOTICE_TAG)?.remove();
  const host = document.createElement(NOTICE_TAG);
  host.dataset.multichannelNotice = 'layout-not-recognized';
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, `${FLOATING_CSS}\n:host{top:12px;right:12px}`);
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
  for (const el of document.querySelectorAll(NOTICE_TAG)) el.remove();
}
