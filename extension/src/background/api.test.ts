// The background's answers about a customer's stored data, through the message handler the
// content script talks to; and the decisions it gives for the customer's CSP partner answer.
import { decide } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT } from '../storage/bought-elsewhere-schema.ts';
import { CHROME_QUOTA_ERROR } from '../storage/quota-fake.ts';
import { DEFAULT_SETTINGS } from '../storage/settings.ts';
import { handleMessage } from './api.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const ask = (message: Record<string, unknown>) => handleMessage(message) as Promise<unknown>;
const record = {
  id: 'r1',
  product: 'Azure (EA)',
  channel: 'ea',
  billing: 'usage',
  updatedAt: '2026-05-01T10:00:00.000Z',
};

it('sets, reads and forgets whether a customer is a CSP partner', async () => {
  await ask({ type: 'multichannel:save-record', customerId: 't1', record });
  await expect(
    ask({ type: 'multichannel:set-csp-partner', customerId: 't1', answer: true }),
  ).resolves.toEqual({
    customerIsCspPartner: true,
    records: [record],
  });
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toEqual({
    customerIsCspPartner: true,
    records: [record],
    setAsideError: null,
    storageProblem: null,
  });
  await ask({ type: 'multichannel:set-csp-partner', customerId: 't1', answer: null });
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toEqual({
    records: [record],
    setAsideError: null,
    storageProblem: null,
  });
  // Only yes, no or null (not known).
  expect(
    handleMessage({ type: 'multichannel:set-csp-partner', customerId: 't1', answer: 'yes' }),
  ).toBeUndefined();
});

it('exports the answer with the records, and imports it for another customer', async () => {
  await ask({ type: 'multichannel:save-record', customerId: 't1', record });
  await ask({ type: 'multichannel:set-csp-partner', customerId: 't1', answer: false });
  const text = (await ask({ type: 'multichannel:export', customerId: 't1' })) as string;
  expect(JSON.parse(text)).toMatchObject({ version: 3, customerIsCspPartner: false, records: [record] });
  await expect(ask({ type: 'multichannel:import', customerId: 't2', text })).resolves.toEqual({
    ok: true,
    count: 1,
    data: { customerIsCspPartner: false, records: [record] },
  });
});

it('imports a version 2 file, and changes nothing on a bad one', async () => {
  const v2 = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 2,
    customerId: 'old',
    records: [{ ...record, customerIsCspPartner: true }],
  });
  await expect(ask({ type: 'multichannel:import', customerId: 't1', text: v2 })).resolves.toMatchObject({
    ok: true,
    data: { customerIsCspPartner: true, records: [record] },
  });
  const bad = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 3,
    customerId: 't1',
    customerIsCspPartner: 1,
    records: [],
  });
  await expect(ask({ type: 'multichannel:import', customerId: 't1', text: bad })).resolves.toMatchObject({
    ok: false,
  });
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toMatchObject({
    customerIsCspPartner: true,
  });
});

it('passes the answer to the rules as the customerIsCspPartner fact', async () => {
  const partner = { roles: [], cloud: 'commercial' };
  for (const customerIsCspPartner of [true, false, undefined]) {
    const facts = {
      channel: 'this-partner',
      billing: 'license',
      ...(customerIsCspPartner === undefined ? {} : { customerIsCspPartner }),
    } as const;
    const view = (await ask({ type: 'multichannel:advice', facts, partner, locale: 'en' })) as {
      status: string;
      assumptions: string[];
    };
    const decision = decide(latestEdition, { ...facts, cloud: 'commercial' }, { locale: 'en' });
    expect(view.status).toBe(decision.status);
    expect(view.assumptions).toEqual(decision.assumptions.map((a) => a.text));
  }
});

it('says what went wrong with storage: a refused write, and how much is set aside', async () => {
  await expect(ask({ type: 'multichannel:storage-state' })).resolves.toEqual({ problem: null, setAside: 0 });
  await browser.storage.local.set({
    boughtElsewhere: { version: 3, customers: { t1: { records: [{ product: 1 }] } } },
  });
  await ask({ type: 'multichannel:customer', customerId: 't1' });
  const quota = vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error(CHROME_QUOTA_ERROR));
  await expect(ask({ type: 'multichannel:save-record', customerId: 't1', record })).rejects.toThrow(/quota/);
  await expect(ask({ type: 'multichannel:storage-state' })).resolves.toEqual({
    problem: 'quota',
    setAside: 1,
  });
  quota.mockRestore();
  await ask({ type: 'multichannel:save-record', customerId: 't1', record });
  await expect(ask({ type: 'multichannel:storage-state' })).resolves.toEqual({ problem: null, setAside: 1 });
});

it('restores set-aside records sent by the options page, and answers settings when storage fails', async () => {
  const entry = {
    key: 'boughtElsewhere',
    at: '2026-05-01T10:00:00.000Z',
    error: 'corrected by the user',
    raw: { version: 3, customers: { t1: { records: [record] } } },
  };
  await expect(ask({ type: 'multichannel:restore', entries: [entry] })).resolves.toEqual([{ ok: true }]);
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toMatchObject({
    records: [record],
  });
  vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
  await expect(ask({ type: 'multichannel:settings' })).resolves.toEqual(DEFAULT_SETTINGS);
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toMatchObject({
    records: [],
    storageProblem: 'failed',
  });
});
