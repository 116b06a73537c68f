import { describe, expect, it } from 'vitest';
import { diffEditions } from './diff.ts';
import { copyOfTable, table } from './test-support.ts';

describe('diffEditions', () => {
  it('finds no change between an edition and itself', () => {
    expect(diffEditions(table, table)).toMatchObject({ combinations: 32, changed: [], renamed: [] });
  });

  it('lists each combination whose status changed, with both rules', () => {
    // As in later editions: license-based subscriptions may now move between CSP partners.
    const later = copyOfTable();
    later.edition.id = '2099-01';
    const rule = later.rules.find((r) => r.id === 'license-with-other-csp-partner');
    if (!rule) throw new Error('rule missing');
    rule.status = 'request-relationship';
    const diff = diffEditions(table, later);
    expect(diff.changed).toEqual([
      {
        combination: { channel: 'other-csp-partner', billing: 'license', customerIsCspPartner: false },
        before: { status: 'wait-or-cancel', ruleId: 'license-with-other-csp-partner' },
        after: { status: 'request-relationship', ruleId: 'license-with-other-csp-partner' },
      },
    ]);
    expect(diff).toMatchObject({ from: '2020-06', to: '2099-01', renamed: [] });
  });

  it('tells a renamed rule apart from a changed outcome', () => {
    const later = copyOfTable();
    const rule = later.rules.find((r) => r.id === 'syndication-partner');
    if (!rule) throw new Error('rule missing');
    rule.id = 'bought-through-syndication';
    const diff = diffEditions(table, later);
    expect(diff.changed).toEqual([]);
    expect(diff.renamed.map((c) => [c.combination.billing, c.before.ruleId, c.after.ruleId])).toEqual([
      ['license', 'syndication-partner', 'bought-through-syndication'],
      ['usage', 'syndication-partner', 'bought-through-syndication'],
    ]);
  });
});
