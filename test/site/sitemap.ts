// The pages of the built site, as its sitemap lists them (the sitemap is what search engines
// and our accessibility run both trust to be complete).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIST } from '../../site/scripts/serve.ts';

/** Paths (e.g. /hu/table/) of every page in site/dist's sitemap files. */
export function sitemapPaths(dist: string = SITE_DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  return files.flatMap((file) => {
    const xml = readFileSync(join(dist, file), 'utf8');
    return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  });
}
