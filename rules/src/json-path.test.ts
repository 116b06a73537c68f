import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPath } from './json-path.ts';
import { jsonPath } from './parse-table.ts';

describe('reading JSON paths', () => {
  it('reads plain names, indexes and quoted keys', () => {
    expect(parseJsonPath('$.rules[3].when.channel')).toEqual(['rules', 3, 'when', 'channel']);
    expect(parseJsonPath('$.messages.hu["rule.x.title"]')).toEqual(['messages', 'hu', 'rule.x.title']);
    expect(parseJsonPath('$')).toEqual([]);
  });

  it('reads back every path jsonPath writes', () => {
    const segment = fc.oneof(fc.nat(), fc.string());
    fc.assert(
      fc.property(fc.array(segment), (segments) => {
        expect(parseJsonPath(jsonPath(segments))).toEqual(segments);
      }),
    );
  });

  it('rejects what is not such a path', () => {
    for (const bad of ['rules[0]', '$.', '$[x]', '$.rules[0', '$["a"', '$..a']) {
      expect(parseJsonPath(bad)).toBeUndefined();
    }
  });
});
