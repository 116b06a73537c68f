// Restoring set-aside data from the options page: entries of the list, or a download of it that
// the user corrected. Bought-elsewhere data goes to the background (which owns those writes, so a
// restore never races a change made on a page); settings are restored here, where they are edited.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { RestoreOutcome } from '../storage/bought-elsewhere.ts';
import { BOUGHT_ELSEWHERE_KEY, SETTINGS_KEY } from '../storage/keys.ts';
import { QuarantineEntry } from '../storage/quarantine.ts';
import { restoreSettings } from '../storage/settings.ts';

/** Whether entries of this key can be restored. */
export const restorable = (entry: QuarantineEntry) =>
  entry.key === SETTINGS_KEY || entry.key === BOUGHT_ELSEWHERE_KEY;

/** The entries of a downloaded (and perhaps corrected) list, or what is wrong with the file. */
export function parseDownload(
  text: string,
): { ok: true; entries: QuarantineEntry[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  // The list as downloaded, or one entry of it.
  const parsed = Array.isArray(json)
    ? z.array(QuarantineEntry).safeParse(json)
    : QuarantineEntry.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, entries: Array.isArray(parsed.data) ? parsed.data : [parsed.data] };
}

export async function restore(entries: QuarantineEntry[]): Promise<RestoreOutcome[]> {
  const outcomes: RestoreOutcome[] = [];
  for (const entry of entries.filter((e) => e.key === SETTINGS_KEY)) {
    const result = await restoreSettings(entry).catch((error: unknown) => ({
      ok: false as const,
      error: String(error),
    }));
    outcomes.push({ id: entry.id, ...result });
  }
  const records = entries.filter((e) => e.key === BOUGHT_ELSEWHERE_KEY);
  if (records.length > 0) {
    const answer = await browser.runtime
      .sendMessage({ type: 'multichannel:restore', entries: records })
      .catch((error: unknown) => records.map((e) => ({ id: e.id, ok: false, error: String(error) })));
    outcomes.push(...(answer as RestoreOutcome[]));
  }
  for (const entry of entries.filter((e) => !restorable(e)))
    outcomes.push({ id: entry.id, ok: false, error: `unknown data "${entry.key}"` });
  return outcomes;
}
