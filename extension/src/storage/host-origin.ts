// An extra Partner Center host as the user types it, turned into the origin the extension keeps:
// the same string the browser gives as `location.origin` on that site, since the content script
// and the page detector compare origins as strings, and the match pattern `${origin}/*` the
// browser grants and the content script is registered on.
import { PARTNER_CENTER_ORIGIN } from '../page/detect.ts';

export type HostOriginResult =
  | { ok: true; origin: string }
  /** `built-in`: partner.microsoft.com, which the extension always covers. */
  | { ok: false; error: 'invalid' | 'built-in' };

// Host names and IPv4 addresses, lower-case (as the URL parser leaves them, with
// international names in punycode); no wildcard, which would be a different match pattern.
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * An https address without a path, query or fragment (trailing slashes are fine), without
 * credentials or a port (match patterns in Firefox have no port); normalized to its origin.
 */
export function parseHostOrigin(input: string): HostOriginResult {
  const text = input.trim();
  if (!/^https:\/\//i.test(text) || !URL.canParse(text)) return { ok: false, error: 'invalid' };
  const url = new URL(text);
  if (
    url.username ||
    url.password ||
    url.port ||
    !/^\/+$/.test(url.pathname) ||
    text.includes('?') ||
    text.includes('#') ||
    !HOST.test(url.hostname)
  ) {
    return { ok: false, error: 'invalid' };
  }
  if (url.origin === PARTNER_CENTER_ORIGIN) return { ok: false, error: 'built-in' };
  return { ok: true, origin: url.origin };
}

/** Whether `origin` is already what `parseHostOrigin` makes of it (for stored settings). */
export const isHostOrigin = (origin: string) => {
  const parsed = parseHostOrigin(origin);
  return parsed.ok && parsed.origin === origin;
};
