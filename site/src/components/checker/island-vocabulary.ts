// In the checker island's browser bundle, this module stands in for the rules package's
// vocabulary-texts.ts (swapped by the plugin in astro.config.mjs), so the bundle carries no
// locale's vocabulary texts at all. The island provides its page's locale, resolved at build
// time (island-props.ts), before it renders; `t()` and `decide()` then read them as usual.
// At build time (server rendering) nothing is swapped: this is a separate, unused object and
// the rules read their own texts.
import type { Locale } from '@multichannel/rules';
import { LOCALES } from '@multichannel/rules/ids';

/** Same name and shape as the rules' vocabulary-texts.ts export it replaces. */
export const ALL_VOCABULARY_TEXTS = Object.fromEntries(LOCALES.map((locale) => [locale, {}])) as Record<
  Locale,
  Record<string, string>
>;

export function provideVocabulary(locale: Locale, texts: Record<string, string>): void {
  ALL_VOCABULARY_TEXTS[locale] = texts;
}
