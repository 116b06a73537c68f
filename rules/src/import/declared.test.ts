// The one helper that says what an edition declares: format 2's `facts`, else today's lists.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../ids.ts';
import { copyOfTable, table } from '../test-support.ts';
import { declaredStatuses, declaredValues, declares } from './declared.ts';

describe('declared vocabulary', () => {
  it('falls back to the lists of ids.ts for a table without a facts section', () => {
    expect(declaredValues(table, 'channel')).toEqual(CHANNELS);
    expect(declares(table, 'customerIsCspPartner', false)).toBe(true);
    expect(declares(table, 'channel', 'volume-licensing')).toBe(false);
    expect(declares(table, 'commerce')).toBe(false);
    expect(declaredStatuses(table)).toContain('needs-info');
  });

  it('reads a format 2 table’s own facts and statuses', () => {
    const next = Object.assign(copyOfTable(), {
      facts: {
        channel: { use: 'decision', values: ['this-partner', 'volume-licensing', 'former-csp-partner'] },
        commerce: { use: 'decision', values: ['new-commerce', 'legacy'], whenUnknown: 'new-commerce' },
      },
      statuses: { 'already-yours': { kind: 'nothing-to-do' }, 'needs-info': { kind: 'undecided' } },
    });
    expect(declares(next, 'channel', 'volume-licensing')).toBe(true);
    expect(declares(next, 'channel', 'ea')).toBe(false);
    expect(declares(next, 'commerce', 'legacy')).toBe(true);
    // Declared facts are the table's alone: no fallback for a fact it leaves out.
    expect(declares(next, 'billing')).toBe(false);
    expect(declaredStatuses(next)).toEqual(['already-yours', 'needs-info']);
  });
});
