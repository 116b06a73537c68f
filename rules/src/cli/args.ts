// Command-line arguments, checked with zod so every wrong value names what is allowed.
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { BillingType, Channel, Cloud, Locale, PartnerType, Role } from '../vocabulary.ts';

export class UsageError extends Error {}

function oneOf<T extends z.ZodEnum>(
  schema: T,
  flag: string,
  value: string | undefined,
): z.infer<T> | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(`--${flag}: "${value}" is not allowed; use one of: ${schema.options.join(', ')}`);
  }
  return parsed.data;
}

export const DECIDE_OPTIONS = {
  channel: { type: 'string' },
  billing: { type: 'string' },
  'customer-is-csp-partner': { type: 'boolean' },
  'customer-is-not-csp-partner': { type: 'boolean' },
  'partner-type': { type: 'string' },
  role: { type: 'string', multiple: true },
  cloud: { type: 'string' },
  locale: { type: 'string' },
  edition: { type: 'string' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: DECIDE_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type ParsedValues = ReturnType<typeof parse>['values'];

export function factsFrom(values: ParsedValues) {
  if (values['customer-is-csp-partner'] && values['customer-is-not-csp-partner']) {
    throw new UsageError(
      '--customer-is-csp-partner and --customer-is-not-csp-partner contradict each other; give one',
    );
  }
  const roles = (values.role ?? []).map((r) => oneOf(Role, 'role', r) as Role);
  return {
    channel: oneOf(Channel, 'channel', values.channel),
    billing: oneOf(BillingType, 'billing', values.billing),
    customerIsCspPartner: values['customer-is-csp-partner']
      ? true
      : values['customer-is-not-csp-partner']
        ? false
        : undefined,
    partnerType: oneOf(PartnerType, 'partner-type', values['partner-type']),
    roles: roles.length ? roles : undefined,
    cloud: oneOf(Cloud, 'cloud', values.cloud),
  };
}

export function localeFrom(values: ParsedValues): Locale {
  return oneOf(Locale, 'locale', values.locale) ?? 'en';
}

export function enumFlag<T extends z.ZodEnum>(schema: T, flag: string, value: string | undefined) {
  return oneOf(schema, flag, value);
}
