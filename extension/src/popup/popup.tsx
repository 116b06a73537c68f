import { browser } from 'wxt/browser';
import { ui } from '../i18n/page-strings.ts';
import { StorageNotice } from '../ui/storage-notice.tsx';
import { useSettings } from '../ui/use-settings.ts';
import { Checker } from './checker.tsx';
import { PageCounts } from './page-counts.tsx';

export function Popup() {
  const { settings, locale } = useSettings();
  if (!settings) return null;
  return (
    <main>
      <h1>{ui(locale, 'popup.title')}</h1>
      <section aria-labelledby="page-title">
        <h2 id="page-title">{ui(locale, 'popup.page')}</h2>
        <PageCounts locale={locale} />
        <StorageNotice locale={locale} />
      </section>
      <Checker locale={locale} settings={settings} />
      <p>
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {ui(locale, 'popup.options')}
        </button>
      </p>
    </main>
  );
}
