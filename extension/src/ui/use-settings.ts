// Settings and the resolved language for extension pages, kept live across pages.
import { useEffect, useState } from 'preact/hooks';
import { browserLanguage, resolveLocale } from '../i18n/locale.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../storage/settings.ts';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return { settings, locale };
}
