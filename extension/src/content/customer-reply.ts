// The background's answer about a customer, checked before the page session uses it: a reply
// can be missing (the background refuses a customer id it cannot store, such as one over 200
// characters) or malformed, and a page must still get its badges.
import * as z from 'zod/mini';
import type { CustomerReading } from '../storage/bought-elsewhere.ts';

/** The customer as stored, whether its stored data had to be set aside, and whether storage failed. */
export type CustomerState = CustomerReading;

// The records' own fields were validated by the background when stored; here only the shape the
// session relies on.
const Reply = z.object({
  records: z.array(z.object({ id: z.string(), product: z.string() })),
  customerIsCspPartner: z.optional(z.boolean()),
  setAsideError: z.optional(z.nullable(z.string())),
  storageProblem: z.optional(z.nullable(z.enum(['quota', 'failed']))),
});

/** A customer with nothing recorded: what a page shows when nothing can be read. */
export const NO_CUSTOMER: CustomerState = { records: [], setAsideError: null, storageProblem: null };

/** The reply as customer data, or null when it is not one. */
export function customerReply(reply: unknown): CustomerState | null {
  const parsed = Reply.safeParse(reply);
  if (!parsed.success) return null;
  // A write's answer is the customer's data alone: no set-aside error, no storage problem.
  const value = reply as Partial<CustomerState> & Pick<CustomerState, 'records'>;
  return {
    records: value.records,
    ...(value.customerIsCspPartner === undefined ? {} : { customerIsCspPartner: value.customerIsCspPartner }),
    setAsideError: value.setAsideError ?? null,
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
