// The content script's registration on extra Partner Center hosts: only on hosts both added in
// the options and granted, gone when either goes away, and nothing without `scripting`.
// The fake browser has no scripting or permissions: a small registry stands in for them, with
// the errors Chrome gives for a duplicate or an unknown script id.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type ExtraHost, saveSettings } from '../storage/settings.ts';
import { syncExtraHostScripts } from './extra-hosts.ts';

type Script = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

let registered: Map<string, Script>;
let granted: string[];
const originalScripting = fakeBrowser.scripting;

// Each call takes a turn of the event loop, as the browser's do, so concurrent syncs interleave.
const later = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  registered = new Map();
  granted = ['https://partner.microsoft.com/*'];
  fakeBrowser.scripting = originalScripting;
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => {
    await later();
    return { origins: [...granted], permissions: ['storage', 'scripting'] };
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) => {
    await later();
    return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  });
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    await later();
    for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of scripts) registered.set(s.id, s);
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    await later();
    const ids = filter?.ids ?? [...registered.keys()];
    for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
    for (const id of ids) registered.delete(id);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.scripting = originalScripting;
});

const gov: ExtraHost = { origin: 'https://partner.example.gov', cloud: 'us-government' };
const other: ExtraHost = { origin: 'https://pc.example.com', cloud: 'commercial' };
const hosts = (...extraHosts: ExtraHost[]) => saveSettings({ ...DEFAULT_SETTINGS, extraHosts });
const registeredMatches = () => [...registered.values()].map((s) => s.matches);

it('registers the content script on the extra hosts the user added and granted', async () => {
  await hosts(gov, other);
  granted.push('https://partner.example.gov/*', 'https://pc.example.com/*');
  await syncExtraHostScripts();
  expect([...registered.values()]).toEqual([
    {
      id: 'multichannel-extra-hosts',
      matches: ['https://partner.example.gov/*', 'https://pc.example.com/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
    },
  ]);
});

it('leaves out a host that was added but not granted, and one granted but not added', async () => {
  await hosts(gov, other);
  granted.push('https://partner.example.gov/*', 'https://elsewhere.example/*');
  await syncExtraHostScripts();
  expect(registeredMatches()).toEqual([['https://partner.example.gov/*']]);
});

it('registers nothing when no extra host is granted', async () => {
  await hosts(gov);
  await syncExtraHostScripts();
  expect(registered.size).toBe(0);
  expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
});

it('unregisters when the grant goes away', async () => {
  await hosts(gov);
  granted.push('https://partner.example.gov/*');
  await syncExtraHostScripts();
  expect(registered.size).toBe(1);
  granted.pop();
  await syncExtraHostScripts();
  expect(registered.size).toBe(0);
});

it('unregisters when the host is removed from the options', async () => {
  await hosts(gov, other);
  granted.push('https://partner.example.gov/*', 'https://pc.example.com/*');
  await syncExtraHostScripts();
  await hosts(other);
  await syncExtraHostScripts();
  expect(registeredMatches()).toEqual([['https://pc.example.com/*']]);
  await hosts();
  await syncExtraHostScripts();
  expect(registered.size).toBe(0);
});

it('can run again with nothing changed', async () => {
  await hosts(gov);
  granted.push('https://partner.example.gov/*');
  await syncExtraHostScripts();
  await syncExtraHostScripts();
  expect(registeredMatches()).toEqual([['https://partner.example.gov/*']]);
});

it('ends with the latest settings when syncs overlap (a host is granted, then saved)', async () => {
  await hosts(gov);
  granted.push('https://partner.example.gov/*');
  await syncExtraHostScripts();
  // Adding a host in the options: the grant and the save each start a sync at once.
  granted.push('https://pc.example.com/*');
  await hosts(gov, other);
  await Promise.all([syncExtraHostScripts(), syncExtraHostScripts(), syncExtraHostScripts()]);
  expect(registeredMatches()).toEqual([['https://partner.example.gov/*', 'https://pc.example.com/*']]);
});

it('does nothing without the optional scripting permission', async () => {
  // Without the permission the browser has no `scripting` namespace at all.
  (fakeBrowser as { scripting?: unknown }).scripting = undefined;
  await hosts(gov);
  granted.push('https://partner.example.gov/*');
  await expect(syncExtraHostScripts()).resolves.toBeUndefined();
  expect(browser.permissions.getAll).not.toHaveBeenCalled();
  expect(registered.size).toBe(0);
});

it('still syncs after a sync failed', async () => {
  await hosts(gov);
  granted.push('https://partner.example.gov/*');
  vi.mocked(browser.scripting.registerContentScripts).mockRejectedValueOnce(
    new Error('Invalid match pattern'),
  );
  await expect(syncExtraHostScripts()).rejects.toThrow('Invalid match pattern');
  await syncExtraHostScripts();
  expect(registeredMatches()).toEqual([['https://partner.example.gov/*']]);
});
