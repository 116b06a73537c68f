// Which language the extension speaks: the option, or else the browser's UI language.
/** The rules package's locales ('en', 'hu'); spelled out so the content script needs no import. */
export type Locale = 'en' | 'hu';
export type LanguageSetting = 'auto' | Locale;

export function resolveLocale(setting: LanguageSetting, browserLanguage: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('hu') ? 'hu' : 'en';
}

export function browserLanguage(): string | undefined {
  return globalThis.navigator?.language;
}
