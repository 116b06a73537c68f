// Build time and sizes of the rules site, printed as the Markdown for docs/benchmarks.md.
// Usage: pnpm --filter @multichannel/site bench   (builds the site, then measures site/dist)
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const started = performance.now();
const build = spawnSync('astro', ['build'], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status})`);
const seconds = (performance.now() - started) / 1000;

// Imported after the build: these read site/dist when loaded.
const { FILES, PAGES, readPage } = await import('../test/dist.ts');
const {
  gzipSize,
  islandSizes,
  lazyChunks,
  pageScripts,
  PLANNER_ISLAND_BUDGET_BYTES,
  PLANNER_LAZY_BUDGET_BYTES,
} = await import('../test/bundle.ts');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const [island] = islandSizes('/checker/');
if (!island) throw new Error('No island on /checker/');
const [planner] = islandSizes('/plan/');
if (!planner) throw new Error('No island on /plan/');
const ours = (path: string) => [...pageScripts(path).assets].filter((a) => a.includes('Checker')).length;
const html = (path: string) => gzipSize([path.endsWith('/') ? `${path}index.html` : path]);
/** The island's props (the trimmed edition and one locale's texts) ride in the page's HTML. */
const props = (path: string) => {
  const page = readPage(path);
  const value = /<astro-island\b[^>]*\sprops="([^"]*)"/.exec(page)?.[1] ?? '';
  return gzipSync(value, { level: 9 }).length;
};

console.log(`| Measure | Value |
|---|---|
| \`astro build\` wall time (incl. Pagefind, sitemap) | ${seconds.toFixed(1)} s on ${cpus().length} cores, Node ${process.versions.node} |
| HTML pages (both languages) | ${PAGES.length} |
| Files in site/dist | ${FILES.length} |
| Checker island, everything the page loads for it, gzip | ${kb(island.totalGzip)} (budget 15 KB) |
| … own code (component, evaluator) | ${kb(island.ownGzip)} |
| … Preact (with hooks and JSX runtime, shared by the islands) and Astro's Preact renderer | ${kb(island.frameworkGzip)} |
| … Astro's inline island loader | ${kb(island.loaderGzip)} |
| Planner island's first load (own code, framework, loader), gzip | ${kb(planner.totalGzip)} (budget ${PLANNER_ISLAND_BUDGET_BYTES / 1024} KB) |
| Planner's importers and plan, loaded with import() on the first file, gzip | ${kb(lazyChunks(planner).gzip)} (budget ${PLANNER_LAZY_BUDGET_BYTES / 1024} KB) |
| Checker island props in the HTML (edition + texts, one locale), gzip | ${kb(props('/checker/'))} en, ${kb(props('/hu/checker/'))} hu |
| JS of ours on /table/ and rule pages | ${ours('/table/') + ours('/rules/usage-bought-elsewhere/')} files (Starlight's own search/menu scripts only) |
| /table/ HTML, gzip | ${kb(html('/table/'))} |
| /coverage/ HTML, gzip | ${kb(html('/coverage/'))} |`);
