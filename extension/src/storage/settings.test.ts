// The options in extension storage: defaults, a round trip, unreadable data set aside (never
// silently dropped), and invalid values refused with an error that names the field.
import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { listQuarantine } from './quarantine.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  SETTINGS_KEY,
  type Settings,
  saveSettings,
} from './settings.ts';

beforeEach(() => fakeBrowser.reset());

const stored = async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

const full: Settings = {
  version: 1,
  partnerType: 'indirect-reseller',
  roles: ['admin-agent', 'sales-agent'],
  language: 'hu',
  annotate: false,
  extraHosts: [{ origin: 'https://partner.example.gov', cloud: 'us-government' }],
};

it('gives the defaults when nothing is stored, and stores nothing for it', async () => {
  await expect(loadSettings()).resolves.toEqual({
    version: 1,
    roles: [],
    language: 'auto',
    annotate: true,
    extraHosts: [],
  });
  expect(await stored()).toBeUndefined();
  expect(await listQuarantine()).toEqual([]);
});

it('reads back what it saved', async () => {
  await saveSettings(full);
  expect(await stored()).toEqual(full);
  await expect(loadSettings()).resolves.toEqual(full);
  // No partner type is a valid answer too (not known).
  const { partnerType: _, ...unknownType } = full;
  await saveSettings(unknownType);
  await expect(loadSettings()).resolves.toEqual(unknownType);
  expect(await listQuarantine()).toEqual([]);
});

it.each([
  ['not an object', 'settings'],
  ['an unknown version', { ...DEFAULT_SETTINGS, version: 2 }],
  ['an unknown role', { ...DEFAULT_SETTINGS, roles: ['janitor'] }],
  ['a wrong type', { ...DEFAULT_SETTINGS, annotate: 'yes' }],
  ['a missing field', { version: 1, roles: [], language: 'en', annotate: true }],
  ['an unknown field', { ...DEFAULT_SETTINGS, theme: 'dark' }],
  [
    'an http host',
    { ...DEFAULT_SETTINGS, extraHosts: [{ origin: 'http://pc.example', cloud: 'commercial' }] },
  ],
  [
    'partner.microsoft.com as an extra host',
    { ...DEFAULT_SETTINGS, extraHosts: [{ origin: 'https://partner.microsoft.com', cloud: 'commercial' }] },
  ],
])('sets stored settings with %s aside and starts from the defaults', async (_, corrupt) => {
  await browser.storage.local.set({ [SETTINGS_KEY]: corrupt });
  await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  const entries = await listQuarantine();
  expect(entries).toEqual([
    { key: SETTINGS_KEY, at: expect.any(String), error: expect.any(String), raw: corrupt },
  ]);
  expect(entries[0]?.error).not.toBe('');
  // Storage now holds the defaults, so the next read neither sets aside again nor fails.
  expect(await stored()).toEqual(DEFAULT_SETTINGS);
  await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  expect(await listQuarantine()).toHaveLength(1);
});

it('says which field of the set-aside settings was wrong', async () => {
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...full, roles: ['janitor'] } });
  await loadSettings();
  const [entry] = await listQuarantine();
  expect(entry?.error).toContain('roles');
});

it('keeps other set-aside data when it sets settings aside', async () => {
  await browser.storage.local.set({
    quarantine: [{ key: 'boughtElsewhere', at: '2026-05-01T10:00:00.000Z', error: 'bad', raw: 1 }],
    [SETTINGS_KEY]: 42,
  });
  await loadSettings();
  expect((await listQuarantine()).map((e) => [e.key, e.raw])).toEqual([
    ['boughtElsewhere', 1],
    [SETTINGS_KEY, 42],
  ]);
});

it.each([
  ['an unknown role', { ...full, roles: ['janitor'] }, 'roles'],
  ['an unknown language', { ...full, language: 'de' }, 'language'],
  ['an unknown partner type', { ...full, partnerType: 'distributor' }, 'partnerType'],
  [
    'an http host',
    { ...full, extraHosts: [{ origin: 'http://pc.example', cloud: 'commercial' }] },
    'extraHosts',
  ],
  [
    'a host with a path',
    { ...full, extraHosts: [{ origin: 'https://pc.example/partner', cloud: 'commercial' }] },
    'extraHosts',
  ],
  [
    'a host that is no URL',
    { ...full, extraHosts: [{ origin: 'pc.example', cloud: 'commercial' }] },
    'extraHosts',
  ],
  [
    'a host not in lower case',
    { ...full, extraHosts: [{ origin: 'https://PC.example', cloud: 'commercial' }] },
    'extraHosts',
  ],
  [
    'partner.microsoft.com as an extra host',
    { ...full, extraHosts: [{ origin: 'https://partner.microsoft.com', cloud: 'commercial' }] },
    'extraHosts',
  ],
  [
    'a host in an unknown cloud',
    { ...full, extraHosts: [{ origin: 'https://pc.example', cloud: 'moon' }] },
    'extraHosts',
  ],
])('refuses to save settings with %s, naming the field', async (_, invalid, field) => {
  await saveSettings(full);
  const error = await saveSettings(invalid as Settings).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(z.ZodError);
  expect((error as z.ZodError).issues).toEqual([
    expect.objectContaining({ path: expect.arrayContaining([field]), message: expect.any(String) }),
  ]);
  // What was stored stays as it was.
  expect(await stored()).toEqual(full);
});

it('tells listeners about changed settings', async () => {
  const listener = vi.fn();
  const stop = onSettingsChanged(listener);
  await saveSettings(full);
  await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(full));
  stop();
  await saveSettings(DEFAULT_SETTINGS);
  expect(listener).toHaveBeenCalledTimes(1);
});

it('ignores changes to other keys and other storage areas', async () => {
  const listener = vi.fn();
  onSettingsChanged(listener);
  await browser.storage.local.set({ other: 1 });
  await browser.storage.sync.set({ [SETTINGS_KEY]: full });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(listener).not.toHaveBeenCalled();
});

it('gives listeners the defaults when the settings are removed', async () => {
  await saveSettings(full);
  const listener = vi.fn();
  onSettingsChanged(listener);
  await browser.storage.local.remove(SETTINGS_KEY);
  await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(DEFAULT_SETTINGS));
  expect(await listQuarantine()).toEqual([]);
});

it('sets unreadable settings aside when a listener sees them, so a later save cannot drop them', async () => {
  const listener = vi.fn();
  onSettingsChanged(listener);
  const corrupt = { ...full, roles: ['janitor'] };
  await browser.storage.local.set({ [SETTINGS_KEY]: corrupt });
  await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(DEFAULT_SETTINGS));
  await vi.waitFor(async () =>
    expect(await listQuarantine()).toEqual([expect.objectContaining({ key: SETTINGS_KEY, raw: corrupt })]),
  );
  // A page that shows the defaults it was given and saves a change writes over defaults only.
  await saveSettings({ ...DEFAULT_SETTINGS, annotate: false });
  expect(await listQuarantine()).toHaveLength(1);
});
