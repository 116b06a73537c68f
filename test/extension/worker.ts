// The extension's storage and tabs as the extension sees them, for the e2e tests: each helper runs
// its code in the extension's service worker, where Chromium's extension API exists.
import type { Worker } from 'playwright-core';
import { PC } from './harness.ts';

// Only the part of the extension API the helpers below call, as it exists where they run.
declare const chrome: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(key: null): Promise<number>;
      QUOTA_BYTES: number;
    };
  };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

/** Where the extension keeps the bought-elsewhere records, and the version of that store now. */
export const STORE_KEY = 'boughtElsewhere';
export const STORE_VERSION = 6;
/** A bought-elsewhere record as store versions 1 to 3 kept it (facts as fields). */
export const LEGACY_RECORD = {
  id: 'ea-1',
  product: 'Azure (EA enrollment)',
  channel: 'ea',
  billing: 'usage',
  updatedAt: '2026-05-01T10:00:00.000Z',
} as const;

/** All of storage.local (`key` null) or the one key, as stored. */
export const storageGet = (worker: Worker, key: string | null) =>
  worker.evaluate((key) => chrome.storage.local.get(key), key);

/** The value stored under `key`. */
export const storedValue = async (worker: Worker, key: string): Promise<unknown> =>
  (await storageGet(worker, key))[key];

export const storageSet = (worker: Worker, items: object) =>
  worker.evaluate((items) => chrome.storage.local.set(items), items);

export const storageClear = (worker: Worker) => worker.evaluate(() => chrome.storage.local.clear());

export const bytesInUse = (worker: Worker) => worker.evaluate(() => chrome.storage.local.getBytesInUse(null));

export const storageQuota = (worker: Worker) => worker.evaluate(() => chrome.storage.local.QUOTA_BYTES);

/** The extension's settings as its options page stores them (version 3 of their shape). */
export const storeSettings = (worker: Worker, settings: { partnerTenant?: string } = {}) =>
  storageSet(worker, {
    settings: { version: 3, roles: [], language: 'auto', annotate: true, extraHosts: [], ...settings },
  });

/** The id of the tab that shows Partner Center. */
export const partnerCenterTabId = (worker: Worker): Promise<number | undefined> =>
  worker.evaluate(async (origin) => {
    const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
    return tab?.id;
  }, PC);
