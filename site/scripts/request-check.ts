// What the site's server does with a request before any file is looked up: a pure decision on
// the version, Host, the method, the request target and the Range header, so that malformed input gets a status
// (400, 404, 405, 414, 505) instead of reaching the file lookup.

export type RequestCheck =
  /** Hand to the file server: `url` names the file (a folder's index.html), still percent-encoded. */
  | { kind: 'serve'; url: string; dropRange: boolean }
  | { kind: 'not-found' }
  | { kind: 'refuse'; status: RefusalStatus; headers?: Record<string, string> };

type RefusalStatus = 400 | 405 | 414 | 505;

/** The parts of a request head the check reads (Node's IncomingMessage has them all). */
export interface RequestHead {
  method?: string | undefined;
  url?: string | undefined;
  /** '1.1', '1.0'; anything else is a version this server does not speak. */
  httpVersion?: string | undefined;
  headers: { host?: string | undefined; range?: string | undefined };
}

export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** Far above any URL of the site (the longest checker link is a few hundred characters). */
export const MAX_URL_LENGTH = 2048;

const refuse = (status: RefusalStatus, headers?: Record<string, string>): RequestCheck =>
  headers ? { kind: 'refuse', status, headers } : { kind: 'refuse', status };

// Controls (NUL included) never name a file of the site.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const HAS_EXTENSION = /\.[^/]+$/;

/** The path of a request target in origin form ('/a/b'), or null when it is not a path. */
function targetPath(url: string): string | null {
  let target = url;
  // Absolute form (`GET http://host/a/ HTTP/1.1`), which HTTP/1.1 servers must accept.
  if (/^https?:\/\//i.test(target)) {
    if (!URL.canParse(target)) return null;
    target = new URL(target).pathname;
  }
  if (!target.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0] as string;
}

/** Whether a Range header is one a file server can honour: one `bytes=start-[end]` range. */
function usableRange(range: string): boolean {
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range);
  if (!match) return false;
  return match[2] === '' || Number(match[2]) >= Number(match[1]);
}

export function checkRequest({ method, url, httpVersion, headers }: RequestHead): RequestCheck {
  if (httpVersion !== '1.1' && httpVersion !== '1.0') return refuse(505);
  // HTTP/1.1 requires Host (RFC 9112 §3.2); checked here so the answer carries the site's headers.
  if (httpVersion === '1.1' && !headers.host) return refuse(400);
  if (!ALLOWED_METHODS.includes(method as (typeof ALLOWED_METHODS)[number])) {
    return refuse(405, { Allow: ALLOWED_METHODS.join(', ') });
  }
  if (!url) return refuse(400);
  if (url.length > MAX_URL_LENGTH) return refuse(414);
  const path = targetPath(url);
  if (path === null) return refuse(400);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return refuse(400);
  }
  if (CONTROL.test(decoded)) return refuse(400);
  const segments = decoded.split('/');
  // Dot segments and backslashes never name a file of the build; nor do dotfiles (.env, .git).
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\\'))) {
    return { kind: 'not-found' };
  }
  // trailingSlash: 'always', as `astro preview` has it: a page's URL ends with a slash, so a
  // path without one is not a page unless it names a file (favicon.svg).
  const last = segments.at(-1) as string;
  if (last !== '' && !HAS_EXTENSION.test(last)) return { kind: 'not-found' };
  // The build's own data file for hosts, not a page.
  if (decoded === '/_headers') return { kind: 'not-found' };
  return {
    kind: 'serve',
    url: path.endsWith('/') ? `${path}index.html` : path,
    dropRange: headers.range !== undefined && !usableRange(headers.range),
  };
}
