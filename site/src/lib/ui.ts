// The site's own interface words (headings, captions, buttons) in English and Hungarian. They
// live in Starlight's i18n files (src/content/i18n/<locale>.json, beside Starlight's own
// overrides), so translators edit JSON, not code; content.config.ts declares them to Starlight.
// Nothing about the rules lives here: fact, value and status labels, steps and links come from
// @multichannel/rules, so a rule is only ever written once.
import { fill } from '@multichannel/rules/ids';
import en from '../content/i18n/en.json' with { type: 'json' };
import hu from '../content/i18n/hu.json' with { type: 'json' };
import type { SiteLocale } from './locale.ts';

export type UiKey = keyof typeof en;

/** Every locale has every key (checked by ui.test.ts, which also compares placeholders). */
export const UI_TEXTS: Record<SiteLocale, Record<UiKey, string>> = { en, hu: hu as Record<UiKey, string> };

/** An interface text with {placeholders} filled in. */
export function ui(locale: SiteLocale, key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(
    UI_TEXTS[locale][key],
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  );
}

/**
 * The texts an island needs, unfilled, resolved at build time for one locale: the island's
 * bundle then carries one language's strings of its own keys, not the site's dictionary.
 */
export function textsOf<K extends UiKey>(keys: readonly K[], locale: SiteLocale): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, UI_TEXTS[locale][key]])) as Record<K, string>;
}
