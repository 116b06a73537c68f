// Format detection and the documented errors: each names the file, the position and what was
// expected; nothing is imported from a file that has an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorOf as errorOf } from '../test-support.ts';
import { FORMATS, importFile, importText } from './detect.ts';

const dir = join(import.meta.dirname, 'fixtures');
const bytes = (name: string) => readFileSync(join(dir, name));

const EXPECTED_FORMAT: Record<string, string> = {
  'arm-subscriptions.json': 'arm-subscriptions',
  'powershell-az-subscription.json': 'powershell-az-subscription',
  'resource-graph.csv': 'resource-graph-csv',
  'billing-accounts-ea.json': 'billing-accounts',
  'billing-accounts-partner.json': 'billing-accounts',
  'az-billing-account-list-mca.json': 'az-billing-account-list',
  'graph-directory-subscriptions.json': 'graph-directory-subscriptions',
  'powershell-mg-directory-subscription.json': 'powershell-mg-directory-subscription',
  'partner-center-subscriptions.json': 'partner-center-subscriptions',
};

describe('format detection', () => {
  it('every fixture is covered by this test', () => {
    expect(readdirSync(dir).sort()).toEqual([...Object.keys(EXPECTED_FORMAT), 'az-account-list.json'].sort());
  });

  for (const [name, format] of Object.entries(EXPECTED_FORMAT)) {
    it(`${name} is read as ${format}`, () => {
      expect(importFile(name, bytes(name)).format).toBe(format);
    });
  }

  it('answers az account list with the command that gives quotaId', () => {
    const error = errorOf(() => importFile('az-account-list.json', bytes('az-account-list.json')));
    expect(error.code).toBe('no-quota-id');
    expect(error.message).toContain('az-account-list.json');
    expect(error.expected).toContain('az rest --method get');
    expect(error.expected).toContain('resourcecontainers');
  });

  it('answers az account show, one subscription, the same way', () => {
    const one = JSON.parse(bytes('az-account-list.json').toString('utf8'))[0];
    expect(errorOf(() => importText('show.json', JSON.stringify(one))).code).toBe('no-quota-id');
  });

  it('reads a Resource Graph CSV that a spreadsheet saved with semicolons', () => {
    const file = importText(
      'rg.csv',
      'subscriptionId;name;quotaId\ns1;Kft, Budapest;PayAsYouGo_2014-09-01\n',
    );
    expect(file.records.map((r) => [r.id, r.name, r.quotaId])).toEqual([
      ['s1', 'Kft, Budapest', 'PayAsYouGo_2014-09-01'],
    ]);
  });

  it('names every known format when a JSON file matches none', () => {
    const error = errorOf(() => importText('other.json', '{"hello": [1, 2]}'));
    expect(error.code).toBe('unknown-format');
    for (const name of Object.values(FORMATS)) expect(error.expected).toContain(name);
  });

  it('names every known format when a CSV file matches none', () => {
    const error = errorOf(() => importText('other.csv', 'a,b\n1,2\n'));
    expect(error).toMatchObject({ code: 'unknown-format', file: 'other.csv' });
    expect(error.position).toContain('a, b');
  });

  it('an empty file is no known format', () => {
    expect(errorOf(() => importText('empty.json', '  \n')).code).toBe('unknown-format');
  });

  it('an empty list imports as nothing, with a note', () => {
    expect(importText('e.json', '{"value": []}')).toMatchObject({
      records: [],
      notes: [{ key: 'note.empty' }],
    });
  });

  it('says when a file is one page of a longer list', () => {
    const text = JSON.stringify({
      value: [
        { subscriptionId: 's', displayName: 'n', subscriptionPolicies: { quotaId: 'PayAsYouGo_2014-09-01' } },
      ],
      nextLink: 'https://management.azure.com/subscriptions?api-version=2022-12-01&$skiptoken=abc',
    });
    expect(importText('page.json', text).notes).toEqual([{ key: 'note.next-link' }]);
  });
});

