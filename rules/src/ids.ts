// Dependency-free pieces shared by the smallest bundles (the extension's content script, the
// site's checker island): the product's locales and the one text-filling helper.
// Facts, values and statuses are not here: each edition declares its own (vocabulary.ts).

export const LOCALES = ['en', 'hu'] as const;

/** Fills `{name}` placeholders; an unknown name stays as written, so a gap shows. */
export function fill(text: string, params?: Readonly<Record<string, string>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] as string) : whole,
  );
}

// TEMPORARY: the 2020-06 vocabulary as code, kept only until the extension and the site read
// it from the edition (issue 7). Nothing in rules/ may use these lists.
export const CHANNELS = [
  'this-partner',
  'other-csp-partner',
  'microsoft-direct',
  'advisor',
  'open',
  'ea',
  'syndication-partner',
  'third-party',
] as const;
export const BILLING_TYPES = ['license', 'usage'] as const;
export const BOOLEANS = [true, false] as const;
export const PARTNER_TYPES = ['direct', 'indirect-provider', 'indirect-reseller'] as const;
export const ROLES = [
  'global-admin',
  'user-admin',
  'sales-agent',
  'admin-agent',
  'billing-admin',
  'helpdesk-agent',
  'other',
] as const;
export const CLOUDS = ['commercial', 'us-government'] as const;
export const STATUSES = [
  'request-relationship',
  'new-azure-subscription',
  'switch-azure-partner',
  'wait-or-cancel',
  'already-yours',
  'out-of-scope',
  'not-allowed',
  'needs-info',
] as const;
