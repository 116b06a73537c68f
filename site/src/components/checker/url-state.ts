// The checker's answers live in the URL query, one parameter per fact, named by the public fact
// ids: ?channel=ea&billing=usage&customerIsCspPartner=false&roles=global-admin,sales-agent.
// Each parameter is validated on its own, so one bad value drops only that answer (and is
// reported) instead of the whole link.
//
// No zod here: even zod/mini would be a third of the checker island's 15 KB budget. Each answer is
// checked against the rules' own vocabularies, and test/url-state.test.ts checks that this
// accepts exactly what the rules' `Facts` schema accepts.
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

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);
const isRole = oneOf(ROLES);

/** For each fact, whether a value is a valid answer: a value of that fact in the rules' `Facts`. */
export const ANSWER_CHECKS: { [F in FactName]: (value: unknown) => value is NonNullable<Facts[F]> } = {
  channel: oneOf(CHANNELS),
  billing: oneOf(BILLING_TYPES),
  customerIsCspPartner: (value): value is boolean => typeof value === 'boolean',
  partnerType: oneOf(PARTNER_TYPES),
  roles: (value): value is NonNullable<Facts['roles']> => Array.isArray(value) && value.every(isRole),
  cloud: oneOf(CLOUDS),
};

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
    const value = rawValue(fact, text);
    if (ANSWER_CHECKS[fact](value)) facts[fact] = value;
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
