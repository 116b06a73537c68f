// Restoring from the options page: a settings entry here, bought-elsewhere entries through the
// background's message handler (registered as in the extension), a corrected download, and
// clear errors for a file that is not a list of set-aside data.
import { beforeEach, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../background/api.ts';
import { readCustomer } from '../storage/bought-elsewhere.ts';
import { listQuarantine } from '../storage/quarantine.ts';
import { loadSettings } from '../storage/settings.ts';
import { parseDownload, restore } from './restore-set-aside.ts';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake answers through sendResponse only (the extension's listener returns the promise).
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    handleMessage(message)?.then(sendResponse);
    return true;
  });
});

const at = '2026-05-01T10:00:00.000Z';
const record = { id: 'r1', product: 'Visio', updatedAt: at };

it('restores a corrected download: the settings here, the records by the background, the rest said', async () => {
  await browser.storage.local.set({
    settings: { version: 1, roles: ['janitor'], language: 'hu', annotate: true, extraHosts: [] },
    boughtElsewhere: { version: 3, customers: { t1: { records: [{ ...record, channel: 'nowhere' }] } } },
  });
  await loadSettings();
  await readCustomer('t1');
  const listed = await listQuarantine();
  expect(listed.map((e) => e.key).sort()).toEqual(['boughtElsewhere', 'settings']);
  // The user downloads the list, corrects both entries and picks the file.
  const corrected = listed.map((e) =>
    e.key === 'settings'
      ? { ...e, raw: { version: 1, roles: ['admin-agent'] } }
      : { ...e, raw: { version: 3, customers: { t1: { records: [{ ...record, channel: 'ea' }] } } } },
  );
  const parsed = parseDownload(JSON.stringify([...corrected, { key: 'elsewhere', at, error: '', raw: 1 }]));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const outcomes = await restore(parsed.entries);
  expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
  expect(outcomes[2]?.error).toContain('elsewhere');
  await expect(loadSettings()).resolves.toMatchObject({ roles: ['admin-agent'], language: 'hu' });
  // Restored in version 4's shape: the facts apart from the record's own fields.
  expect((await readCustomer('t1')).records).toEqual([{ ...record, facts: { channel: 'ea' } }]);
  expect(await listQuarantine()).toEqual([]);
});

it.each([
  ['not JSON', '{', 'JSON'],
  ['not a list of entries', '[{"key": 1}]', 'key'],
])('refuses a file that is %s, saying why', (_, text, word) => {
  const parsed = parseDownload(text);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.error).toContain(word);
});
