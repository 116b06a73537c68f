// Build time and sizes of the rules site, printed as the Markdown for docs/benchmarks.md.
// Usage: pnpm --filter @multichannel/site bench   (builds the site, then measures site/dist)
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const build = spawnSync('astro', ['build'], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status})`);
const seconds = (performance.now() - started) / 1000;

// Imported after the build: these read site/dist when loaded.
const { FILES, PAGES } = await import('../test/dist.ts');
const { gzipSize, islandSizes, pageScripts } = await import('../test/bundle.ts');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const [island] = islandSizes('/checker/');
if (!island) throw new Error('No island on /checker/');
const ours = (path: string) => [...pageScripts(path).assets].filter((a) => a.includes('Checker')).length;
const html = (path: string) => gzipSize([path.endsWith('/') ? `${path}index.html` : path]);

console.log(`| Measure | Value |
|---|---|
| \`astro build\` wall time (incl. Pagefind, sitemap) | ${seconds.toFixed(1)} s on ${cpus().length} cores, Node ${process.versions.node} |
| HTML pages (both languages) | ${PAGES.length} |
| Files in site/dist | ${FILES.length} |
| Checker island, own code (component, evaluator, zod/mini, texts), gzip | ${kb(island.ownGzip)} (budget 15 KB) |
| Checker island incl. Preact and Astro's island loader, gzip | ${kb(island.totalGzip)} |
| JS of ours on /table/ and rule pages | ${ours('/table/') + ours('/rules/usage-bought-elsewhere/')} files (Starlight's own search/menu scripts only) |
| /table/ HTML, gzip | ${kb(html('/table/'))} |
| /coverage/ HTML, gzip | ${kb(html('/coverage/'))} |`);
