import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The Firefox sources zip (`wxt zip -b firefox`): the build needs the workspace around this
 * package (the rules package, the lockfile, the shared tsconfig), so the zip is rooted at the
 * workspace and lists what a reviewer needs to run `pnpm install --frozen-lockfile` and
 * `pnpm --filter @multichannel/extension build`. The site's and e2e package's manifests come
 * along so the lockfile's importers all exist; their sources do not. WXT adds its own
 * exclusions (node_modules, test files, its output folder); dot files are left out.
 */
export const SOURCES_ZIP = {
  sourcesRoot: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  includeSources: [
    'package.json',
    'pnpm-workspace.yaml',
    'pnpm-lock.yaml',
    'tsconfig*.json',
    'README.md',
    'rules/**',
    'extension/**',
    'site/package.json',
    'test/package.json',
  ],
  excludeSources: [
    '**/node_modules/**',
    '**/.output/**',
    '**/.wxt/**',
    '**/dist/**',
    '**/coverage/**',
    '**/*.tsbuildinfo',
  ],
};

// The Firefox-only keys live in the Firefox manifest: Chrome warns about unknown keys.
export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  zip: SOURCES_ZIP,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Multichannel Advisor',
    description:
      'Shows what multi-channel support means for each subscription on Partner Center subscription pages, with next steps.',
    // No `unlimitedStorage`: the project asks for `storage` and Partner Center's host only (other
    // hosts when the user adds them). What is stored is typed by hand (about 200 bytes a record,
    // so Chrome's 10 MiB storage.local quota holds some 50,000 records), and a full storage is a
    // reported state that loses nothing (see src/storage/storage-problem.ts).
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
