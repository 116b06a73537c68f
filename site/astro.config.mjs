// The rules site: Starlight with English at the root and Hungarian under /hu/.
// Everything about the rules comes from @multichannel/rules at build time (see src/lib/).
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import * as rules from '@multichannel/rules';
import { defineConfig } from 'astro/config';

const RULES_SOURCE = /[\\/]rules[\\/]src[\\/]/;
/** Names of the rules package's exported zod schemas (Channel, Status, Facts, ...). */
const schemaExports = Object.entries(rules)
  .filter(([, value]) => typeof value?.safeParse === 'function')
  .map(([name]) => name);

// Canonical, hreflang and sitemap URLs need an absolute origin; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://multichannel-advisor.example';

/** A sidebar link to one of our generated pages; Starlight prefixes /hu/ itself. */
const page = (label, hu, link) => ({ label, translations: { hu }, link });

export default defineConfig({
  site,
  trailingSlash: 'always',
  vite: {
    build: {
      rolldownOptions: {
        // The checker island has a 15 KB budget, and classic zod alone is larger. The rules package
        // builds its zod schemas at module top level, which a bundler must keep unless told that
        // building a schema has no side effects. So: the rules' modules have none, and neither do
        // calls on `z` or on the rules' exported schemas. The evaluator then ships without zod.
        treeshake: {
          moduleSideEffects: (id) => (RULES_SOURCE.test(id) ? false : undefined),
          manualPureFunctions: ['z', ...schemaExports],
        },
      },
    },
  },
  integrations: [
    starlight({
      title: { en: 'Multichannel Advisor', hu: 'Többcsatornás tanácsadó' },
      description:
        'Partner Center multi-channel support rules: a decision table, a checker and a browser extension.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        hu: { label: 'Magyar', lang: 'hu' },
      },
      sidebar: [
        { label: 'Home', translations: { hu: 'Kezdőlap' }, slug: 'index' },
        page('Decision table', 'Döntési tábla', '/table/'),
        page('Checker', 'Ellenőrző', '/checker/'),
        page('Coverage', 'Lefedettség', '/coverage/'),
        page('Downloads', 'Letöltések', '/downloads/'),
        { label: 'Browser extension', translations: { hu: 'Böngészőbővítmény' }, slug: 'extension' },
      ],
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      pagination: false,
    }),
    preact(),
  ],
});
