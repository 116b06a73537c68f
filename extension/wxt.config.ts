import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The Firefox-only keys live in the Firefox manifest: Chrome warns about unknown keys.
export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Multichannel Advisor',
    description:
      'Shows what multi-channel support means for each subscription on Partner Center subscription pages, with next steps.',
    permissions: ['storage'],
    host_permissions: ['https://partner.microsoft.com/*'],
    // Extra Partner Center hosts (e.g. the US Government cloud's) are asked for at runtime,
    // together with `scripting`, which registers the content script on them.
    optional_permissions: ['scripting'],
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Multichannel Advisor' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'multichannel-advisor@multichannel.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
