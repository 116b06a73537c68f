// dist/_headers: response headers as data, in the format Netlify and Cloudflare Pages read
// (a path pattern, then indented `Name: value` lines). The build writes it; the local server
// reads it back, so the server sends exactly what a static host would.
import * as z from 'zod';

export const HEADERS_FILE = '_headers';

/** Every path: the only pattern the site needs, since every page gets the same headers. */
export const ALL_PATHS = '/*';

// RFC 9110 field names are tokens; a value must not break a line (that would inject a header).
const HeaderBlock = z.record(
  z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'a header name is a token (letters, digits, -)'),
  z.string().regex(/^[^\r\n]*$/, 'a header value is one line'),
);
export type HeaderBlock = z.infer<typeof HeaderBlock>;

export function formatHeadersFile(headers: HeaderBlock): string {
  const block = HeaderBlock.parse(headers);
  return [
    '# Security headers for every response, written by the site build (site/security/).',
    ALL_PATHS,
    ...Object.entries(block).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** The headers of the `/*` block; throws naming the line when the file is not in that format. */
export function parseHeadersFile(text: string): HeaderBlock {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      blocks.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) {
      throw new Error(
        `${HEADERS_FILE} line ${index + 1}: expected a path, then indented "Name: value" lines`,
      );
    }
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const all = blocks.get(ALL_PATHS);
  if (!all) throw new Error(`${HEADERS_FILE} has no "${ALL_PATHS}" block`);
  const parsed = HeaderBlock.safeParse(all);
  if (!parsed.success) {
    throw new Error(
      `${HEADERS_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
