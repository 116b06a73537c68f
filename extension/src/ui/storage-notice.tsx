// What went wrong with the extension's storage, asked of the background (which does the writes):
// storage full or failing, and how many stored values are set aside. Nothing when all is well.
import type { Locale } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ui } from '../i18n/ui-strings.ts';
import { StorageState } from '../messages.ts';

export async function askStorageState(): Promise<StorageState | null> {
  try {
    const parsed = StorageState.safeParse(
      await browser.runtime.sendMessage({ type: 'multichannel:storage-state' }),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `refresh` changes when the caller knows the state may have changed (say, after a restore). */
export function StorageNotice({ locale, refresh = 0 }: { locale: Locale; refresh?: number }) {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    void refresh;
    askStorageState().then(setState);
  }, [refresh]);
  if (!state || (state.problem === null && state.setAside === 0)) return null;
  return (
    <div data-storage-state={state.problem ?? 'set-aside'}>
      {state.problem && (
        <p class="error" role="alert">
          {ui(locale, `storage.${state.problem}`)}
        </p>
      )}
      {state.setAside > 0 && <p class="hint">{ui(locale, 'storage.setAside', { count: state.setAside })}</p>}
    </div>
  );
}
