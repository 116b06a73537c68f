// Page detectors for Partner Center URLs (domain.md §3). Each returns null when the URL is not
// its page; the subscriptions detector is the one that turns annotation on.
// Optional locale prefix such as /en-us/ or /hu-hu/ (also bare /hu/).
const LOCALE = String.raw`(?:/(?<locale>[a-z]{2}(?:-[a-z]{2,4})?))?`;
// Both URL families Partner Center uses for customer pages.
const FAMILY = String.raw`/(?:commerce|dashboard/commerce2)`;
const TENANT = String.raw`(?<customerId>[^/?#]+)`;

export const PAGE_KINDS = ['customer-list', 'subscriptions', 'subscription-details'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface DetectedPage {
  kind: PageKind;
  customerId: string | null;
  /** The URL's locale prefix, lower-cased, e.g. 'hu-hu'; null when absent. */
  urlLocale: string | null;
}

const PATTERNS: Record<PageKind, RegExp> = {
  'customer-list': new RegExp(`^${LOCALE}(?:${FAMILY}|/dashboard/v2)/customers/list/?$`, 'i'),
  subscriptions: new RegExp(`^${LOCALE}${FAMILY}/customers/${TENANT}/subscriptions/?$`, 'i'),
  'subscription-details': new RegExp(
    `^${LOCALE}${FAMILY}/customers/${TENANT}/subscriptions/(?<subscriptionId>[^/?#]+)/?$`,
    'i',
  ),
};

/** The path segment decoded; as written when it is not valid percent-encoding (any URL can be typed). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function detect(kind: PageKind, url: URL): DetectedPage | null {
  const match = PATTERNS[kind].exec(url.pathname);
  if (!match) return null;
  const customerId = match.groups?.customerId ? decodeSegment(match.groups.customerId) : null;
  // "list" is the customer list, never a customer id.
  if (customerId?.toLowerCase() === 'list') return null;
  return { kind, customerId, urlLocale: match.groups?.locale?.toLowerCase() ?? null };
}

export const isCustomerListPage = (url: URL) => detect('customer-list', url);
export const isSubscriptionsPage = (url: URL) => detect('subscriptions', url);
export const isSubscriptionDetailsPage = (url: URL) => detect('subscription-details', url);

export const DETECTORS = {
  'customer-list': isCustomerListPage,
  subscriptions: isSubscriptionsPage,
  'subscription-details': isSubscriptionDetailsPage,
} as const satisfies Record<PageKind, (url: URL) => DetectedPage | null>;

export const PARTNER_CENTER_ORIGIN = 'https://partner.microsoft.com';

/** Which page this is, if any; `extraOrigins` are the hosts the user added in the options. */
export function detectPage(url: URL, extraOrigins: readonly string[] = []): DetectedPage | null {
  if (url.origin !== PARTNER_CENTER_ORIGIN && !extraOrigins.includes(url.origin)) return null;
  for (const detector of Object.values(DETECTORS)) {
    const page = detector(url);
    if (page) return page;
  }
  return null;
}
