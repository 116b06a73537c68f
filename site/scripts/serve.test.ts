// The server on a small site of its own (the built site's cases are in test/site/server.e2e.ts):
// the headers of _headers on every answer, and a rebuild served without a restart or a crash.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHeadersFile } from '../security/headers-file.ts';
import { type RunningSite, serveSite } from './serve.ts';

const HEADERS = { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' };
let root: string;
let site: RunningSite;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mca-site-'));
  writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>home</title>');
  writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>not found</title>');
  writeFileSync(join(root, 'gone.txt'), 'soon removed');
  writeFileSync(join(root, '_headers'), formatHeadersFile(HEADERS));
  site = await serveSite({ root });
});

afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveSite', () => {
  it('sends the headers of _headers with pages, 404s and refusals alike', async () => {
    for (const [method, path, status] of [
      ['GET', '/', 200],
      ['GET', '/missing/', 404],
      ['DELETE', '/', 405],
      ['GET', '/%E0%A4%A', 400],
    ] as const) {
      const response = await fetch(`${site.origin}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(HEADERS['Content-Security-Policy']);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      await response.arrayBuffer();
    }
  });

  it('answers unknown pages with 404.html', async () => {
    const response = await fetch(`${site.origin}/missing/`);
    expect(await response.text()).toContain('<title>not found</title>');
  });

  it('serves a rebuild without a restart: new files, removed files, new headers', async () => {
    writeFileSync(join(root, 'new.txt'), 'added after the start');
    expect(await (await fetch(`${site.origin}/new.txt`)).text()).toBe('added after the start');
    rmSync(join(root, 'gone.txt'));
    expect((await fetch(`${site.origin}/gone.txt`)).status).toBe(404);
    const rebuilt = { ...HEADERS, 'X-Frame-Options': 'SAMEORIGIN' };
    writeFileSync(join(root, '_headers'), formatHeadersFile(rebuilt));
    utimesSync(join(root, '_headers'), new Date(), new Date(Date.now() + 5_000));
    expect((await fetch(`${site.origin}/`)).headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('keeps the last headers while _headers is missing or half-written', async () => {
    rmSync(join(root, '_headers'));
    expect((await fetch(`${site.origin}/`)).headers.get('content-security-policy')).toBe(
      HEADERS['Content-Security-Policy'],
    );
    writeFileSync(join(root, '_headers'), '/*\n  Content-Security');
    utimesSync(join(root, '_headers'), new Date(), new Date(Date.now() + 10_000));
    const response = await fetch(`${site.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(HEADERS['Content-Security-Policy']);
  });

  it('refuses to serve a folder without _headers', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'mca-bare-'));
    writeFileSync(join(bare, 'index.html'), '<!DOCTYPE html>');
    await expect(serveSite({ root: bare })).rejects.toThrow(
      /_headers.*run 'pnpm --filter @multichannel\/site build'/,
    );
    rmSync(bare, { recursive: true, force: true });
  });
});
