// The shared vocabulary texts of every locale (locales/*.json), in a module of their own so that a
// browser bundle that serves one locale can replace this module and provide only that locale's
// texts (the site's checker island does: its page passes them in). Node callers and every other
// bundle get all locales from here, so `t()` behaves the same for them.
import en from '../locales/en.json' with { type: 'json' };
import hu from '../locales/hu.json' with { type: 'json' };
import type { Locale } from './vocabulary.ts';

export const ALL_VOCABULARY_TEXTS: Record<Locale, Record<string, string>> = { en, hu };
