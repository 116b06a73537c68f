// The post-build step that puts the site under its policy (security/policy.ts): each page gets a
// CSP meta element admitting, by hash, exactly the inline scripts and styles that page has
// (Starlight's theme and sidebar scripts, Astro's island loader), and dist/_headers gets the
// headers with the union of every page's hashes, for hosts and for our own server.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, HEADERS_FILE } from './headers-file.ts';
import { inlineSources } from './inline-sources.ts';
import { contentSecurityPolicy, type InlineHashes, REFERRER_POLICY, securityHeaders } from './policy.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The elements a page gets, in the first bytes of its head. */
export function policyMeta(hashes: InlineHashes): string {
  return (
    `<meta http-equiv="content-security-policy" content="${attribute(contentSecurityPolicy(hashes, 'meta'))}">` +
    `<meta name="referrer" content="${attribute(REFERRER_POLICY)}">`
  );
}

/** Applies the policy to every page of a built site in dir; returns the site-wide headers. */
export function applyPolicy(dir: string): Record<string, string> {
  const site = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const name = relative(dir, file);
    let page: ReturnType<typeof inlineSources>;
    try {
      page = inlineSources(html);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (page.hasPolicyMeta)
      problems.push(`${name}: already has a CSP meta element (only security/ may add one)`);
    for (const blocked of page.blocked) problems.push(`${name}: ${blocked} cannot run under the policy`);
    for (const key of ['scripts', 'styles', 'styleAttributes'] as const) {
      for (const hash of page[key]) site[key].add(hash);
    }
    writeFileSync(file, html.slice(0, page.metaOffset) + policyMeta(page) + html.slice(page.metaOffset));
  }
  if (problems.length > 0) throw new Error(`The security policy cannot be applied:\n${problems.join('\n')}`);
  const headers = securityHeaders({
    scripts: [...site.scripts],
    styles: [...site.styles],
    styleAttributes: [...site.styleAttributes],
  });
  writeFileSync(join(dir, HEADERS_FILE), formatHeadersFile(headers));
  return headers;
}

export function securityPolicy(): AstroIntegration {
  return {
    name: 'multichannel:security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const headers = applyPolicy(fileURLToPath(dir));
        logger.info(
          `CSP applied to every page; ${HEADERS_FILE} written (${Object.keys(headers).length} headers)`,
        );
      },
    },
  };
}
