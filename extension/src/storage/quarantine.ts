// Stored data that failed validation is moved here instead of being dropped, so the user can
// see it, download it and decide; the options page lists it.

import { browser } from 'wxt/browser';
import { z } from 'zod';

export const QUARANTINE_KEY = 'quarantine';

export const QuarantineEntry = z.object({
  key: z.string(),
  at: z.string(),
  error: z.string(),
  raw: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const { [QUARANTINE_KEY]: raw } = await browser.storage.local.get(QUARANTINE_KEY);
  const parsed = z.array(QuarantineEntry).safeParse(raw ?? []);
  // The quarantine itself is never discarded: if it is unreadable, show it as one raw entry.
  return parsed.success ? parsed.data : [{ key: QUARANTINE_KEY, at: '', error: 'unreadable', raw }];
}

export async function setAside(key: string, raw: unknown, error: string): Promise<void> {
  const entries = await listQuarantine();
  entries.push({ key, at: new Date().toISOString(), error, raw });
  await browser.storage.local.set({ [QUARANTINE_KEY]: entries });
}

export async function clearQuarantine(): Promise<void> {
  await browser.storage.local.remove(QUARANTINE_KEY);
}
