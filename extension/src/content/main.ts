// Wires the content script: follows the SPA's URL, starts a page session on a customer's
// Subscriptions page, stops it on leaving, and answers the popup.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FactsInput } from '../decisions/advice.ts';
import { browserLanguage, resolveLocale } from '../i18n/locale.ts';
import type { PageSummary } from '../messages.ts';
import { detectPage, PARTNER_CENTER_ORIGIN } from '../page/detect.ts';
import { BOUGHT_ELSEWHERE_KEY, SETTINGS_KEY } from '../storage/keys.ts';
import type { Settings } from '../storage/settings.ts';
import { AdviceCache, background } from './background-client.ts';
import { loadCustomer } from './customer-reply.ts';
import { PageSession, ROW_FACT_SETS } from './page-session.ts';

const SUMMARY_REQUEST = 'multichannel:summary';

/** What the options and the site say about the partner: context facts of the decisions. */
function partnerOf(origin: string, settings: Settings): FactsInput {
  const cloud =
    origin === PARTNER_CENTER_ORIGIN
      ? 'commercial'
      : (settings.extraHosts.find((h) => h.origin === origin)?.cloud ?? 'commercial');
  return {
    ...(settings.partnerType ? { partnerType: settings.partnerType } : {}),
    roles: settings.roles,
    cloud,
  };
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  let settings = await background.settings();
  let session: PageSession | null = null;
  let sessionKey: string | null = null;
  // Each update supersedes the ones before it (their async preparation is dropped).
  let generation = 0;

  const update = async (url: URL) => {
    const page = detectPage(
      url,
      settings.extraHosts.map((h) => h.origin),
    );
    const customerId = page?.kind === 'subscriptions' && settings.annotate ? page.customerId : null;
    const key = customerId ? `${url.origin}|${customerId}` : null;
    if (key === sessionKey) return;
    const current = ++generation;
    session?.stop();
    session = null;
    sessionKey = key;
    if (!customerId) return;
    const locale = resolveLocale(settings.language, browserLanguage());
    const advice = new AdviceCache(partnerOf(url.origin, settings), { locale, edition: settings.edition });
    // Rows on this list can only have these fact sets: load their advice (with the customer's
    // answers) before annotating; a changed answer loads its own before re-badging.
    const customer = await loadCustomer(background.customer, customerId);
    await Promise.all(ROW_FACT_SETS.map((row) => advice.load({ ...row, ...customer.facts })));
    if (current !== generation || ctx.isInvalid) return;
    session = new PageSession(ctx, customerId, locale, advice, customer).start();
  };

  const summary = (): PageSummary => {
    if (session) return session.summary();
    const page = detectPage(
      new URL(location.href),
      settings.extraHosts.map((h) => h.origin),
    );
    if (page?.kind !== 'subscriptions') return { state: 'other-page' };
    return settings.annotate ? { state: 'loading' } : { state: 'off' };
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void update(new URL(newUrl)));
  // The Navigation API reports a navigation before the new URL commits; popstate and the
  // polling fallback cover the browsers without it.
  ctx.addEventListener(window, 'popstate', () => void update(new URL(location.href)));

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    // Records or answers changed here or in another tab.
    if (BOUGHT_ELSEWHERE_KEY in changes) session?.refreshFromStorage();
    if (!(SETTINGS_KEY in changes)) return;
    void background.settings().then((next) => {
      settings = next;
      sessionKey = null;
      session?.stop();
      session = null;
      return update(new URL(location.href));
    });
  };
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== SUMMARY_REQUEST) return undefined;
    return Promise.resolve(summary());
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    session?.stop();
  });
  await update(new URL(location.href));
}
