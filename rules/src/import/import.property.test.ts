// Property tests: random well-formed files never crash an importer and are read back exactly;
// random corruptions of the fixtures give one of the documented errors, never a crash and never
// a partial import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { table } from '../test-support.ts';
import { importFile, importText } from './detect.ts';
import { IMPORT_ERROR_CODES, ImportError } from './errors.ts';
import { subscriptionFacts } from './facts.ts';
import { KNOWN_QUOTA_IDS } from './quota-id.ts';

const dir = join(import.meta.dirname, 'fixtures');
const FIXTURES = [
  'arm-subscriptions.json',
  'powershell-az-subscription.json',
  'resource-graph.csv',
  'billing-accounts-ea.json',
  'az-billing-account-list-mca.json',
  'graph-directory-subscriptions.json',
  'powershell-mg-directory-subscription.json',
  'partner-center-subscriptions.json',
];

const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const id = fc.uuid();
const quotaId = fc.oneof(
  fc.constantFrom(...KNOWN_QUOTA_IDS),
  fc.stringMatching(/^[A-Za-z]{1,12}_20\d\d-\d\d-\d\d$/),
);

const armFile = fc.array(fc.record({ subscriptionId: id, displayName: name, quotaId }), { maxLength: 20 });

describe('random well-formed files', () => {
  it('ARM subscriptions: read whole, names and quotaIds kept', () => {
    fc.assert(
      fc.property(armFile, (subs) => {
        const text = JSON.stringify({
          value: subs.map((s) => ({
            ...s,
            subscriptionPolicies: { quotaId: s.quotaId },
            quotaId: undefined,
          })),
        });
        if (subs.length === 0) return;
        const file = importText('a.json', text);
        expect(file.records.map((r) => [r.id, r.name, r.quotaId])).toEqual(
          subs.map((s) => [s.subscriptionId, s.displayName, s.quotaId]),
        );
        subscriptionFacts(table, [file]);
      }),
    );
  });

  it('Resource Graph CSV with quotes, delimiters and newlines in names', () => {
    const tricky = fc.oneof(
      name,
      fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded ', ';semi;'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ subscriptionId: id, name: tricky, quotaId }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const text = Papa.unparse(rows, { columns: ['subscriptionId', 'name', 'quotaId'] });
          const file = importText('r.csv', text);
          expect(file.records.map((r) => r.name)).toEqual(rows.map((r) => r.name));
        },
      ),
    );
  });

  it('Get-AzSubscription output and billing accounts never crash, one object or many', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ SubscriptionId: id, Name: name, QuotaId: quotaId }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.array(
          fc.record({
            id: name,
            agreementType: fc.constantFrom(
              'EnterpriseAgreement',
              'MicrosoftCustomerAgreement',
              'MicrosoftOnlineServicesProgram',
              'MicrosoftPartnerAgreement',
              'Other',
            ),
            billingRelationshipTypes: fc.option(fc.array(fc.constantFrom('Direct', 'CSPCustomer')), {
              nil: undefined,
            }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (subs, accounts) => {
          const shaped = subs.map(({ QuotaId, ...s }) => ({ ...s, SubscriptionPolicies: { QuotaId } }));
          const ps = importText('ps.json', JSON.stringify(shaped.length === 1 ? shaped[0] : shaped));
          const rest = importText(
            'b.json',
            JSON.stringify({ value: accounts.map(({ id, ...properties }) => ({ id, properties })) }),
          );
          const az = importText('az.json', JSON.stringify(accounts));
          expect(rest.billingAccounts).toEqual(az.billingAccounts.map((a) => ({ ...a, file: 'b.json' })));
          expect(subscriptionFacts(table, [ps, rest]).length).toBe(
            new Set(subs.map((s) => s.SubscriptionId)).size,
          );
        },
      ),
    );
  });

  it('Graph and Partner Center files never crash, with or without your tenant id', () => {
    const owner = fc.option(fc.uuid(), { nil: null });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id,
            commerceSubscriptionId: fc.option(id, { nil: null }),
            skuPartNumber: name,
            ownerTenantId: owner,
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.array(
          fc.record({
            id,
            offerId: fc.oneof(id, name),
            billingType: fc.constantFrom('license', 'usage', 'none', 'LICENSE'),
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.option(fc.uuid(), { nil: undefined }),
        (graph, pc, partnerTenant) => {
          const options = partnerTenant ? { partnerTenant } : {};
          const files = [
            importText('g.json', JSON.stringify({ value: graph }), options),
            importText('p.json', JSON.stringify({ items: pc }), options),
          ];
          const rows = subscriptionFacts(table, files);
          expect(rows.length).toBeLessThanOrEqual(graph.length + pc.length);
          // The same subscriptions as Get-MgDirectorySubscription prints them read alike.
          const shell = graph.map((g) => ({
            Id: g.id,
            CommerceSubscriptionId: g.commerceSubscriptionId,
            SkuPartNumber: g.skuPartNumber,
            OwnerTenantId: g.ownerTenantId,
          }));
          const fromShell = importText(
            's.json',
            JSON.stringify(shell.length === 1 ? shell[0] : shell),
            options,
          );
          expect(subscriptionFacts(table, [fromShell]).map((r) => r.facts)).toEqual(
            subscriptionFacts(table, [files[0] as (typeof files)[number]]).map((r) => r.facts),
          );
        },
      ),
    );
  });
});

