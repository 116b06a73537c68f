// Reading the built site (site/dist) for the build-output checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run 'pnpm --filter @multichannel/site build' first`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file of the build, as site paths ('/table/index.html'). */
export const FILES: string[] = walk(DIST).map((file) => `/${relative(DIST, file).split(sep).join('/')}`);

/** Every HTML page as its URL path ('/table/'), Pagefind's own files excluded. */
export const PAGES: string[] = FILES.filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/')).map(
  (f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f),
);

export function readPage(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(DIST, file), 'utf8');
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The file a site URL path serves, or null (mirrors the static server: dir → index.html). */
export function fileForPath(path: string): string | null {
  if (FILES.includes(path)) return path;
  const index = `${path.endsWith('/') ? path : `${path}/`}index.html`;
  return FILES.includes(index) ? index : null;
}

/** All values of one attribute on one tag in an HTML string (good enough for our own output). */
export function attributes(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1] as string));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The element ids of a page, for anchor checks. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] as string)));
}
