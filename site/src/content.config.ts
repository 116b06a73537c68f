import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import en from './content/i18n/en.json' with { type: 'json' };

// Hand-written prose pages (home, extension) live here; rule pages are generated in src/pages/.
// i18n holds our changes to Starlight's own interface words and the site's own texts (read by
// src/lib/ui.ts); its schema is extended with the keys of the English file.
const siteTexts = z.object(Object.fromEntries(Object.keys(en).map((key) => [key, z.string()]))).partial();

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteTexts }) }),
};
