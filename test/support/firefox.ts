// One place that knows how to start Debian's Firefox ESR for the end-to-end tests, driven by
// puppeteer-core over WebDriver BiDi. The machine's network is closed, and Firefox must not
// phone home: the prefs below switch off its own traffic, and every connection it still tries
// goes to a local proxy that refuses it and records it (`offline`), so a test can assert that
// nothing left the browser.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Firefox not found (looked at ${CANDIDATES.join(', ')}); install it with 'apt-get install firefox-esr' or set FIREFOX_PATH`,
    );
  }
  return found;
}

/**
 * On top of puppeteer's profile (no updates, no Normandy, no health report, a dummy remote
 * settings server) and the remote agent's recommended prefs: no telemetry or pings, no
 * connectivity/captive-portal probes, no safe-browsing list updates, no add-on blocklist or
 * system add-on updates, no region lookup, no prefetching, no favicon fetches. With Firefox ESR
 * 153, only the favicon pref (and MOZ_REMOTE_SETTINGS_DEVTOOLS below) were observed to matter;
 * the rest keep it quiet as defaults change. The refusing proxy is what the tests rely on.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.usage.uploadEnabled': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google5.updateURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.showPane': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'media.gmp-manager.url': '',
  'browser.topsites.contile.enabled': false,
  'identity.fxaccounts.enabled': false,
  // No automatic /favicon.ico request, which would be aborted (and count as stray).
  'browser.chrome.site_icons': false,
};

export interface FirefoxSession {
  browser: Browser;
  /** Connections Firefox tried to open on its own (they reached the refusing proxy). */
  offline: string[];
  close: () => Promise<void>;
}

/** Refuses every proxied request or CONNECT tunnel, and records where it was going. */
async function startRefusingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? '?');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** A fresh temporary profile; `extensionDir` (unpacked) is installed as a temporary add-on. */
export async function launchFirefox(options: { extensionDir?: string } = {}): Promise<FirefoxSession> {
  const proxy = await startRefusingProxy();
  const stopProxy = () => new Promise((done) => proxy.server.close(done));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      // Release and ESR builds ignore puppeteer's dummy `services.settings.server` (and sync
      // remote settings from Mozilla's server) unless this is set: see Utils.sys.mjs in
      // services/settings ("Allow by setting MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment").
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'intl.accept_languages': 'en-US',
      },
    });
    if (options.extensionDir) await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser?.close();
    await stopProxy();
    throw error;
  }
  const started = browser;
  return {
    browser: started,
    offline: proxy.seen,
    close: async () => {
      await started.close();
      await stopProxy();
    },
  };
}
