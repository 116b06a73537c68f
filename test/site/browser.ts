// Shared set-up for the site's browser tests: the built site on 127.0.0.1, one Chromium, and a
// record of every console error and uncaught exception of each page.
import type { BrowserContext, Page } from 'playwright-core';
import { type RunningSite, serveSite } from '../../site/scripts/serve.ts';
import { launchChromium } from '../support/chromium.ts';
import { perFile } from '../support/per-file.ts';

export interface SiteSession {
  site: RunningSite;
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function openSite(options: { locale?: string } = {}): Promise<SiteSession> {
  const site = await serveSite();
  const context = await launchChromium({ locale: options.locale ?? 'en-US' });
  // The site must work offline: anything leaving 127.0.0.1 is a bug (and would hang here).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return {
    site,
    context,
    close: async () => {
      await context.close();
      await site.close();
    },
  };
}

/** Console errors and page errors seen on a page, for "no console errors" assertions. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message} (${page.url()})`));
  return errors;
}

export interface SitePage {
  session: SiteSession;
  page: Page;
  errors: string[];
  /** Opens `path` of the built site in the page. */
  go: (path: string, options?: Parameters<Page['goto']>[1]) => ReturnType<Page['goto']>;
}

/** The built site and one page of it (its errors recorded) for all the tests of a file; see perFile. */
export const useSitePage = (): SitePage =>
  perFile(
    'the site page',
    async () => {
      const session = await openSite();
      const page = await session.context.newPage();
      const go: SitePage['go'] = (path, options) => page.goto(`${session.site.origin}${path}`, options);
      return { session, page, errors: recordErrors(page), go };
    },
    ({ session }) => session.close(),
  );
