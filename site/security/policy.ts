// The site's security policy, the one source of truth for it: the build writes it into every page
// (a CSP meta element) and into dist/_headers for static hosts, and the local server sends
// dist/_headers on every response. Only the hashes come from the build (security/inline-sources.ts).

/** What a page or the whole site runs inline, as CSP hash sources ('sha256-…'). */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
  /** Hashes of `style="…"` attribute values (Starlight sets a few custom properties that way). */
  styleAttributes: readonly string[];
}

/**
 * Directives besides the hashed ones. `'wasm-unsafe-eval'` lets Pagefind (the site's search)
 * compile its WebAssembly; it allows no JavaScript eval. Everything else comes from our origin.
 */
const FIXED_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** Browsers ignore (and warn about) frame-ancestors in a meta element: header only. */
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [['frame-ancestors', "'none'"]];

/** Headers every response carries besides the CSP. */
export const FIXED_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The site needs no referrer, not even to Microsoft Learn's pages it links to.
  'Referrer-Policy': 'no-referrer',
  // Frame protection for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

const quoted = (hashes: readonly string[]) => [...new Set(hashes)].sort().map((hash) => `'${hash}'`);

/** The Content-Security-Policy for a delivery: the HTTP header, or a page's meta element. */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: 'header' | 'meta'): string {
  const directives: (readonly string[])[] = [
    ...FIXED_DIRECTIVES,
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...quoted(hashes.scripts)],
    ['style-src', "'self'", ...quoted(hashes.styles)],
    // 'unsafe-hashes' admits only attribute values whose hash is listed, never arbitrary ones.
    hashes.styleAttributes.length > 0
      ? ['style-src-attr', "'unsafe-hashes'", ...quoted(hashes.styleAttributes)]
      : ['style-src-attr', "'none'"],
    ...(delivery === 'header' ? HEADER_ONLY_DIRECTIVES : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Every security header of a response, given the site's inline hashes. */
export function securityHeaders(hashes: InlineHashes): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(hashes, 'header'), ...FIXED_HEADERS };
}

/** The meta element's referrer value, the same policy for hosts that send no headers. */
export const REFERRER_POLICY = FIXED_HEADERS['Referrer-Policy'] as string;
