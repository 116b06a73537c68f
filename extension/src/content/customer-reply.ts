// The background's answer about a customer, checked before the page session uses it: a reply
// can be missing (the background refuses a customer id it cannot store, such as one over 200
// characters) or malformed, and a page must still get its badges.
import * as z from 'zod/mini';
import type { CustomerReading } from '../storage/bought-elsewhere.ts';
import type { CustomerData } from '../storage/bought-elsewhere-schema.ts';

/** The customer as stored, whether its stored data had to be set aside, and whether storage failed. */
export type CustomerState = CustomerReading;

const FactValue = z.union([z.string(), z.boolean()]);
const Facts = z.record(z.string(), z.union([FactValue, z.array(FactValue)]));

// The records' own fields were validated by the background when stored; here only the shape the
// session relies on (the facts are checked against the edition when the background decides).
const Reply = z.object({
  facts: Facts,
  records: z.array(z.object({ id: z.string(), product: z.string(), facts: Facts })),
  setAsideError: z.optional(z.nullable(z.string())),
  storageProblem: z.optional(z.nullable(z.enum(['quota', 'failed']))),
});

/** A customer with nothing recorded: what a page shows when nothing can be read. */
export const NO_CUSTOMER: CustomerState = {
  facts: {},
  records: [],
  setAsideError: null,
  storageProblem: null,
};

/** The reply as customer data, or null when it is not one. */
export function customerReply(reply: unknown): CustomerState | null {
  const parsed = Reply.safeParse(reply);
  if (!parsed.success) return null;
  const value = reply as CustomerData & Partial<Omit<CustomerReading, keyof CustomerData>>;
  return {
    facts: value.facts,
    records: value.records,
    setAsideError: value.setAsideError ?? null,
    // A write's answer (no storageProblem) means storage works again.
    storageProblem: value.storageProblem ?? null,
  };
}

/** Loads a customer; any failure (no reply, a malformed one, a refused id) is "nothing recorded". */
export async function loadCustomer(
  ask: (customerId: string) => Promise<unknown>,
  customerId: string,
): Promise<CustomerState> {
  try {
    return customerReply(await ask(customerId)) ?? NO_CUSTOMER;
  } catch {
    return NO_CUSTOMER;
  }
}