/** A corruption gives a documented error or (for cuts at a row boundary) a smaller whole file. */
function importOrError(file: string, data: Uint8Array): ImportError | 'ok' {
  try {
    importFile(file, data);
    return 'ok';
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(IMPORT_ERROR_CODES).toContain(error.code);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.position.length).toBeGreaterThan(0);
    expect(error.expected.length).toBeGreaterThan(0);
    return error;
  }
}

describe('random corruptions of the fixtures', () => {
  const fixture = fc.constantFrom(...FIXTURES);

  it('truncation: a syntax error with a position (JSON), or a row error (CSV)', () => {
    fc.assert(
      fc.property(fixture, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (name, at) => {
        const data = readFileSync(join(dir, name));
        const cut = data.subarray(0, Math.floor(data.length * at));
        const outcome = importOrError(name, cut);
        if (name.endsWith('.json'))
          expect(outcome === 'ok' ? 'ok' : outcome.code).toMatch(/syntax|encoding|unknown-format/);
        else if (outcome !== 'ok')
          expect(outcome.code).toMatch(/syntax|shape|encoding|no-quota-id|unknown-format/);
      }),
    );
  });

  it('wrong types: a shape error at the JSON path of the changed field', () => {
    const jsonFixtures = FIXTURES.filter((f) => f.endsWith('.json'));
    fc.assert(
      fc.property(
        fc.constantFrom(...jsonFixtures),
        fc.nat(),
        fc.constantFrom(42, true, [], {}),
        (name, pick, wrong) => {
          const value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
          const items: Record<string, unknown>[] = Array.isArray(value)
            ? value
            : (value.value ?? value.items ?? [value]);
          const item = items[pick % items.length] as Record<string, unknown>;
          // The field every format requires: its id.
          const key = ['subscriptionId', 'SubscriptionId', 'id', 'Id'].find((k) => k in item) as string;
          item[key] = wrong;
          const outcome = importOrError(name, new TextEncoder().encode(JSON.stringify(value)));
          expect(outcome).not.toBe('ok');
          if (outcome !== 'ok') {
            expect(['shape', 'unknown-format']).toContain(outcome.code);
            if (outcome.code === 'shape') expect(outcome.position).toContain(key);
          }
        },
      ),
    );
  });

  it('a byte-order mark changes nothing', () => {
    fc.assert(
      fc.property(fixture, (name) => {
        const data = readFileSync(join(dir, name));
        const stripped = data[0] === 0xef ? data.subarray(3) : data;
        const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), stripped]);
        expect(importFile(name, withBom)).toEqual(importFile(name, stripped));
      }),
      { numRuns: FIXTURES.length * 2 },
    );
  });

  it('wrong encoding: a byte that is not UTF-8 is an encoding error at its line', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), fc.constantFrom(0xe9, 0xff, 0xc3), (name, pick, byte) => {
        const data = Buffer.from(readFileSync(join(dir, name)));
        const at = 4 + (pick % (data.length - 8));
        const broken = Buffer.concat([data.subarray(0, at), Buffer.from([byte, 0x20]), data.subarray(at)]);
        const outcome = importOrError(name, broken);
        expect(outcome).not.toBe('ok');
        if (outcome !== 'ok') {
          expect(outcome.code).toBe('encoding');
          expect(outcome.position).toMatch(/^line \d+, column \d+$/);
        }
      }),
    );
  });
});
