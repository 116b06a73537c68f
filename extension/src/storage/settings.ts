// The user's options, validated on every read; unreadable settings are set aside, not dropped.

import { Cloud, PartnerType, Role } from '@multichannel/rules';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isHostOrigin } from './host-origin.ts';
import { setAside } from './quarantine.ts';

export const SETTINGS_KEY = 'settings';

export const LanguageSetting = z.enum(['auto', 'en', 'hu']);
export type LanguageSetting = z.infer<typeof LanguageSetting>;

/**
 * An extra Partner Center host, as an origin such as https://partner.example.gov: exactly what
 * `parseHostOrigin` makes of what the user typed (lower-case, no path or port), never
 * partner.microsoft.com itself, whose content script is always there (a second would run twice).
 */
export const ExtraHost = z
  .object({
    origin: z
      .string()
      .refine(
        isHostOrigin,
        'a lower-case https origin without a path or port, other than https://partner.microsoft.com',
      ),
    cloud: Cloud,
  })
  .strict();
export type ExtraHost = z.infer<typeof ExtraHost>;

export const Settings = z
  .object({
    version: z.literal(1),
    partnerType: PartnerType.optional(),
    roles: z.array(Role),
    language: LanguageSetting,
    annotate: z.boolean(),
    extraHosts: z.array(ExtraHost),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  roles: [],
  language: 'auto',
  annotate: true,
  extraHosts: [],
};

export async function loadSettings(): Promise<Settings> {
  const { [SETTINGS_KEY]: raw } = await browser.storage.local.get(SETTINGS_KEY);
  if (raw === undefined) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  await setAside(SETTINGS_KEY, raw, z.prettifyError(parsed.error));
  await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
  return DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

/**
 * Calls `listener` with the new settings whenever they change (any extension page). Removed
 * settings are the defaults; unreadable ones are set aside first (by `loadSettings`), so a page
 * that shows the defaults and saves a change cannot write over them unseen.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const value = changes[SETTINGS_KEY]?.newValue;
    if (value === undefined || value === null) return listener(DEFAULT_SETTINGS);
    const parsed = Settings.safeParse(value);
    if (parsed.success) return listener(parsed.data);
    return loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
