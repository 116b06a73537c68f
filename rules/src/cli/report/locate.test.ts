import { describe, expect, it } from 'vitest';
import { locator } from './locate.ts';

const TEXT = `{
  "rules": [
    { "id": "a" },
    {
      "id": "b",
      "when": { "channel": { "in": ["ea"] } }
    }
  ],
  "messages": { "hu": { "rule.b.title": "B" } }
}
`;

describe('locating a JSON path in a file', () => {
  const at = locator(TEXT);

  it('gives the line and column of a member by its key', () => {
    expect(at('$.rules[1].when.channel')).toEqual({ line: 6, column: 17 });
    expect(at('$.messages.hu["rule.b.title"]')).toEqual({ line: 9, column: 25 });
  });

  it('gives the position of an array element itself', () => {
    expect(at('$.rules[0]')).toEqual({ line: 3, column: 5 });
    expect(at('$.rules[1].when.channel.in[0]')).toEqual({ line: 6, column: 37 });
    expect(at('$')).toEqual({ line: 1, column: 1 });
  });

  it('points a missing key at the object that should hold it', () => {
    expect(at('$.messages.hu["rule.c.title"]')).toEqual(at('$.messages.hu'));
    expect(at('$.rules[7].id')).toEqual(at('$.rules'));
  });

  it('points every path at the first syntax error of text that is not JSON', () => {
    const broken = locator('{\n  "edition": {\n    "id": 2020-06\n');
    expect(broken('$.edition.id')).toEqual({ line: 3, column: 15 });
    expect(broken('$')).toEqual({ line: 3, column: 15 });
  });

  it('counts lines after Windows line ends and columns in UTF-16 code units', () => {
    const at2 = locator('{\r\n  "a": "é😀",\r\n  "b": 1\r\n}');
    expect(at2('$.b')).toEqual({ line: 3, column: 3 });
    const at3 = locator('{ "😀": 1, "b": 2 }');
    expect(at3('$.b')).toEqual({ line: 1, column: 12 });
  });
});
