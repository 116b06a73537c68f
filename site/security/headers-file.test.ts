import { describe, expect, it } from 'vitest';
import { formatHeadersFile, parseHeadersFile } from './headers-file.ts';

const headers = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:",
  'X-Frame-Options': 'DENY',
};

describe('the _headers file', () => {
  it('reads back what it wrote', () => {
    const text = formatHeadersFile(headers);
    expect(text).toMatch(/^#.*\n\/\*\n {2}Content-Security-Policy: default-src/);
    expect(parseHeadersFile(text)).toEqual(headers);
  });

  it('reads the /* block among others, with CRLF line ends', () => {
    const text = '/assets/*\r\n  Cache-Control: immutable\r\n/*\r\n  X-Frame-Options: DENY\r\n';
    expect(parseHeadersFile(text)).toEqual({ 'X-Frame-Options': 'DENY' });
  });

  it('refuses to write a value that would break a line (a header injection)', () => {
    expect(() => formatHeadersFile({ 'X-A': 'a\r\nSet-Cookie: b' })).toThrow(/one line/);
    expect(() => formatHeadersFile({ 'X A': 'a' })).toThrow(/token/);
  });

  it('names the line it cannot read, and a missing /* block', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options: DENY\n  no colon here\n')).toThrow(/line 3/);
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/other\n  X-A: b\n')).toThrow(/no "\/\*" block/);
  });
});
