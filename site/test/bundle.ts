// What JavaScript a built page loads, and how big it is gzipped: for the size budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, DIST, readPage } from './dist.ts';

/** The checker island's budget (issue #4): 15 KB gzipped, everything the page loads for it. */
export const ISLAND_BUDGET_BYTES = 15 * 1024;

/**
 * The planner island's first load (issue #10), framework and loader included: the checker's
 * ceiling. Until a file is given it is only the file chooser and the plan's view (measured
 * 11.9 KB, of which 9 KB are Preact, Astro's renderer and loader); the importers load later.
 */
export const PLANNER_ISLAND_BUDGET_BYTES = 15 * 1024;

/**
 * What the planner loads with import() on the first file, gzipped (everything beyond its first
 * load): the importers with their zod schemas, papaparse, the plan and its renderers, and the
 * checker's chunk, which holds the evaluator. Measured 47.5 KB when written, most of it zod
 * (classic, which the importers' schemas need) and papaparse; 60 KB leaves room for one more importer but catches another library or the editions' data
 * (which the page passes in its HTML) slipping into the chunk.
 */
export const PLANNER_LAZY_BUDGET_BYTES = 60 * 1024;

/** Vite writes static imports with quotes, dynamic ones (import()) with quotes or backticks. */
const STATIC_IMPORT = /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const ANY_IMPORT = /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/**
 * A JS asset and every module it imports (site paths): statically and dynamically by default,
 * only statically (what loads with it, before any import() runs) with `staticOnly`.
 */
export function moduleClosure(entry: string, seen: Set<string> = new Set(), staticOnly = false): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  const specifiers = [...code.matchAll(staticOnly ? STATIC_IMPORT : ANY_IMPORT)].map((m) => m[1] as string);
  for (const specifier of specifiers)
    moduleClosure(new URL(specifier, `http://x${entry}`).pathname, seen, staticOnly);
  return seen;
}

export function gzipSize(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  return total;
}

export interface PageScripts {
  /** External module scripts and island components/renderers (site paths). */
  assets: Set<string>;
  /** Inline script bodies. */
  inline: Set<string>;
  islands: number;
}

export function pageScripts(path: string): PageScripts {
  const html = readPage(path);
  const assets = new Set([
    ...attributes(html, 'script', 'src'),
    ...attributes(html, 'astro-island', 'component-url'),
    ...attributes(html, 'astro-island', 'renderer-url'),
  ]);
  const inline = new Set(
    [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
      (m[1] as string).trim(),
    ),
  );
  return { assets, inline, islands: (html.match(/<astro-island\b/g) ?? []).length };
}

export interface IslandSize {
  component: string;
  /** Every JS file the island loads: its component's closure and the framework renderer's. */
  files: string[];
  /** The island's own modules: its closure minus the framework renderer's. */
  ownGzip: number;
  /** Preact and Astro's Preact renderer (the renderer's module closure). */
  frameworkGzip: number;
  /** Astro's inline island loader: the <astro-island> element and the client:* directive. */
  loaderGzip: number;
  /** Everything the page loads for the island: own code + framework + loader. */
  totalGzip: number;
}

/** Astro's inline scripts for islands (Starlight's own inline scripts never mention these). */
const ISLAND_LOADER = /customElements\.define\(\s*["']astro-island["']|self\.Astro\b/;

export function islandSizes(path: string): IslandSize[] {
  const html = readPage(path);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const loader = [...pageScripts(path).inline].filter((body) => ISLAND_LOADER.test(body));
  const loaderGzip = loader.reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0);
  return islands.map((tag) => {
    const component = attributes(tag, 'astro-island', 'component-url')[0] as string;
    const renderer = attributes(tag, 'astro-island', 'renderer-url')[0] as string;
    // What loads with the island: what it imports with import() is counted by lazyChunks().
    const framework = moduleClosure(renderer, new Set(), true);
    const all = moduleClosure(component, new Set(framework), true);
    const own = [...moduleClosure(component, new Set(), true)].filter((file) => !framework.has(file));
    const ownGzip = gzipSize(own);
    const frameworkGzip = gzipSize(framework);
    return {
      component,
      files: [...all],
      ownGzip,
      frameworkGzip,
      loaderGzip,
      totalGzip: ownGzip + frameworkGzip + loaderGzip,
    };
  });
}

/** What an island loads only later, with import(): its whole closure minus its first load. */
export function lazyChunks(island: IslandSize): { files: string[]; gzip: number } {
  const first = new Set(island.files);
  const files = [...moduleClosure(island.component)].filter((file) => !first.has(file));
  return { files, gzip: gzipSize(files) };
}
