// The checker's answers live in the URL query, one parameter per fact, named by the public fact
// ids: ?channel=ea&billing=usage&customerIsCspPartner=false&roles=global-admin,sales-agent.
// Each parameter is validated on its own, so one bad value drops only that answer (and is
// reported) instead of the whole link.
//
// Why zod/mini and not the rules' `Facts` schema: classic zod alone is over the island's 15 KB
// budget. The schemas below are built from the rules' own vocabularies, and
// test/url-state.test.ts checks they accept exactly what `Facts` accepts.
import {
  BILLING_TYPES,
  CHANNELS,
  CLOUDS,
  FACT_NAMES,
  type FactName,
  type Facts,
  PARTNER_TYPES,
  ROLES,
} from '@multichannel/rules';
import * as z from 'zod/mini';

export const ANSWER_SCHEMAS = {
  channel: z.enum(CHANNELS),
  billing: z.enum(BILLING_TYPES),
  customerIsCspPartner: z.boolean(),
  partnerType: z.enum(PARTNER_TYPES),
  roles: z.array(z.enum(ROLES)),
  cloud: z.enum(CLOUDS),
} satisfies Record<FactName, z.ZodMiniType>;

/** Compile-time guard: a validated answer is a value of that fact in the rules' `Facts`. */
type Answer<F extends FactName> = z.infer<(typeof ANSWER_SCHEMAS)[F]>;
const _sameFacts: { [F in FactName]: Answer<F> extends NonNullable<Facts[F]> ? true : never } = {
  channel: true,
  billing: true,
  customerIsCspPartner: true,
  partnerType: true,
  roles: true,
  cloud: true,
};
void _sameFacts;

export interface ParsedAnswers {
  facts: Facts;
  /** Parameters present in the URL that did not validate. */
  rejected: string[];
}

function rawValue(fact: FactName, text: string): unknown {
  if (fact === 'customerIsCspPartner') return text === 'true' ? true : text === 'false' ? false : text;
  if (fact === 'roles') return text === '' ? [] : text.split(',');
  return text;
}

export function parseAnswers(search: string): ParsedAnswers {
  const params = new URLSearchParams(search);
  const facts: Record<string, unknown> = {};
  const rejected: string[] = [];
  for (const fact of FACT_NAMES) {
    const text = params.get(fact);
    if (text === null) continue;
    const result = ANSWER_SCHEMAS[fact].safeParse(rawValue(fact, text));
    if (result.success) facts[fact] = result.data;
    else rejected.push(fact);
  }
  // Unknown parameter names are ignored: links may carry tracking or future facts.
  return { facts: facts as Facts, rejected };
}

/** The query string for some answers ('' when none), facts in their fixed order. */
export function answersQuery(facts: Facts): string {
  const params = new URLSearchParams();
  for (const fact of FACT_NAMES) {
    const value = facts[fact];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(fact, value.join(','));
    } else params.set(fact, String(value));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
