// The closed vocabularies of the decision table as plain lists, with no dependency at all, so
// the smallest bundles (the extension's content script, the site's checker) can share them.
// These ids are public API: values are only ever added, never renamed.

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
export const LOCALES = ['en', 'hu'] as const;
