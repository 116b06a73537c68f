// A tiny static file server for the built site (site/dist), bound to 127.0.0.1: `pnpm serve`
// to browse the build, and what the end-to-end tests (test/site/) use to get the real build output
// over HTTP, exactly as a host would serve it: directories answer with their index.html, unknown
// paths with 404.html and status 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface RunningSite {
  origin: string;
  close: () => Promise<void>;
}

/** Resolves a URL path to a file inside root, or null (never escapes root). */
export function fileFor(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = resolve(root, `.${normalize(decoded)}`);
  if (candidate !== resolve(root) && !candidate.startsWith(resolve(root) + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

export function createSiteServer(root: string = SITE_DIST): Server {
  return createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    const path = file ?? join(root, '404.html');
    const status = file ? 200 : 404;
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(status, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
}

/** Serves root on 127.0.0.1; port 0 picks a free port (what the tests use). */
export async function serveSite(options: { root?: string; port?: number } = {}): Promise<RunningSite> {
  const root = options.root ?? SITE_DIST;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built site at ${root}: run 'pnpm --filter @multichannel/site build' first`);
  }
  const server = createSiteServer(root);
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}

// Run directly to browse the built site: `pnpm --filter @multichannel/site serve [port]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  const site = await serveSite({ port });
  console.log(`Multichannel Advisor site: ${site.origin}/ (Ctrl+C to stop)`);
}
