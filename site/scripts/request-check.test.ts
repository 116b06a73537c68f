import { describe, expect, it } from 'vitest';
import { checkRequest as check, MAX_URL_LENGTH } from './request-check.ts';

/** An HTTP/1.1 request with a Host header. */
const checkRequest = (method: string | undefined, url: string | undefined, range?: string) =>
  check({ method, url, httpVersion: '1.1', headers: { host: '127.0.0.1', range } });

const serve = (url: string, dropRange = false) => ({ kind: 'serve', url, dropRange });
const notFound = { kind: 'not-found' };
const refuse = (status: number) => ({ kind: 'refuse', status });

describe('checkRequest', () => {
  it('serves a folder as its index.html and a file as itself, the query left out', () => {
    expect(checkRequest('GET', '/')).toEqual(serve('/index.html'));
    expect(checkRequest('HEAD', '/hu/table/?channel=ea#x')).toEqual(serve('/hu/table/index.html'));
    expect(checkRequest('GET', '/favicon.svg')).toEqual(serve('/favicon.svg'));
  });

  it('keeps percent-encoding for the file server, which decodes once', () => {
    expect(checkRequest('GET', '/r%C3%A9gles/')).toEqual(serve('/r%C3%A9gles/index.html'));
  });

  it('accepts the absolute form of a request target', () => {
    expect(checkRequest('GET', 'http://127.0.0.1:4321/table/')).toEqual(serve('/table/index.html'));
  });

  it('answers 505 to HTTP versions other than 1.0 and 1.1, and 400 to HTTP/1.1 without Host', () => {
    for (const httpVersion of ['2.0', '0.9', '1.2', undefined]) {
      expect(check({ method: 'GET', url: '/', httpVersion, headers: { host: 'h' } }), httpVersion).toEqual(
        refuse(505),
      );
    }
    expect(check({ method: 'GET', url: '/', httpVersion: '1.1', headers: {} })).toEqual(refuse(400));
    expect(check({ method: 'GET', url: '/', httpVersion: '1.0', headers: {} }).kind).toBe('serve');
  });

  it('answers 405 with Allow to any other method', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', undefined]) {
      expect(checkRequest(method, '/')).toEqual({
        kind: 'refuse',
        status: 405,
        headers: { Allow: 'GET, HEAD' },
      });
    }
  });

  it('answers 400 to malformed percent-encoding, control characters and targets that are not paths', () => {
    for (const url of ['/%', '/%E0%A4%A', '/%zz/', '/a%00/', '/%0a/', '*', 'table/', '', 'http://[::1/']) {
      expect(checkRequest('GET', url), url).toEqual(refuse(400));
    }
  });

  it('answers 414 to a target longer than any URL of the site', () => {
    expect(checkRequest('GET', `/${'a'.repeat(MAX_URL_LENGTH)}/`)).toEqual(refuse(414));
    expect(checkRequest('GET', `/${'a'.repeat(MAX_URL_LENGTH - 3)}/`).kind).toBe('serve');
  });

  it('finds nothing outside the site: dot segments, encoded or not, backslashes and dotfiles', () => {
    for (const url of [
      '/../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/a/./b.js',
      '/..%2fetc%2fpasswd',
      '/..\\x.js',
      '/.env',
      '/a/.git/config',
      '/%2egit/HEAD',
    ]) {
      expect(checkRequest('GET', url), url).toEqual(notFound);
    }
  });

  it("has trailingSlash: 'always': a page without its slash is not found, a file with an extension is", () => {
    expect(checkRequest('GET', '/table')).toEqual(notFound);
    expect(checkRequest('GET', '/hu')).toEqual(notFound);
    expect(checkRequest('GET', '/sitemap-index.xml')).toEqual(serve('/sitemap-index.xml'));
  });

  it('does not serve the build’s _headers data file', () => {
    expect(checkRequest('GET', '/_headers')).toEqual(notFound);
  });

  it('drops a Range header it cannot honour, and keeps one single range', () => {
    expect(checkRequest('GET', '/favicon.svg', 'bytes=0-10')).toEqual(serve('/favicon.svg'));
    expect(checkRequest('GET', '/favicon.svg', 'bytes=10-')).toEqual(serve('/favicon.svg'));
    for (const range of [
      'bytes=10-2',
      'bytes=-5',
      'bytes=0-1,3-4',
      'items=0-1',
      'bytes=x-y',
      `bytes=0-${'9'.repeat(30)}`,
    ]) {
      expect(checkRequest('GET', '/favicon.svg', range), range).toEqual(serve('/favicon.svg', true));
    }
  });
});
