// The popup's report on the current tab: badges per status (labels from the page's decisions),
// or why there are none.
import type { Locale } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ui } from '../i18n/page-strings.ts';
import { PageSummary } from '../messages.ts';
import { sectionLabel } from '../page/labels.ts';

/** The tab to ask: `?tab=<id>` (used by tests, which open the popup as a page), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askPage(): Promise<PageSummary> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { state: 'other-page' };
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'multichannel:summary' });
    const parsed = PageSummary.safeParse(answer);
    return parsed.success ? parsed.data : { state: 'other-page' };
  } catch {
    // No content script in this tab: not a Partner Center page.
    return { state: 'other-page' };
  }
}

export function PageCounts({ locale }: { locale: Locale }) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  useEffect(() => {
    askPage().then(setSummary);
  }, []);

  if (!summary || summary.state === 'loading')
    return <p data-page-state="loading">{ui(locale, 'popup.loading')}</p>;
  if (summary.state === 'other-page') return <p data-page-state="other-page">{ui(locale, 'popup.noPage')}</p>;
  if (summary.state === 'off') return <p data-page-state="off">{ui(locale, 'popup.off')}</p>;
  if (summary.state === 'not-recognized') {
    return (
      <div data-page-state="not-recognized">
        <p class="error">
          <strong>{ui(locale, 'popup.notRecognized')}</strong>
        </p>
        <p>{ui(locale, `reason.${summary.reason}`)}</p>
        <p class="hint">{ui(locale, 'popup.notRecognizedHelp')}</p>
      </div>
    );
  }
  return (
    <div data-page-state="recognized">
      <p>{ui(locale, 'popup.recognized', { count: summary.rows })}</p>
      <ul class="counts">
        {summary.counts.map(({ status, label, kind, count }) => (
          <li key={status} data-status={status} data-kind={kind}>
            <span class="status-label">{label}</span>
            <span data-count>{count}</span>
          </li>
        ))}
      </ul>
      {summary.unread.length > 0 && (
        <div data-page-state="partly-recognized">
          <p class="error">
            <strong>{ui(locale, 'popup.unread')}</strong>
          </p>
          <ul>
            {summary.unread.map(({ section, reason }) => (
              <li key={section} data-unread={section}>
                {sectionLabel(section, locale)}: {ui(locale, `reason.${reason}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
