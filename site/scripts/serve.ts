// The built site (site/dist) over HTTP on 127.0.0.1: `pnpm start` and `pnpm --filter
// @multichannel/site serve [port]` to browse it, and what the end-to-end tests (test/site/) load.
// Files come from sirv (the static server under Vite's preview); this file only adds what a
// host adds: the headers of dist/_headers on every response, GET and HEAD only, Astro's
// `trailingSlash: 'always'` (a page is only at its URL with the slash) and 404.html for the rest.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { HEADERS_FILE, parseHeadersFile } from '../security/headers-file.ts';
import { ALLOWED_METHODS, checkRequest, type RequestCheck } from './request-check.ts';

export const SITE_DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export interface RunningSite {
  origin: string;
  close: () => Promise<void>;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  505: 'HTTP Version Not Supported',
};

/** A file of the build, read again when it changes (the site may be rebuilt while served). */
function latest<T>(file: string, read: (bytes: Buffer) => T): () => T | undefined {
  let known: { mtimeMs: number; value: T } | undefined;
  return () => {
    try {
      const { mtimeMs } = statSync(file);
      if (known?.mtimeMs !== mtimeMs) known = { mtimeMs, value: read(readFileSync(file)) };
    } catch {
      // Missing or half-written for a moment (a rebuild empties dist): keep the last build's.
    }
    return known?.value;
  };
}

export function createSiteServer(root: string = SITE_DIST): Server {
  // A build without its headers is refused, not served bare.
  if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, HEADERS_FILE))) {
    throw new Error(
      `No built site with ${HEADERS_FILE} at ${root}: run 'pnpm --filter @multichannel/site build' first`,
    );
  }
  const headersFile = join(root, HEADERS_FILE);
  const siteHeaders = latest(headersFile, (bytes) => parseHeadersFile(bytes.toString('utf8')));
  // Read once now, so that a malformed file is reported at start, naming its problem.
  const initial = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const headers = () => siteHeaders() ?? initial;
  const notFoundPage = latest(join(root, '404.html'), (bytes) => bytes);
  // Dev mode, as Vite's preview has it: files are looked up per request (never outside root), so
  // a rebuild is served without a restart, with ETags for revalidation.
  const files = sirv(root, { dev: true, etag: true, extensions: [] });

  function plain(response: ServerResponse, status: number, extra: Record<string, string> = {}): void {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
    response.end(`${status} ${STATUS_TEXT[status] ?? ''}\n`);
  }

  function notFound(response: ServerResponse): void {
    const page = notFoundPage();
    if (page) {
      response.writeHead(404, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': page.length,
      });
      response.end(page);
    } else plain(response, 404);
  }

  function answer(check: RequestCheck, request: IncomingMessage, response: ServerResponse): void {
    if (check.kind === 'refuse') plain(response, check.status, check.headers);
    else if (check.kind === 'not-found') notFound(response);
    else {
      request.url = check.url;
      if (check.dropRange) delete request.headers.range;
      files(request, response, () => notFound(response));
    }
  }

  // Host is checked in checkRequest instead, so that its 400 carries the site's headers too.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    for (const [name, value] of Object.entries(headers())) response.setHeader(name, value);
    // sirv pipes a file stream without an error listener: a file removed between its look-up and
    // its read (a rebuild while serving) would throw from the stream and end the process.
    response.on('pipe', (source) => source.on('error', () => response.destroy()));
    try {
      answer(checkRequest(request), request, response);
    } catch (error) {
      // Nothing a client sends may stop the server: answer 500 and keep serving.
      console.error(
        `site server: ${request.method} ${request.url?.slice(0, 200)}: ${(error as Error).message}`,
      );
      if (!response.headersSent) plain(response, 500);
      else response.destroy();
    }
  });

  /** A whole response for a socket Node's HTTP layer has not made a request of. */
  const rawResponse = (status: number, extra: string[] = []) =>
    [
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}`,
      'Connection: close',
      'Content-Length: 0',
      ...extra,
      ...Object.entries(headers()).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n');
  // Requests Node cannot parse (bad request line, headers too large, too slow) get a status
  // with the site's headers too, then the connection closes.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy();
    else {
      const status =
        error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      socket.end(rawResponse(status));
    }
  });
  // CONNECT never reaches the request handler; it is one more method the site does not allow.
  server.on('connect', (_request: IncomingMessage, socket: Socket) => {
    socket.end(rawResponse(405, [`Allow: ${ALLOWED_METHODS.join(', ')}`]));
  });
  // Bounded waits, so that slow or silent clients cannot hold connections open for minutes.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/** Serves root on 127.0.0.1; port 0 picks a free port (what the tests use). */
export async function serveSite(options: { root?: string; port?: number } = {}): Promise<RunningSite> {
  const server = createSiteServer(options.root ?? SITE_DIST);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

// Run directly to browse the built site: `pnpm --filter @multichannel/site serve [port]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  try {
    const site = await serveSite({ port });
    console.log(`Multichannel Advisor site: ${site.origin}/ (Ctrl+C to stop)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
