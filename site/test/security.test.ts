// The built site is under its security policy: each page's CSP meta element admits exactly what
// the page runs inline, and dist/_headers (for hosts and our server) admits what every page runs.
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../security/headers-file.ts';
import { inlineSources } from '../security/inline-sources.ts';
import { decodeEntities, PAGES, readDist, readPage } from './dist.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

/** A policy's sources per directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name as string, sources];
    }),
  );
}

/** What a page needs admitted: its inline scripts, styles and style attributes, per directive. */
function needs(html: string): [string, readonly string[]][] {
  const found = inlineSources(html);
  return [
    ['script-src', found.scripts],
    ['style-src', found.styles],
    ['style-src-attr', found.styleAttributes],
  ];
}

const headers = parseHeadersFile(readDist('_headers'));
const headerPolicy = directives(headers['Content-Security-Policy'] ?? '');

describe('the security policy of the build', () => {
  it('covers every page, the 404 page included', () => {
    expect(PAGES).toContain('/404.html');
    expect(PAGES.length).toBeGreaterThan(40);
  });

  for (const page of PAGES) {
    it(`${page}: one CSP meta element, early in <head>, admitting each inline script and style by hash`, () => {
      const html = readPage(page);
      const metas = [...html.matchAll(META)];
      expect(metas).toHaveLength(1);
      const meta = metas[0] as RegExpExecArray;
      // Before anything it governs, and the charset still within the first 1024 bytes.
      expect(meta.index).toBeLessThan(html.search(/<script|<style|<link/));
      expect(html.indexOf('<meta charset')).toBeLessThan(1024);
      const policy = directives(decodeEntities(meta[1] as string));
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
      expect(policy.has('frame-ancestors')).toBe(false);
      for (const [directive, hashes] of needs(html)) {
        for (const hash of hashes)
          expect(policy.get(directive), `${directive} ${hash}`).toContain(`'${hash}'`);
        for (const hash of hashes)
          expect(headerPolicy.get(directive), `header ${directive}`).toContain(`'${hash}'`);
      }
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
    });
  }

  it('_headers carries a strict CSP with frame protection, nosniff and a referrer policy', () => {
    expect(headerPolicy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(headerPolicy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
