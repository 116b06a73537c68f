import { describe, expect, it } from 'vitest';
import { cspHash, inlineSources } from './inline-sources.ts';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('cspHash', () => {
  it('gives the CSP hash source of a text (the example of the CSP specification)', () => {
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('inlineSources', () => {
  it('hashes inline scripts, style elements and style attributes, not scripts loaded from a file', () => {
    const found = inlineSources(
      page(
        '<meta charset="utf-8"><script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>',
        '<svg style="--size: 1em"></svg><template><script>b()</script></template>',
      ),
    );
    expect(found.scripts).toEqual([cspHash('a()'), cspHash('b()')]);
    expect(found.styles).toEqual([cspHash('p{}')]);
    expect(found.styleAttributes).toEqual([cspHash('--size: 1em')]);
    expect(found.blocked).toEqual([]);
  });

  it('hashes attribute values as the browser reads them, entities decoded', () => {
    expect(inlineSources(page('', '<p style="content: &quot;x&quot;"></p>')).styleAttributes).toEqual([
      cspHash('content: "x"'),
    ]);
  });

  it('reports inline event handlers and javascript: URLs, which no hash can admit', () => {
    const found = inlineSources(page('', '<button onclick="go()"></button><a href=" JavaScript:go()">x</a>'));
    expect(found.blocked).toEqual(['<button onclick="…">', '<a href="javascript:…">']);
  });

  it('puts the policy right after <meta charset>, or at the start of <head> without one', () => {
    const withCharset = page('<meta charset="utf-8"><title>t</title>');
    expect(withCharset.slice(inlineSources(withCharset).metaOffset)).toMatch(/^<title>/);
    const without = page('<title>t</title>');
    expect(without.slice(inlineSources(without).metaOffset)).toMatch(/^<title>/);
  });

  it('notices a CSP meta element already there', () => {
    expect(inlineSources(page('<meta http-equiv="Content-Security-Policy" content="x">')).hasPolicyMeta).toBe(
      true,
    );
    expect(inlineSources(page('')).hasPolicyMeta).toBe(false);
  });

  it('refuses a page with no <head> start tag', () => {
    expect(() => inlineSources('<p>no head</p>')).toThrow(/no <head>/);
  });
});
