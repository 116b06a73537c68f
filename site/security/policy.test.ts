import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FIXED_HEADERS, securityHeaders } from './policy.ts';

const hashes = {
  scripts: ['sha256-b', 'sha256-a', 'sha256-b'],
  styles: ['sha256-s'],
  styleAttributes: ['sha256-attr'],
};

/** A policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name as string, sources];
    }),
  );
}

describe('the content security policy', () => {
  it('admits inline scripts by hash only, each once, and never unsafe-inline or eval', () => {
    const scriptSrc = directives(contentSecurityPolicy(hashes, 'header')).get('script-src');
    expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(contentSecurityPolicy(hashes, 'header')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('admits style attributes only by their hashes, and none when a page has none', () => {
    expect(directives(contentSecurityPolicy(hashes, 'meta')).get('style-src-attr')).toEqual([
      "'unsafe-hashes'",
      "'sha256-attr'",
    ]);
    const none = contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] }, 'meta');
    expect(directives(none).get('style-src-attr')).toEqual(["'none'"]);
    expect(directives(none).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('forbids framing in the header, and leaves it out of the meta element that browsers ignore it in', () => {
    expect(directives(contentSecurityPolicy(hashes, 'header')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy(hashes, 'meta')).has('frame-ancestors')).toBe(false);
  });

  it('keeps plugins out and the base URL fixed', () => {
    const policy = directives(contentSecurityPolicy(hashes, 'meta'));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});

describe('the security headers', () => {
  it('carry the header policy, nosniff, a referrer policy and frame protection', () => {
    const headers = securityHeaders(hashes);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(hashes, 'header'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe(FIXED_HEADERS['Referrer-Policy']);
  });
});
