// The site's server (site/scripts/serve.ts, what `pnpm start` runs) against malformed and hostile
// requests, written byte for byte on raw loopback sockets (node:net) since fetch cannot send
// most of them. Each case expects a status, the site's security headers on the answer, nothing
// from outside the build, and a server that still serves afterwards. The figures go to
// .tmp/reliability/site-server.json for docs/reliability.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIST } from '../../site/scripts/serve.ts';
import { parseHeadersFile } from '../../site/security/headers-file.ts';
import { CaseTally } from '../support/reliability-report.ts';

const SERVE = fileURLToPath(new URL('../../site/scripts/serve.ts', import.meta.url));
/** Long enough for a loaded 2-core machine, short enough to bound a case that gets no answer. */
const ANSWER_TIMEOUT_MS = 5_000;
/** What every answer must carry: the headers the build wrote for hosts, with the same values. */
const SITE_HEADERS = parseHeadersFile(readFileSync(join(SITE_DIST, '_headers'), 'utf8'));
/** Text that would mean a file from outside site/dist was served. */
const OUTSIDE = ['root:x:0:0', '"@multichannel/site"', 'sirv', 'PRIVATE KEY'];

let server: ChildProcess;
let origin: URL;
let serverOutput = '';

const tally = new CaseTally({
  suite: 'site-server',
  title: "The site's local server against malformed requests",
  how:
    'Raw HTTP requests on loopback sockets to the server `pnpm start` runs (a child process): bad ' +
    'percent-encoding, control bytes, overlong targets, traversal, other methods, odd protocol ' +
    'lines and ranges; each must get its status with the security headers, and the server must keep serving.',
});

interface Answer {
  /** Status codes of every response on the connection, in order. */
  statuses: number[];
  /** Header names (lower case) of the first response. */
  headers: Map<string, string>;
  text: string;
}

/** Writes bytes on a fresh connection and reads until the server closes it (or the time is up). */
function exchange(bytes: string | Buffer): Promise<Answer> {
  return new Promise((done, fail) => {
    const socket = connect(Number(origin.port), '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no complete answer within ${ANSWER_TIMEOUT_MS} ms`));
    }, ANSWER_TIMEOUT_MS);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the answer is an answer too
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((m) => Number(m[1]));
      const head = text.split('\r\n\r\n', 1)[0] ?? '';
      const headers = new Map(
        head
          .split('\r\n')
          .slice(1)
          .map((line) => [
            line.slice(0, line.indexOf(':')).toLowerCase(),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
      );
      done({ statuses, headers, text });
    });
  });
}

/** A request with the usual head; `Connection: close` so the answer ends with the connection. */
const request = (method: string, target: string, extra: string[] = [], body = '') =>
  [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...extra, '', body].join('\r\n');
const get = (target: string, extra: string[] = []) => request('GET', target, extra);

interface Case {
  name: string;
  bytes: string | Buffer;
  /** Expected status of each response, in order (one unless requests are pipelined). */
  statuses: number[];
  check?: (answer: Answer) => void;
}

const traversal = (name: string, target: string, status = 404): Case => ({
  name,
  bytes: get(target),
  statuses: [status],
});
const refusedMethod = (method: string, target = '/'): Case => ({
  name: `${method} ${target}`,
  bytes: request(method, target, ['Content-Length: 2'], 'hi'),
  statuses: [405],
  check: (answer) => expect(answer.headers.get('allow')).toBe('GET, HEAD'),
});

