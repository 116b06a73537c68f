// What can go wrong when the extension writes its storage, as a state to report (the panel, the
// popup and the options page say it), never as an exception that stops the content script.

/** `quota`: storage.local is full; `failed`: the browser refused to read or write for another reason. */
export type StorageProblem = 'quota' | 'failed';

// Chrome and Edge reject with "Resource::kQuotaBytes quota exceeded" (checked in Chromium 156);
// Firefox's IndexedDB-backed storage with a QuotaExceededError.
export function problemOf(error: unknown): StorageProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text) ? 'quota' : 'failed';
}

// The outcome of this context's last write (the background writes nearly everything), so the
// popup and the options page can ask the background what happened.
let last: StorageProblem | null = null;

/** Runs a write, remembering whether it failed and why; rethrows its error. */
export async function tracked<T>(write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    last = null;
    return result;
  } catch (error) {
    last = problemOf(error);
    throw error;
  }
}

export const lastWriteProblem = (): StorageProblem | null => last;
