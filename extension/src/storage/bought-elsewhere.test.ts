import { beforeEach, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BOUGHT_ELSEWHERE_KEY, loadStore } from './bought-elsewhere.ts';
import { listQuarantine } from './quarantine.ts';

beforeEach(() => fakeBrowser.reset());

it('sets corrupt stored data aside and reports it', async () => {
  const corrupt = { version: 2, customers: { t1: [{ product: 42 }] } };
  await browser.storage.local.set({ [BOUGHT_ELSEWHERE_KEY]: corrupt });
  const loaded = await loadStore();
  expect(loaded.setAsideError).toBeTruthy();
  expect(loaded.store.customers).toEqual({});
  const [entry] = await listQuarantine();
  expect(entry).toMatchObject({ key: BOUGHT_ELSEWHERE_KEY, raw: corrupt });
});

it('writes migrated data back', async () => {
  await browser.storage.local.set({
    [BOUGHT_ELSEWHERE_KEY]: { version: 1, customers: { t1: [{ product: 'Visio' }] } },
  });
  await loadStore();
  const { [BOUGHT_ELSEWHERE_KEY]: stored } = await browser.storage.local.get(BOUGHT_ELSEWHERE_KEY);
  expect(stored).toMatchObject({ version: 2, customers: { t1: [{ product: 'Visio' }] } });
});
