// Stored data that failed validation is moved here instead of being dropped, so the user can
// see it, download it, restore it (options page) and decide. Only the invalid part is moved,
// never a copy of everything: `storage.local` has a quota (10 MiB in Chrome and Edge), and a
// second copy of a large store would exceed it.
//
// Each entry has its own storage key, named by a hash of what it holds: two readers that find
// the same bad data (the background and the options page, or two quick reads) write the same
// key, so an entry is never listed twice, and no reader rewrites a shared list (a lost update).

import { browser } from 'wxt/browser';
import { z } from 'zod';

/** Before entries had their own keys, all of them were one list under this key; still read. */
export const LEGACY_QUARANTINE_KEY = 'quarantine';
export const QUARANTINE_PREFIX = 'quarantine:';

export const QuarantineEntry = z.object({
  /** The storage key the entry lives under (set when listed). */
  id: z.string().optional(),
  /** The storage key the data came from: what it is and how to restore it. */
  key: z.string(),
  at: z.string(),
  error: z.string(),
  raw: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** Something to set aside: data of `key` (shaped like that key's value) and what was wrong. */
export interface SetAsidePart {
  raw: unknown;
  error: string;
}

async function entryId(key: string, raw: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(`${key}\n${JSON.stringify(raw)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `${QUARANTINE_PREFIX}${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The storage items that set `parts` of `key` aside. Callers write them in the same
 * `storage.local.set` as the cleaned value of `key`, so the bad data moves (one atomic write,
 * no moment with two copies, nothing lost if the write fails).
 */
export async function quarantineItems(
  key: string,
  parts: SetAsidePart[],
): Promise<Record<string, QuarantineEntry>> {
  const at = new Date().toISOString();
  const items: Record<string, QuarantineEntry> = {};
  for (const { raw, error } of parts) items[await entryId(key, raw)] = { key, at, error, raw };
  return items;
}

/** Every entry, oldest first; restored entries are left as `null` until cleaned (see `releaseItems`). */
export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const all = await browser.storage.local.get(null);
  const entries: QuarantineEntry[] = [];
  const legacy = all[LEGACY_QUARANTINE_KEY];
  if (legacy !== undefined && legacy !== null) {
    const parsed = z.array(QuarantineEntry).safeParse(legacy);
    // The quarantine itself is never discarded: if it is unreadable, show it as one raw entry.
    if (parsed.success)
      entries.push(...parsed.data.map((e, i) => ({ ...e, id: `${LEGACY_QUARANTINE_KEY}#${i}` })));
    else
      entries.push({
        id: `${LEGACY_QUARANTINE_KEY}#all`,
        key: LEGACY_QUARANTINE_KEY,
        at: '',
        error: 'unreadable',
        raw: legacy,
      });
  }
  for (const [id, value] of Object.entries(all)) {
    if (!id.startsWith(QUARANTINE_PREFIX) || value === null) continue;
    const parsed = QuarantineEntry.safeParse(value);
    entries.push(
      parsed.success
        ? { ...parsed.data, id }
        : { id, key: LEGACY_QUARANTINE_KEY, at: '', error: 'unreadable', raw: value },
    );
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Items that take entries out of the quarantine, written together with the data restored from
 * them: an entry's key becomes `null` (a tombstone of a few bytes, so the move never holds two
 * copies); `dropTombstones` removes them afterwards.
 */
export async function releaseItems(ids: string[]): Promise<Record<string, unknown>> {
  const items: Record<string, unknown> = {};
  const legacyIndexes = new Set(
    ids.filter((id) => id.startsWith(`${LEGACY_QUARANTINE_KEY}#`)).map((id) => id.split('#')[1]),
  );
  for (const id of ids) if (id.startsWith(QUARANTINE_PREFIX)) items[id] = null;
  if (legacyIndexes.size > 0) {
    const { [LEGACY_QUARANTINE_KEY]: legacy } = await browser.storage.local.get(LEGACY_QUARANTINE_KEY);
    const list = Array.isArray(legacy) && !legacyIndexes.has('all') ? legacy : [];
    items[LEGACY_QUARANTINE_KEY] = list.filter((_, i) => !legacyIndexes.has(String(i)));
  }
  return items;
}

/** Removes the tombstones `releaseItems` left (and an emptied legacy list). */
export async function dropTombstones(items: Record<string, unknown>): Promise<void> {
  const keys = Object.entries(items)
    .filter(
      ([key, value]) =>
        value === null || (key === LEGACY_QUARANTINE_KEY && Array.isArray(value) && value.length === 0),
    )
    .map(([key]) => key);
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

export async function clearQuarantine(): Promise<void> {
  const all = await browser.storage.local.get(null);
  await browser.storage.local.remove(
    Object.keys(all).filter((key) => key === LEGACY_QUARANTINE_KEY || key.startsWith(QUARANTINE_PREFIX)),
  );
}

/** The number of entries, for the reports in the popup, the panel and the options page. */
export async function quarantineCount(): Promise<number> {
  return (await listQuarantine()).length;
}
