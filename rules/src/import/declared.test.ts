// The one helper that says what an edition declares, read from the table's own `facts`.
import { describe, expect, it } from 'vitest';
import { copyOfTable, table } from '../test-support.ts';
import { declaredStatuses, declaredValues, declares } from './declared.ts';

describe('declared vocabulary', () => {
  it('reads the shipped edition’s facts and statuses', () => {
    expect(declaredValues(table, 'channel')).toEqual(table.facts.channel?.values);
    expect(declares(table, 'customerIsCspPartner', false)).toBe(true);
    expect(declares(table, 'channel', 'not-a-channel')).toBe(false);
    expect(declares(table, 'no-such-fact')).toBe(false);
    expect(declaredStatuses(table)).toEqual(Object.keys(table.statuses));
  });

  it('follows a table that declares other facts and values', () => {
    const next = copyOfTable();
    next.facts = {
      channel: { use: 'decision', values: ['this-partner', 'volume-licensing', 'former-csp-partner'] },
      commerce: { use: 'decision', values: ['new-commerce', 'legacy'], whenUnknown: 'new-commerce' },
    } as typeof next.facts;
    expect(declares(next, 'channel', 'volume-licensing')).toBe(true);
    expect(declares(next, 'channel', 'ea')).toBe(false);
    expect(declares(next, 'commerce', 'legacy')).toBe(true);
    expect(declares(next, 'billing')).toBe(false);
  });
});