describe('documented errors', () => {
  it('truncated JSON: the line and column where it ends', () => {
    const text = bytes('arm-subscriptions.json').toString('utf8').slice(0, 500);
    const error = errorOf(() => importText('cut.json', text));
    expect(error.code).toBe('syntax');
    expect(error.position).toMatch(/^line \d+, column \d+$/);
    expect(error.expected).toContain('truncated');
  });

  it('malformed JSON: the line and column', () => {
    const error = errorOf(() => importText('bad.json', '{\n  "value": [\n    {,}\n  ]\n}'));
    expect(error).toMatchObject({ code: 'syntax', position: 'line 3, column 6' });
  });

  it('a wrong type: the JSON path and what was expected', () => {
    const value = JSON.parse(bytes('arm-subscriptions.json').toString('utf8'));
    value.value[3].subscriptionPolicies.quotaId = 42;
    const error = errorOf(() => importText('typed.json', JSON.stringify(value)));
    expect(error).toMatchObject({ code: 'shape', position: '$.value[3].subscriptionPolicies.quotaId' });
    expect(error.expected).toContain('expected string');
    expect(error.message).toMatch(/^typed\.json: \$\.value\[3\]/);
  });

  it('a missing field in Partner Center JSON', () => {
    const error = errorOf(() =>
      importText('pc.json', '{"items":[{"id":"a","offerId":"b"},{"id":"c","offerId":null}]}'),
    );
    expect(error).toMatchObject({ code: 'shape', position: '$.items[1].offerId' });
    const missing = errorOf(() => importText('pc.json', '{"items":[{"id":"a","offerId":"b"},{"id":"c"}]}'));
    expect(missing).toMatchObject({ position: '$.items[1].offerId' });
    expect(missing.expected).toMatch(/^missing \(expected string\)/);
  });

  it('a CSV row with too few cells: its row number', () => {
    const error = errorOf(() =>
      importText('rg.csv', 'subscriptionId,name,quotaId\ns1,a,PayAsYouGo_2014-09-01\ns2,b\n'),
    );
    expect(error).toMatchObject({ code: 'syntax', position: 'row 3' });
  });

  it('a CSV quote never closed', () => {
    const error = errorOf(() =>
      importText('rg.csv', 'subscriptionId,name,quotaId\ns1,"open name,PayAsYouGo_2014-09-01\n'),
    );
    expect(error.code).toBe('syntax');
    expect(error.position).toMatch(/^line 2/);
  });

  it('a CSV without quotaId: which query to run', () => {
    const error = errorOf(() => importText('rg.csv', 'subscriptionId,name\ns1,a\n'));
    expect(error.code).toBe('no-quota-id');
    expect(error.expected).toContain('tostring(properties.subscriptionPolicies.quotaId)');
  });

  it('accepts a UTF-8 byte-order mark and UTF-16 with one, as PowerShell writes', () => {
    const text = bytes('powershell-az-subscription.json').toString('utf8');
    const plain = importText('p.json', text);
    const bom = importFile('p.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const utf16 = importFile(
      'p.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect(bom).toEqual(plain);
    expect(utf16).toEqual(plain);
  });

  it('rejects UTF-16 without a byte-order mark', () => {
    const error = errorOf(() => importFile('p.json', Buffer.from('[{"a":1}]', 'utf16le')));
    expect(error).toMatchObject({ code: 'encoding', position: 'byte 1' });
  });

  it('rejects Latin-1 text with the line of the first bad byte', () => {
    const csv =
      'subscriptionId,name,quotaId\ns1,Kft,PayAsYouGo_2014-09-01\ns2,Árvíztűrő,PayAsYouGo_2014-09-01\n';
    const error = errorOf(() => importFile('latin1.csv', Buffer.from(csv, 'latin1')));
    expect(error).toMatchObject({ code: 'encoding', position: 'line 3, column 4' });
  });

  it('places a bad byte right after a replacement character that the file really contains', () => {
    const csv = 'subscriptionId,name,quotaId\ns1,K\uFFFDft,PayAsYouGo_2014-09-01\ns2,';
    const bytes = Buffer.concat([Buffer.from(csv, 'utf8'), Buffer.from([0xe9]), Buffer.from(',x\n')]);
    expect(errorOf(() => importFile('mixed.csv', bytes))).toMatchObject({
      code: 'encoding',
      position: 'line 3, column 4',
    });
  });

  it('rejects a file over the size limit before reading it', () => {
    const error = errorOf(() => importFile('big.json', new Uint8Array(2048), { maxBytes: 1024 }));
    expect(error.code).toBe('too-large');
    expect(error.expected).toContain('at most');
  });
});