const GROUPS: Record<string, Case[]> = {
  'malformed percent-encoding (400)': [
    '/%',
    '/%E0%A4%A',
    '/%zz/',
    '/%%/',
    '/a%/',
    '/%C3%28/',
    '/%ED%A0%80/',
    '/%F0%9F/',
    '/%FF/',
    '/table/%E0%A4%A/?channel=ea',
  ].map((target) => ({ name: target, bytes: get(target), statuses: [400] })),
  'control characters and NUL (400)': [
    { name: '/%00/', bytes: get('/%00/'), statuses: [400] },
    { name: '/index.html%00.txt', bytes: get('/index.html%00.txt'), statuses: [400] },
    { name: 'encoded CR LF (header injection)', bytes: get('/%0d%0aSet-Cookie:%20a=b/'), statuses: [400] },
    { name: '/%7f/', bytes: get('/%7f/'), statuses: [400] },
    {
      name: 'raw NUL in the request line',
      bytes: 'GET /\0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      statuses: [400],
    },
    {
      name: 'raw space in the target',
      bytes: 'GET /a b/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      statuses: [400],
    },
    { name: 'NUL in a header value', bytes: get('/', ['X-A: a\0b']), statuses: [400] },
  ],
  'overlong requests (414, 431)': [
    { name: 'target of 2,049 characters', bytes: get(`/${'a'.repeat(2047)}/`), statuses: [414] },
    { name: 'target of 10,000 characters', bytes: get(`/${'%41'.repeat(3333)}/`), statuses: [414] },
    { name: 'target of 40,000 characters', bytes: get(`/${'a'.repeat(40_000)}/`), statuses: [431] },
    {
      name: 'one header of 40,000 characters',
      bytes: get('/', [`X-Long: ${'b'.repeat(40_000)}`]),
      statuses: [431],
    },
    {
      name: '3,000 headers',
      bytes: get(
        '/',
        Array.from({ length: 3000 }, (_, i) => `X-${i}: ${i}`),
      ),
      statuses: [431],
    },
  ],
  'path traversal (404, nothing from outside the build)': [
    traversal('../ to /etc/passwd', '/../../../../etc/passwd'),
    traversal('encoded slashes', '/..%2f..%2f..%2fetc%2fpasswd'),
    traversal('encoded dots', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd'),
    traversal('double-encoded dots', '/%252e%252e/%252e%252e/etc/passwd'),
    traversal('backslashes', '/..\\..\\..\\etc\\passwd'),
    traversal('encoded backslashes', '/..%5c..%5c..%5cetc%5cpasswd'),
    traversal('out of a page folder', '/table/../../package.json'),
    traversal('to the site package', '/../package.json'),
    traversal('to the server script', '/../scripts/serve.ts'),
    traversal('overlong UTF-8 dots (not UTF-8: 400)', '/%c0%ae%c0%ae/etc/passwd', 400),
    traversal('absolute file path', '//etc/passwd'),
    traversal('dot segment', '/./index.html'),
    traversal('absolute form with dots', 'http://127.0.0.1/../../etc/passwd'),
    traversal('dotfile', '/.env'),
  ],
  'methods other than GET and HEAD (405 with Allow)': [
    ...['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'].map((m) =>
      refusedMethod(m),
    ),
    refusedMethod('OPTIONS', '*'),
    refusedMethod('POST', '/%'),
    {
      name: 'CONNECT 127.0.0.1:443',
      bytes: 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n',
      statuses: [405],
      check: (answer) => expect(answer.headers.get('allow')).toBe('GET, HEAD'),
    },
  ],
  'odd request lines and heads (400, 505)': [
    { name: 'asterisk form with GET', bytes: get('*'), statuses: [400] },
    { name: 'target without a leading slash', bytes: get('table/'), statuses: [400] },
    { name: 'authority form with GET', bytes: get('127.0.0.1:80'), statuses: [400] },
    { name: 'lower-case method', bytes: 'get / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', statuses: [400] },
    { name: 'unknown method', bytes: 'BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', statuses: [400] },
    {
      name: 'HTTP/2.0 in an HTTP/1 line (505)',
      bytes: 'GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n',
      statuses: [505],
    },
    { name: 'HTTP/1.1 without Host', bytes: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', statuses: [400] },
    { name: 'no version (505)', bytes: 'GET /\r\n\r\n', statuses: [505] },
    { name: 'a TLS ClientHello', bytes: Buffer.from('16030100a5010000a10303', 'hex'), statuses: [400] },
    {
      name: 'binary noise',
      bytes: Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 97) % 256)),
      statuses: [400],
    },
    { name: 'header without a colon', bytes: get('/', ['NoColonHere']), statuses: [400] },
    {
      name: 'Content-Length and Transfer-Encoding together',
      bytes: get('/', ['Content-Length: 3', 'Transfer-Encoding: chunked']),
      statuses: [400],
    },
    { name: 'Content-Length not a number', bytes: get('/', ['Content-Length: abc']), statuses: [400] },
    {
      name: 'bad chunked body',
      bytes: request('GET', '/', ['Transfer-Encoding: chunked'], 'zz\r\n'),
      statuses: [400],
    },
    {
      name: 'a malformed request, then a good one on the same connection',
      bytes: `GET /% HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n${get('/')}`,
      statuses: [400, 200],
    },
  ],
  'ranges (honoured, or ignored when malformed)': [
    { name: 'bytes=0-9', bytes: get('/favicon.svg', ['Range: bytes=0-9']), statuses: [206] },
    { name: 'bytes=10-2 (reversed)', bytes: get('/favicon.svg', ['Range: bytes=10-2']), statuses: [200] },
    { name: 'bytes=-5 (suffix)', bytes: get('/favicon.svg', ['Range: bytes=-5']), statuses: [200] },
    { name: 'two ranges', bytes: get('/favicon.svg', ['Range: bytes=0-1,3-4']), statuses: [200] },
    { name: 'bytes=x-y', bytes: get('/favicon.svg', ['Range: bytes=x-y']), statuses: [200] },
    { name: 'past the end', bytes: get('/favicon.svg', ['Range: bytes=99999999-']), statuses: [416] },
    {
      name: 'a 40-digit end',
      bytes: get('/favicon.svg', [`Range: bytes=0-${'9'.repeat(40)}`]),
      statuses: [200],
    },
  ],
  "URLs as trailingSlash: 'always' has them": [
    { name: '/table/', bytes: get('/table/'), statuses: [200] },
    { name: '/table (no slash)', bytes: get('/table'), statuses: [404] },
    { name: '/hu (no slash)', bytes: get('/hu'), statuses: [404] },
    { name: '/favicon.svg', bytes: get('/favicon.svg'), statuses: [200] },
    { name: 'absolute form', bytes: get('http://127.0.0.1/table/'), statuses: [200] },
    { name: 'query and fragment', bytes: get('/checker/?channel=%E0%A4%A#x'), statuses: [200] },
    { name: 'unknown page', bytes: get('/no-such-page/'), statuses: [404] },
    { name: "the build's _headers file", bytes: get('/_headers'), statuses: [404] },
    {
      name: 'HEAD answers without a body',
      bytes: request('HEAD', '/table/'),
      statuses: [200],
      check: (answer) => expect(answer.text.split('\r\n\r\n')[1]).toBe(''),
    },
    {
      name: 'HTTP/1.0 without Host',
      bytes: 'GET / HTTP/1.0\r\n\r\n',
      statuses: [200],
    },
  ],
};

