// JSON paths as findings and file errors name them: `$.rules[3].when.channel`,
// `$.messages.hu["rule.x.title"]`. Keys that are not plain names are quoted (RFC 9535's
// shorthand allows letters, digits and `_` only), so a key with a dot stays one key.

export type JsonPathSegment = string | number;

const SHORTHAND = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatJsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return SHORTHAND.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The segments of a path written by `formatJsonPath`; undefined when it is not one. */
export function parseJsonPath(path: string): JsonPathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: JsonPathSegment[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    const at = SEGMENT.lastIndex;
    const m = SEGMENT.exec(path);
    if (!m || m.index !== at) return undefined;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3] as string) as string);
  }
  return segments;
}
