// Extra Partner Center hosts (options): the content script is registered on those the user
// granted, and unregistered when the grant or the host goes away.
import { browser } from 'wxt/browser';
import { loadSettings } from '../storage/settings.ts';

const SCRIPT_ID = 'multichannel-extra-hosts';
const CONTENT_SCRIPT = 'content-scripts/content.js';

// Syncs run one after another: adding a host starts two at once (the grant, then the save), and
// overlapping ones would unregister or register the same script id twice, which the browser
// refuses, leaving the registration behind the options.
let queue: Promise<unknown> = Promise.resolve();

export function syncExtraHostScripts(): Promise<void> {
  const run = queue.then(sync);
  queue = run.catch(() => undefined);
  return run;
}

async function sync(): Promise<void> {
  // `scripting` is optional: without it there is nothing to register.
  const scripting = browser.scripting;
  if (!scripting) return;
  const settings = await loadSettings();
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = settings.extraHosts
    .map((h) => `${h.origin}/*`)
    .filter((pattern) => granted.includes(pattern));
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle' },
  ]);
}
