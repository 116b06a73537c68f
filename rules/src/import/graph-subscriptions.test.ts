// Graph directory subscriptions: who created each one, told by ownerTenantId and your tenant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table } from '../test-support.ts';
import { type ImportOptions, importFile, importText } from './detect.ts';
import { subscriptionFacts } from './facts.ts';

const PARTNER = '11111111-2222-4333-8444-555555555555';
const bytes = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const rows = (name: string, options: ImportOptions = {}) =>
  subscriptionFacts(table, [importFile(name, bytes(name), options)]);

describe('Graph directory subscriptions', () => {
  it('tells this partner, another partner and no partner apart with your tenant id', () => {
    const [yours, other, none] = rows('graph-directory-subscriptions.json', { partnerTenant: PARTNER });
    expect(yours?.facts).toEqual({ channel: 'this-partner', billing: 'license' });
    expect(other?.facts).toEqual({ billing: 'license' });
    expect(other?.findings[0]?.candidates).toEqual(['other-csp-partner', 'syndication-partner', 'advisor']);
    expect(none?.facts).toEqual({ billing: 'license' });
    expect(none?.findings[0]?.candidates).toEqual(['microsoft-direct', 'ea']);
  });

  it('compares tenant ids ignoring case', () => {
    const [yours] = rows('graph-directory-subscriptions.json', { partnerTenant: PARTNER.toUpperCase() });
    expect(yours?.facts.channel).toBe('this-partner');
  });

  it('without your tenant id, a partner-created subscription may be yours: unknown', () => {
    const [yours] = rows('graph-directory-subscriptions.json');
    expect(yours?.facts.channel).toBeUndefined();
    expect(yours?.findings[0]?.candidates).toContain('this-partner');
    expect(yours?.findings[0]?.readings[0]?.key).toBe('read.graph.owner-no-tenant');
  });

  it('keys rows by commerceSubscriptionId, the id Partner Center knows', () => {
    const [yours] = rows('graph-directory-subscriptions.json');
    expect(yours?.id).toBe('eeeeeeee-0000-4000-8000-000000000001');
  });

  it('reads Get-MgDirectorySubscription | ConvertTo-Json, a single object', () => {
    const [one, ...rest] = rows('powershell-mg-directory-subscription.json', { partnerTenant: PARTNER });
    expect(rest).toEqual([]);
    expect(one).toMatchObject({ name: 'POWER_BI_PRO', facts: { billing: 'license' } });
    expect(one?.findings[0]?.readings[0]?.key).toBe('read.graph.owner-other');
  });

  it('an export without ownerTenantId does not narrow the channel', () => {
    const file = importText(
      'g.json',
      JSON.stringify({ value: [{ id: 'x1', skuPartNumber: 'EMS', '@odata.type': 'c' }] }),
    );
    const [row] = subscriptionFacts(table, [file]);
    expect(row?.findings[0]?.readings[0]?.key).toBe('read.graph.owner-absent');
    expect(row?.facts.channel).toBeUndefined();
  });
});
