// Every importer error in Hungarian: each place that throws one renders with every placeholder
// filled and in other words than the English, while the English fields stay the CLI's texts.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importErrorOf as errorOf } from '../test-support.ts';
import { parseCsvText } from './csv.ts';
import { checkSize, decodeText } from './decode.ts';
import { importText } from './detect.ts';
import {
  IMPORT_ERROR_CODES,
  type ImportMessage,
  type ImportMessageParam,
  importErrorParts,
  importErrorText,
} from './errors.ts';
import { validate } from './json.ts';
import { PLAN_MESSAGES, type PlanMessageKey } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every message of the tree with the parameters given to it. */
function messagesOf(message: ImportMessage): ImportMessage[] {
  const nested = (value: ImportMessageParam): ImportMessage[] =>
    typeof value === 'string'
      ? []
      : Array.isArray(value)
        ? value.flatMap((m: ImportMessage) => messagesOf(m))
        : messagesOf(value as ImportMessage);
  return [message, ...Object.values(message.params ?? {}).flatMap(nested)];
}

const rgHeader = 'subscriptionId,name,quotaId';

/** One error from each place in the importers that throws one. */
const CASES: [string, () => unknown][] = [
  ['too large', () => checkSize('big.json', 11 * 1024 * 1024, 10 * 1024 * 1024)],
  ['UTF-16 without a mark', () => decodeText('u16.json', new Uint8Array([0x7b, 0, 0x7d, 0]))],
  ['a byte that is not UTF-8', () => decodeText('bad.json', new Uint8Array([0x7b, 0x0a, 0xff, 0x7d]))],
  ['JSON cut short', () => importText('cut.json', '{"value": [')],
  ['JSON syntax', () => importText('syntax.json', '{"value": nope}')],
  [
    'zod issues: missing, wrong type, other',
    () =>
      validate(
        'shape.json',
        z.object({ id: z.string(), count: z.number(), kind: z.enum(['a', 'b']) }),
        { count: 'x', kind: 'c' },
        { key: 'import.as.arm', params: { request: 'GET /subscriptions' } },
      ),
  ],
  ['CSV syntax', () => parseCsvText('quote.csv', 'a,b\n"x,1\n')],
  ['CSV row of another length', () => parseCsvText('cells.csv', 'a,b\n1,2,3\n')],
  ['unknown JSON', () => importText('other.json', '{"foo": 1}')],
  ['empty file', () => importText('empty.txt', '')],
  ['unknown table', () => importText('table.csv', 'a,b\n1,2\n')],
  ['az account list', () => importText('az.json', '[{"isDefault": true, "cloudName": "AzureCloud"}]')],
  ['Resource Graph CSV without quotaId', () => importText('rg.csv', 'subscriptionId,name\ns1,n\n')],
  ['Resource Graph CSV without an id', () => importText('rg.csv', `${rgHeader}\n,n,q\n`)],
  ['Resource Graph CSV without a quota', () => importText('rg.csv', `${rgHeader}\ns1,n,\n`)],
  [
    'Resource Graph CSV with bad properties',
    () => importText('rg.csv', 'subscriptionId,name,properties\ns1,n,nope\n'),
  ],
];

describe('importer errors in Hungarian', () => {
  it.each(CASES)('%s: every placeholder filled, in other words than English', (_, run) => {
    const error = errorOf(run);
    for (const message of [...messagesOf(error.where), ...messagesOf(error.what)]) {
      const given = Object.keys(message.params ?? {}).sort();
      expect(placeholders(PLAN_MESSAGES.hu[message.key]), message.key).toEqual(given);
      expect(placeholders(PLAN_MESSAGES.en[message.key]), message.key).toEqual(given);
    }
    const hu = importErrorText('hu', error);
    expect(hu.startsWith(`${error.file}: `)).toBe(true);
    expect(hu).not.toBe(importErrorText('en', error));
    expect(importErrorParts('hu', error).expected).not.toBe(error.expected);
    // The English fields are the same messages in English.
    expect(importErrorText('en', error)).toBe(error.message);
    expect(importErrorParts('en', error)).toEqual({ position: error.position, expected: error.expected });
  });

  it('the cases cover every code the importers give (unreadable is the CLI’s own)', () => {
    const codes = new Set(CASES.map(([, run]) => errorOf(run).code));
    expect([...codes].sort()).toEqual(IMPORT_ERROR_CODES.filter((c) => c !== 'unreadable').sort());
  });

  it('every error message has a Hungarian text with the English one’s placeholders', () => {
    const keys = Object.keys(PLAN_MESSAGES.en).filter((k) => k.startsWith('import.')) as PlanMessageKey[];
    for (const key of keys) {
      expect(placeholders(PLAN_MESSAGES.hu[key]), key).toEqual(placeholders(PLAN_MESSAGES.en[key]));
      // Only the layouts made of placeholders alone read the same in both languages.
      if (PLAN_MESSAGES.en[key].replace(/\{\w+\}|[\s:\-\n]/g, '') !== '')
        expect(PLAN_MESSAGES.hu[key], key).not.toBe(PLAN_MESSAGES.en[key]);
    }
  });
});
