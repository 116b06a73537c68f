// The rules site: Starlight with English at the root and Hungarian under /hu/.
// Everything about the rules comes from @multichannel/rules at build time (see src/lib/).

import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import * as rules from '@multichannel/rules';
import { defineConfig } from 'astro/config';
import { securityPolicy } from './security/integration.ts';

const RULES_SOURCE = /[\\/]rules[\\/]src[\\/]/;
/** Preact and the small modules every island imports (see codeSplitting below). */
const ISLANDS_SHARED =
  /[\\/]node_modules[\\/]preact[\\/]|[\\/]rules[\\/]src[\\/]ids\.ts$|[\\/]checker[\\/]island-vocabulary\.ts$/;
const CHECKER_ISLAND = /[\\/]site[\\/]src[\\/]components[\\/]Checker\.tsx$/;
const ISLAND_VOCABULARY = fileURLToPath(
  new URL('./src/components/checker/island-vocabulary.ts', import.meta.url),
);

/**
 * The checker island's browser bundle carries no locale's vocabulary texts: its page passes the
 * reader's locale in (src/components/checker/island-props.ts). In the client build only, the rules'
 * module holding every locale's texts is swapped for island-vocabulary.ts, which the island fills
 * before it renders. Server rendering (every page, the island's first render) is untouched.
 */
function oneLocaleIsland() {
  let swapped = false;
  return {
    name: 'multichannel:one-locale-island',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(source, importer) {
      if (source !== './vocabulary-texts.ts' || !importer || !RULES_SOURCE.test(importer)) return null;
      swapped = true;
      return ISLAND_VOCABULARY;
    },
    buildEnd() {
      // Fail loudly if the rules package renames the module: the island would carry every locale.
      if (!swapped && this.environment.mode === 'build')
        this.error('rules/src/vocabulary-texts.ts was not imported; update oneLocaleIsland()');
    },
  };
}

/** Names of the rules package's exported zod schemas (DecisionTable, FactsInput, ...). */
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
    plugins: [oneLocaleIsland()],
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
        output: {
          // Two islands (checker, planner) and the planner's lazily loaded importers share code.
          // Left to itself the bundler cuts that into small shared chunks, and every cut costs
          // the checker gzip bytes it has no room for (15 KB budget). So: Preact and the few
          // helpers every island imports form one chunk, and the checker with everything it
          // imports forms another, which the planner's lazy chunk imports the evaluator from.
          codeSplitting: {
            groups: [
              { name: 'islands', test: ISLANDS_SHARED, priority: 2 },
              { name: 'Checker', test: CHECKER_ISLAND, includeDependenciesRecursively: true, priority: 1 },
            ],
          },
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
        page('Onboarding planner', 'Átvételi tervező', '/plan/'),
        page('Coverage', 'Lefedettség', '/coverage/'),
        page('Editions', 'Kiadások', '/editions/'),
        page('Downloads', 'Letöltések', '/downloads/'),
        { label: 'Browser extension', translations: { hu: 'Böngészőbővítmény' }, slug: 'extension' },
      ],
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      pagination: false,
      // Our own bilingual src/pages/404.astro instead: Starlight's wants a docs entry named 404.
      disable404Route: true,
    }),
    preact(),
    // Last, so that it sees each page as written: a CSP meta per page and dist/_headers.
    securityPolicy(),
  ],
});
