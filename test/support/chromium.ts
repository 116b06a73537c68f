// One place that knows how to start Debian's Chromium for the end-to-end tests.
// The background-networking flags matter: this machine's network is closed, and without them
// Chromium floods it with refused connections at every start.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${CANDIDATES.join(', ')}); install it with 'apt-get install chromium' or set CHROMIUM_PATH`,
    );
  }
  return found;
}

export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh persistent context (a new profile), optionally with an unpacked extension loaded. */
export async function launchChromium(
  options: { extensionDir?: string; locale?: string } = {},
): Promise<BrowserContext> {
  const args = [...QUIET_FLAGS];
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'mca-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
}