async function stillServing(): Promise<void> {
  const response = await fetch(origin, { signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
}

beforeAll(async () => {
  // The real entry point, in its own process: a crash shows as a dead process, not a dead test.
  server = spawn(process.execPath, [SERVE, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk) => {
    serverOutput += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    serverOutput += chunk;
  });
  origin = await new Promise<URL>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start: ${serverOutput}`)), 20_000);
    server.stdout?.on('data', () => {
      const printed = /http:\/\/127\.0\.0\.1:\d+\//.exec(serverOutput);
      if (printed) {
        clearTimeout(timer);
        done(new URL(printed[0]));
      }
    });
    server.on('exit', (code) => fail(new Error(`the server exited (${code}): ${serverOutput}`)));
  });
});

afterAll(() => {
  server?.kill();
  tally.write();
});

describe("the site's server against malformed requests", () => {
  for (const [group, cases] of Object.entries(GROUPS)) {
    describe(group, () => {
      for (const testCase of cases) {
        it(
          testCase.name,
          tally.declare(group, async () => {
            const answer = await exchange(testCase.bytes);
            expect(answer.statuses).toEqual(testCase.statuses);
            for (const [name, value] of Object.entries(SITE_HEADERS)) {
              expect(answer.headers.get(name.toLowerCase()), name).toBe(value);
            }
            for (const text of OUTSIDE) expect(answer.text).not.toContain(text);
            testCase.check?.(answer);
            await stillServing();
          }),
        );
      }
    });
  }

  it(
    'answers 50 connections opened at once',
    tally.declare('concurrency and abandoned connections', async () => {
      const answers = await Promise.all(Array.from({ length: 50 }, () => exchange(get('/table/'))));
      expect(answers.map((a) => a.statuses)).toEqual(Array(50).fill([200]));
    }),
  );

  it(
    'keeps serving after clients hang up mid-request',
    tally.declare('concurrency and abandoned connections', async () => {
      await Promise.all(
        Array.from(
          { length: 20 },
          () =>
            new Promise<void>((done) => {
              const socket = connect(Number(origin.port), '127.0.0.1', () => {
                socket.write('GET /table/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ');
                socket.destroy();
                done();
              });
            }),
        ),
      );
      await stillServing();
    }),
  );

  it('is still running and logged no error', () => {
    expect(server.exitCode).toBeNull();
    expect(serverOutput).not.toMatch(/error|exception/i);
  });
});
