// The ONE place that answers "does the edition in use declare fact F / value V". Format 2
// tables (issue 7) declare their vocabulary in `facts`; today's tables have none, so the lists of
// ids.ts stand in. Importers ask only this, so they fill exactly what the edition can decide on.
import { BILLING_TYPES, BOOLEANS, CHANNELS, CLOUDS, PARTNER_TYPES, ROLES, STATUSES } from '../ids.ts';
import type { DecisionTable } from '../schema.ts';
import type { FactValue } from '../vocabulary.ts';

const TODAY: Record<string, readonly FactValue[]> = {
  channel: CHANNELS,
  billing: BILLING_TYPES,
  customerIsCspPartner: BOOLEANS,
  partnerType: PARTNER_TYPES,
  roles: ROLES,
  cloud: CLOUDS,
};

interface DeclaringTable {
  facts?: Record<string, { values?: readonly FactValue[] } | undefined>;
  statuses?: Record<string, unknown>;
}

/** The values the table declares for `fact`, or undefined when it does not declare the fact. */
export function declaredValues(table: DecisionTable, fact: string): readonly FactValue[] | undefined {
  const facts = (table as DecisionTable & DeclaringTable).facts;
  return facts ? facts[fact]?.values : TODAY[fact];
}

export function declares(table: DecisionTable, fact: string, value?: FactValue): boolean {
  const values = declaredValues(table, fact);
  return values !== undefined && (value === undefined || values.includes(value));
}

/** The table's statuses in its own order (today: the list of ids.ts). */
export function declaredStatuses(table: DecisionTable): readonly string[] {
  const statuses = (table as DecisionTable & DeclaringTable).statuses;
  return statuses ? Object.keys(statuses) : STATUSES;
}
