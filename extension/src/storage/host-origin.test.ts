// What the options page accepts as an extra Partner Center host, and what it keeps of it.
import { expect, it } from 'vitest';
import { isHostOrigin, parseHostOrigin } from './host-origin.ts';
import { ExtraHost } from './settings.ts';

it.each([
  ['https://partner.example.gov', 'https://partner.example.gov'],
  ['https://partner.example.gov/', 'https://partner.example.gov'],
  ['https://partner.example.gov//', 'https://partner.example.gov'],
  ['  https://partner.example.gov  ', 'https://partner.example.gov'],
  ['https://Partner.Example.GOV', 'https://partner.example.gov'],
  ['HTTPS://partner.example.gov', 'https://partner.example.gov'],
  // The default port is no port.
  ['https://partner.example.gov:443', 'https://partner.example.gov'],
  // International names as the browser's location.origin gives them.
  ['https://partnerközpont.example', 'https://xn--partnerkzpont-pmb.example'],
  ['https://10.0.0.5', 'https://10.0.0.5'],
])('accepts %s as %s', (input, origin) => {
  expect(parseHostOrigin(input)).toEqual({ ok: true, origin });
  expect(isHostOrigin(origin)).toBe(true);
});

it.each([
  ['nothing', ''],
  ['no scheme', 'partner.example.gov'],
  ['http', 'http://partner.example.gov'],
  ['another scheme', 'ftp://partner.example.gov'],
  ['no slashes', 'https:partner.example.gov'],
  ['a path', 'https://partner.example.gov/dashboard'],
  ['a path with a trailing slash', 'https://partner.example.gov/en-us/'],
  ['a query', 'https://partner.example.gov/?tab=1'],
  ['an empty query', 'https://partner.example.gov?'],
  ['a fragment', 'https://partner.example.gov#top'],
  ['credentials', 'https://user:secret@partner.example.gov'],
  ['a port', 'https://partner.example.gov:8443'],
  ['a wildcard', 'https://*.example.gov'],
  ['an IPv6 address', 'https://[::1]'],
  ['no host', 'https://'],
  ['a space in the host', 'https://partner example.gov'],
])('refuses an address with %s', (_, input) => {
  expect(parseHostOrigin(input)).toEqual({ ok: false, error: 'invalid' });
});

it.each(['https://partner.microsoft.com', 'https://partner.microsoft.com/', 'https://PARTNER.microsoft.com'])(
  'refuses %s: the extension always covers it',
  (input) => {
    expect(parseHostOrigin(input)).toEqual({ ok: false, error: 'built-in' });
  },
);

it('covers only partner.microsoft.com itself, not other Microsoft hosts', () => {
  expect(parseHostOrigin('https://partner.microsoft.us')).toEqual({
    ok: true,
    origin: 'https://partner.microsoft.us',
  });
});

it('stores only origins as parsed', () => {
  const host = (origin: string) => ExtraHost.safeParse({ origin, cloud: 'us-government' }).success;
  expect(host('https://partner.example.gov')).toBe(true);
  expect(host('https://Partner.example.gov')).toBe(false);
  expect(host('https://partner.example.gov/')).toBe(false);
  expect(host('https://partner.example.gov:8443')).toBe(false);
  expect(host('https://partner.microsoft.com')).toBe(false);
});
