// The options page's list of set-aside data: restores an entry that is valid now, keeps one that
// is not with the reason, and says when storage is full (asked of the background).
import { render } from 'preact';
import { beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../background/api.ts';
import { quarantineItems } from '../storage/quarantine.ts';
import { loadSettings } from '../storage/settings.ts';
import { QuarantineList } from './quarantine-list.tsx';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The fake answers through sendResponse only (the extension's listener returns the promise).
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    handleMessage(message)?.then(sendResponse);
    return true;
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

it('restores a valid entry, keeps an invalid one with its reason', async () => {
  await browser.storage.local.set(
    await quarantineItems('settings', [
      { raw: { version: 1, language: 'hu' }, error: 'set aside by hand' },
      { raw: { version: 1, roles: ['janitor'] }, error: 'unknown role' },
    ]),
  );
  render(<QuarantineList locale="en" />, root);
  await vi.waitFor(() => expect(root.querySelectorAll('[data-quarantine-entry]')).toHaveLength(2));
  const listed = [...root.querySelectorAll('[data-quarantine-entry]')];
  const valid = listed.find((e) => e.textContent?.includes('by hand'));
  const invalid = listed.find((e) => e.textContent?.includes('unknown role'));
  valid?.querySelector('button')?.click();
  await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Restored 1.'));
  await expect(loadSettings()).resolves.toMatchObject({ language: 'hu' });
  await vi.waitFor(() => expect(root.querySelectorAll('[data-quarantine-entry]')).toHaveLength(1));
  invalid?.querySelector('button')?.click();
  await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('roles'));
  expect(button('Clear')).toBeTruthy();
});

it('says storage is full when the background’s last write was refused', async () => {
  await browser.storage.local.set({ boughtElsewhere: { version: 3, customers: {} } });
  vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
  await handleMessage({
    type: 'multichannel:set-customer-facts',
    customerId: 't1',
    facts: { customerIsCspPartner: true },
  })?.catch(() => undefined);
  render(<QuarantineList locale="en" />, root);
  await vi.waitFor(() =>
    expect(root.querySelector('[data-storage-state="quota"]')?.textContent).toContain('full'),
  );
});
