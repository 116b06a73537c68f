// The site's two locales and the URL prefix of each: English at the root, Hungarian under /hu/.
export const SITE_LOCALES = ['en', 'hu'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** The `[...locale]` route parameter: English pages have none, Hungarian ones 'hu'. */
export function routeParam(locale: SiteLocale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

/** The path of a page in one locale; `path` is locale-free with leading and trailing slashes. */
export function localized(locale: SiteLocale, path: string): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

/** getStaticPaths for a page that exists once per locale under `[...locale]`. */
export function perLocale() {
  return SITE_LOCALES.map((locale) => ({ params: { locale: routeParam(locale) }, props: { locale } }));
}
