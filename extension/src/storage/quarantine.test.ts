// The quarantine: one storage key per entry, named by what it holds, so the same data set aside
// twice is one entry; the list kept by earlier versions is still read; entries leave by tombstone.
import { beforeEach, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearQuarantine,
  dropTombstones,
  LEGACY_QUARANTINE_KEY,
  listQuarantine,
  QUARANTINE_PREFIX,
  quarantineCount,
  quarantineItems,
  releaseItems,
} from './quarantine.ts';

beforeEach(() => fakeBrowser.reset());

const legacyEntry = {
  key: 'boughtElsewhere',
  at: '2026-01-01T00:00:00.000Z',
  error: 'old',
  raw: { version: 2 },
};

it('names an entry by its key and data, so the same part set aside twice is one entry', async () => {
  const once = await quarantineItems('settings', [{ raw: { version: 1, theme: 'dark' }, error: 'unknown' }]);
  const again = await quarantineItems('settings', [{ raw: { version: 1, theme: 'dark' }, error: 'unknown' }]);
  const other = await quarantineItems('boughtElsewhere', [
    { raw: { version: 1, theme: 'dark' }, error: 'unknown' },
  ]);
  expect(Object.keys(once)).toEqual(Object.keys(again));
  expect(Object.keys(once)[0]).toMatch(new RegExp(`^${QUARANTINE_PREFIX}[0-9a-f]{24}$`));
  expect(Object.keys(other)).not.toEqual(Object.keys(once));
  await browser.storage.local.set(once);
  await browser.storage.local.set(again);
  expect(await quarantineCount()).toBe(1);
});

it('lists entries of the earlier single list and of their own keys, oldest first, and never hides one', async () => {
  const items = await quarantineItems('settings', [{ raw: 42, error: 'not settings' }]);
  await browser.storage.local.set({
    ...items,
    [LEGACY_QUARANTINE_KEY]: [legacyEntry],
    [`${QUARANTINE_PREFIX}broken`]: 'not an entry',
    unrelated: { key: 'x' },
  });
  const entries = await listQuarantine();
  expect(entries.map((e) => [e.id, e.key, e.raw])).toEqual([
    [`${QUARANTINE_PREFIX}broken`, LEGACY_QUARANTINE_KEY, 'not an entry'],
    [`${LEGACY_QUARANTINE_KEY}#0`, 'boughtElsewhere', { version: 2 }],
    [Object.keys(items)[0], 'settings', 42],
  ]);
});

it('shows an unreadable earlier list as one entry instead of dropping it', async () => {
  await browser.storage.local.set({ [LEGACY_QUARANTINE_KEY]: { not: 'a list' } });
  expect(await listQuarantine()).toEqual([
    expect.objectContaining({ key: LEGACY_QUARANTINE_KEY, error: 'unreadable', raw: { not: 'a list' } }),
  ]);
});

it('releases entries by tombstone in the restoring write, then removes the tombstones', async () => {
  const items = await quarantineItems('settings', [
    { raw: 1, error: 'a' },
    { raw: 2, error: 'b' },
  ]);
  await browser.storage.local.set({
    ...items,
    [LEGACY_QUARANTINE_KEY]: [legacyEntry, { ...legacyEntry, error: 'kept' }],
  });
  const [first] = Object.keys(items);
  const released = await releaseItems([first ?? '', `${LEGACY_QUARANTINE_KEY}#0`]);
  expect(released).toEqual({
    [first ?? '']: null,
    [LEGACY_QUARANTINE_KEY]: [{ ...legacyEntry, error: 'kept' }],
  });
  await browser.storage.local.set(released);
  expect((await listQuarantine()).map((e) => e.error).sort()).toEqual(['b', 'kept']);
  await dropTombstones(released);
  expect(Object.keys(await browser.storage.local.get(null)).sort()).toEqual(
    [LEGACY_QUARANTINE_KEY, Object.keys(items)[1]].sort(),
  );
});

it('clears every entry and nothing else', async () => {
  await browser.storage.local.set({
    ...(await quarantineItems('settings', [{ raw: 1, error: 'a' }])),
    [LEGACY_QUARANTINE_KEY]: [legacyEntry],
    settings: { version: 1 },
  });
  await clearQuarantine();
  expect(await browser.storage.local.get(null)).toEqual({ settings: { version: 1 } });
});
