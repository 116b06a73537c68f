// The site's two locales and the URL prefix of each: English at the root, Hungarian under /hu/.
import { LOCALES } from '@multichannel/rules/ids';

export const SITE_LOCALES = LOCALES;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** The path of a page in one locale; `path` is locale-free with leading and trailing slashes. */
export function localized(locale: SiteLocale, path: string): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

/**
 * The `[...prefix]` route parameter for a locale-free path prefix ('' or '/editions/2021-05'):
 * the locale's own prefix first, so Starlight reads the page's language from the URL.
 */
export function prefixParam(locale: SiteLocale, base = ''): string | undefined {
  return localized(locale, `${base}/`).slice(1, -1) || undefined;
}

/** getStaticPaths for a page that exists once per locale under `[...prefix]`. */
export function perLocale() {
  return SITE_LOCALES.map((locale) => ({ params: { prefix: prefixParam(locale) }, props: { locale } }));
}
