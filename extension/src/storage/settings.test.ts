// The options in extension storage: defaults, a round trip, unreadable data set aside (never
// silently dropped), and invalid values refused with an error that names the field.

import { editions } from '@multichannel/rules/editions';
import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { listQuarantine } from './quarantine.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  restoreSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  saveSettings,
} from './settings.ts';

beforeEach(() => fakeBrowser.reset());

const stored = async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

const full: Settings = {
  version: SETTINGS_VERSION,
  partnerType: 'indirect-reseller',
  roles: ['admin-agent', 'sales-agent'],
  language: 'hu',
  annotate: false,
  extraHosts: [{ origin: 'https://partner.example.gov', cloud: 'us-government' }],
};

it('gives the defaults when nothing is stored, and stores nothing for it', async () => {
  await expect(loadSettings()).resolves.toEqual({
    version: SETTINGS_VERSION,
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
  ['a list', [DEFAULT_SETTINGS]],
  ['no version', { roles: [], language: 'en', annotate: true, extraHosts: [] }],
])('sets stored settings that are %s aside whole and starts from the defaults', async (_, corrupt) => {
  await browser.storage.local.set({ [SETTINGS_KEY]: corrupt });
  await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  const entries = await listQuarantine();
  expect(entries).toEqual([
    {
      id: expect.any(String),
      key: SETTINGS_KEY,
      at: expect.any(String),
      error: expect.any(String),
      raw: corrupt,
    },
  ]);
  expect(entries[0]?.error).not.toBe('');
  // Storage now holds the defaults, so the next read neither sets aside again nor fails.
  expect(await stored()).toEqual(DEFAULT_SETTINGS);
  await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  expect(await listQuarantine()).toHaveLength(1);
});

it.each([
  ['an unknown role', { roles: ['janitor'] }, 'roles'],
  ['a wrong type', { annotate: 'yes' }, 'annotate'],
  ['an unknown field', { theme: 'dark' }, 'theme'],
  ['an http host', { extraHosts: [{ origin: 'http://pc.example', cloud: 'commercial' }] }, 'extraHosts'],
  [
    'partner.microsoft.com as an extra host',
    { extraHosts: [{ origin: 'https://partner.microsoft.com', cloud: 'commercial' }] },
    'extraHosts',
  ],
])('sets aside only the field of stored settings with %s, keeping the others', async (_, bad, field) => {
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...full, ...bad } });
  const settings = await loadSettings();
  expect(settings).toEqual({ ...full, [field]: DEFAULT_SETTINGS[field as keyof Settings] });
  expect(await listQuarantine()).toEqual([
    expect.objectContaining({ key: SETTINGS_KEY, raw: { version: SETTINGS_VERSION, ...bad } }),
  ]);
  expect(await stored()).toEqual(settings);
});

it('fills a missing field with its default, setting nothing aside', async () => {
  const { extraHosts: _, ...missing } = full;
  await browser.storage.local.set({ [SETTINGS_KEY]: missing });
  await expect(loadSettings()).resolves.toEqual({ ...full, extraHosts: [] });
  expect(await stored()).toEqual({ ...full, extraHosts: [] });
  expect(await listQuarantine()).toEqual([]);
});

it('restores a set-aside setting once it is valid, and keeps one that is not', async () => {
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...full, roles: ['janitor'] } });
  await loadSettings();
  const [entry] = await listQuarantine();
  await expect(restoreSettings({ raw: entry?.raw })).resolves.toMatchObject({
    ok: false,
    error: expect.stringContaining('roles'),
  });
  await expect(restoreSettings({ raw: { version: 1, roles: ['helpdesk-agent'] } })).resolves.toEqual({
    ok: true,
  });
  await expect(loadSettings()).resolves.toEqual({ ...full, roles: ['helpdesk-agent'] });
  await expect(restoreSettings({ raw: { version: 7, roles: [] } })).resolves.toMatchObject({ ok: false });
});

it('says which field of the set-aside settings was wrong', async () => {
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...full, roles: ['janitor'] } });
  await loadSettings();
  const [entry] = await listQuarantine();
  expect(entry?.error).toContain('roles');
});

it('keeps other set-aside data when it sets settings aside', async () => {
  await browser.storage.local.set({
    // A list kept by earlier versions, before each entry had its own key.
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
  await vi.waitFor(() => expect(listener).toHaveBeenCalledWith({ ...full, roles: [] }));
  await vi.waitFor(async () =>
    expect(await listQuarantine()).toEqual([
      expect.objectContaining({ key: SETTINGS_KEY, raw: { version: SETTINGS_VERSION, roles: ['janitor'] } }),
    ]),
  );
  // A page that shows the defaults it was given and saves a change writes over defaults only.
  await saveSettings({ ...DEFAULT_SETTINGS, annotate: false });
  expect(await listQuarantine()).toHaveLength(1);
});

it('migrates version 1 settings to version 2: no edition pinned, so the newest decides', async () => {
  const { version: _, ...fields } = full;
  await browser.storage.local.set({ [SETTINGS_KEY]: { version: 1, ...fields } });
  const settings = await loadSettings();
  expect(settings).toEqual({ ...full, version: SETTINGS_VERSION });
  expect(settings).not.toHaveProperty('edition');
  expect(await stored()).toEqual(settings);
  expect(await listQuarantine()).toEqual([]);
});

it('keeps a pinned edition, and sets aside a pin to an edition that is not shipped', async () => {
  const [oldest] = editions.slice(-1);
  const pinned = { ...full, edition: oldest?.edition.id };
  await saveSettings(pinned);
  await expect(loadSettings()).resolves.toEqual(pinned);
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...full, edition: '1999-01' } });
  await expect(loadSettings()).resolves.toEqual(full);
  expect(await listQuarantine()).toEqual([
    expect.objectContaining({
      raw: { version: SETTINGS_VERSION, edition: '1999-01' },
      error: expect.stringContaining(editions.map((t) => t.edition.id).join(', ')),
    }),
  ]);
});
