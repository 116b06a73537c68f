import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, parseJsonPath } from './json-path.ts';

describe('JSON paths', () => {
  it('writes plain names with dots and quotes every other key', () => {
    expect(formatJsonPath(['rules', 3, 'when', 'channel'])).toBe('$.rules[3].when.channel');
    expect(formatJsonPath(['messages', 'hu', 'rule.x.title'])).toBe('$.messages.hu["rule.x.title"]');
    expect(formatJsonPath(['steps', 'send-reseller-request'])).toBe('$.steps["send-reseller-request"]');
    expect(formatJsonPath([])).toBe('$');
  });

  it('reads back every path it writes', () => {
    const segment = fc.oneof(fc.nat(), fc.string());
    fc.assert(
      fc.property(fc.array(segment), (segments) => {
        expect(parseJsonPath(formatJsonPath(segments))).toEqual(segments);
      }),
    );
  });

  it('rejects what is not such a path', () => {
    for (const bad of ['rules[0]', '$.', '$[x]', '$.rules[0', '$["a"', '$..a']) {
      expect(parseJsonPath(bad)).toBeUndefined();
    }
  });
});
