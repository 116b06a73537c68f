// The user's options, validated on every read; unreadable settings are set aside, not dropped.

import { Cloud, PartnerType, Role } from '@multichannel/rules';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { setAside } from './quarantine.ts';

export const SETTINGS_KEY = 'settings';

export const LanguageSetting = z.enum(['auto', 'en', 'hu']);
export type LanguageSetting = z.infer<typeof LanguageSetting>;

/** An extra Partner Center host, as an origin such as https://partner.example.gov. */
export const ExtraHost = z
  .object({
    origin: z
      .string()
      .url()
      .refine((o) => /^https:\/\/[^/]+$/.test(o), 'an https origin without a path'),
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

/** Calls `listener` with the new settings whenever they change (any extension page). */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const parsed = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
