// The background's answers through the message handler the content script talks to: a
// customer's stored data and answers, checked against the edition; decisions, form questions
// and offer IDs, all from the edition in use.
import { decide, relevantFacts, statusKind } from '@multichannel/rules';
import { editions, latestEdition } from '@multichannel/rules/editions';
import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AdviceView } from '../decisions/advice-view.ts';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import { ROW_FACTS } from '../page/labels.ts';
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
  facts: { channel: 'ea', billing: 'usage' },
  updatedAt: '2026-05-01T10:00:00.000Z',
};
const csp = <T extends boolean | null>(answer: T) => ({ customerIsCspPartner: answer });
const context = { roles: [] as string[], cloud: 'commercial' };

it('sets, reads and forgets the answers about a customer', async () => {
  await ask({ type: 'multichannel:save-record', customerId: 't1', record });
  await expect(
    ask({ type: 'multichannel:set-customer-facts', customerId: 't1', facts: csp(true) }),
  ).resolves.toEqual({ facts: csp(true), records: [record] });
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toEqual({
    facts: csp(true),
    records: [record],
    setAsideError: null,
    storageProblem: null,
  });
  await ask({ type: 'multichannel:set-customer-facts', customerId: 't1', facts: csp(null) });
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toEqual({
    facts: {},
    records: [record],
    setAsideError: null,
    storageProblem: null,
  });
});

it('refuses an answer the edition does not allow, or about a fact not asked of the customer', async () => {
  await expect(
    ask({
      type: 'multichannel:set-customer-facts',
      customerId: 't1',
      facts: { customerIsCspPartner: 'yes' },
    }),
  ).rejects.toThrow(/use one of: true, false/);
  await expect(
    ask({ type: 'multichannel:set-customer-facts', customerId: 't1', facts: { channel: 'ea' } }),
  ).rejects.toThrow(/not asked about the customer; these are: customerIsCspPartner/);
  // Not even a value: refused by the message schema.
  expect(
    handleMessage({ type: 'multichannel:set-customer-facts', customerId: 't1', facts: { x: { y: 1 } } }),
  ).toBeUndefined();
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toMatchObject({
    facts: {},
  });
});

it('refuses a record whose facts the edition does not allow, naming what it allows', async () => {
  const moon = { ...record, facts: { channel: 'moon' } };
  await expect(ask({ type: 'multichannel:save-record', customerId: 't1', record: moon })).rejects.toThrow(
    /channel: "moon" is not allowed in edition [\d-]+; use one of: this-partner, other-csp-partner/,
  );
  await expect(ask({ type: 'multichannel:customer', customerId: 't1' })).resolves.toMatchObject({
    records: [],
  });
});

it('exports the answers with the records, and imports them for another customer', async () => {
  await ask({ type: 'multichannel:save-record', customerId: 't1', record });
  await ask({ type: 'multichannel:set-customer-facts', customerId: 't1', facts: csp(false) });
  const text = (await ask({ type: 'multichannel:export', customerId: 't1' })) as string;
  expect(JSON.parse(text)).toMatchObject({ version: 4, facts: csp(false), records: [record] });
  await expect(ask({ type: 'multichannel:import', customerId: 't2', text })).resolves.toEqual({
    ok: true,
    count: 1,
    data: { facts: csp(false), records: [record] },
  });
});

it('imports a version 2 file, and changes nothing on a bad one', async () => {
  const v2 = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 2,
    customerId: 'old',
    records: [{ ...record, facts: undefined, channel: 'ea', billing: 'usage', customerIsCspPartner: true }],
  });
  await expect(ask({ type: 'multichannel:import', customerId: 't1', text: v2 })).resolves.toMatchObject({
    ok: true,
    data: { facts: csp(true), records: [record] },
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
    facts: csp(true),
  });
});

it('decides with the customer’s answer, and says which edition decided', async () => {
  for (const answer of [true, false, undefined]) {
    const facts = { ...ROW_FACTS, billing: 'license', ...(answer === undefined ? {} : csp(answer)) };
    const view = (await ask({ type: 'multichannel:advice', facts, context, locale: 'en' })) as AdviceView;
    const decision = decide(latestEdition, { ...facts, ...context }, { locale: 'en' });
    expect(view.status).toBe(decision.status);
    expect(view.kind).toBe(statusKind(latestEdition, decision.status));
    expect(view.assumptions).toEqual(decision.assumptions.map((a) => a.text));
    expect(view.edition).toMatchObject({
      id: latestEdition.edition.id,
      date: latestEdition.edition.effectiveDate,
    });
  }
});

it('decides with the pinned edition, and with the newest for an edition it does not ship', async () => {
  const facts = { channel: 'other-csp-partner', billing: 'license' };
  for (const table of editions) {
    const view = (await ask({
      type: 'multichannel:advice',
      facts,
      context,
      locale: 'hu',
      edition: table.edition.id,
    })) as AdviceView;
    expect(view.edition.id).toBe(table.edition.id);
    expect(view.status).toBe(decide(table, { ...facts, ...context }).status);
  }
  const fallback = (await ask({
    type: 'multichannel:advice',
    facts,
    context,
    locale: 'en',
    edition: '1999-01',
  })) as AdviceView;
  expect(fallback.edition.id).toBe(latestEdition.edition.id);
});

it('gives the form’s questions from the edition: the relevant facts, without the page’s own channel', async () => {
  const questions = (await ask({
    type: 'multichannel:form',
    locale: 'en',
    answers: {},
    customer: {},
  })) as { fact: string; values: { id: string }[] }[];
  expect(questions.map((q) => q.fact)).toEqual(
    relevantFacts(latestEdition, {}).filter(
      (fact) => !customerFactsOf(latestEdition).includes(fact) && !latestEdition.facts[fact]?.whenUnknown,
    ),
  );
  const channel = questions.find((q) => q.fact === 'channel');
  expect(channel?.values.map((v) => v.id)).not.toContain(ROW_FACTS.channel);
  // Once the customer is a CSP partner, nothing about a record changes the outcome.
  await expect(
    ask({ type: 'multichannel:form', locale: 'en', answers: {}, customer: csp(true) }),
  ).resolves.toEqual([]);
});

it('turns an Azure offer ID into the record facts it implies', async () => {
  await expect(ask({ type: 'multichannel:offer', offerId: 'ms-azr-0017p' })).resolves.toEqual({
    ok: true,
    offerId: 'MS-AZR-0017P',
    facts: { channel: 'ea', billing: 'usage' },
  });
  await expect(ask({ type: 'multichannel:offer', offerId: 'nonsense' })).resolves.toMatchObject({
    ok: false,
  });
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
    raw: { version: 4, customers: { t1: { facts: {}, records: [record] } } },
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
