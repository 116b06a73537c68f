// For tests: makes WXT's fake `storage.local` enforce Chrome's quota the way Chrome does. A
// `set` that would take the total over the quota (each item counts its key's length plus its
// JSON's) is refused whole with Chrome's own error, and nothing of it is stored; replacing a
// value counts the new value instead of the old, so moving data between keys in one `set` fits.
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** chrome.storage.local.QUOTA_BYTES since Chrome 114 (10 MiB). */
export const CHROME_LOCAL_QUOTA = 10 * 1024 * 1024;
/** The message Chromium rejects with (checked in Chromium 156). */
export const CHROME_QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';

const sizeOf = (items: Record<string, unknown>) =>
  Object.entries(items).reduce((total, [key, value]) => total + key.length + JSON.stringify(value).length, 0);

/** Enforces `quota` bytes on storage.local from now on; returns the spy (its calls are the writes tried). */
export function enforceQuota(quota = CHROME_LOCAL_QUOTA) {
  const local = browser.storage.local;
  const set = local.set.bind(local);
  return vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = await local.get(null);
    if (sizeOf({ ...all, ...items }) > quota) throw new Error(CHROME_QUOTA_ERROR);
    return set(items);
  });
}

export const bytesInUse = async () => sizeOf(await browser.storage.local.get(null));
