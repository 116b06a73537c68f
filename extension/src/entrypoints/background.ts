import '../zod-config.ts';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../background/api.ts';
import { syncExtraHostScripts } from '../background/extra-hosts.ts';
import { SETTINGS_KEY } from '../storage/settings.ts';

// The background holds the rules package and validated storage for the content script, and
// keeps the extra hosts' content script registration in step with the options. No network.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  const sync = () => void syncExtraHostScripts().catch((error) => console.warn('extra hosts', error));
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) sync();
  });
});
