import { describe, expect, it } from 'vitest';
import { customerReply, loadCustomer, NO_CUSTOMER } from './customer-reply.ts';

const RECORD = {
  id: 'r1',
  product: 'Visio Plan 2',
  facts: { billing: 'license' },
  updatedAt: '2026-11-30T10:00:00.000Z',
};
const FACTS = { customerIsCspPartner: true };

describe('the background’s answer about a customer', () => {
  it('takes a well-formed answer as it is', () => {
    expect(
      customerReply({ facts: FACTS, records: [RECORD], setAsideError: null, storageProblem: 'quota' }),
    ).toEqual({ facts: FACTS, records: [RECORD], setAsideError: null, storageProblem: 'quota' });
    // A write's answer: the data alone.
    expect(customerReply({ facts: {}, records: [] })).toEqual({
      facts: {},
      records: [],
      setAsideError: null,
      storageProblem: null,
    });
  });

  it('refuses what is not customer data: no answer, or one without facts or records', () => {
    expect(customerReply(undefined)).toBeNull();
    // What a store read through a prototype key gives: `{...Object, setAsideError}`.
    expect(customerReply({ setAsideError: null })).toBeNull();
    expect(customerReply({ facts: {}, records: 'x' })).toBeNull();
    expect(customerReply({ facts: {}, records: [{ id: 1 }] })).toBeNull();
    // The shape of version 3 (the answer beside the records, no facts) is not this version's.
    expect(customerReply({ records: [], customerIsCspPartner: true })).toBeNull();
    expect(customerReply({ facts: { customerIsCspPartner: { nested: true } }, records: [] })).toBeNull();
  });

  it('loads "nothing recorded" when the background refuses, fails or answers badly', async () => {
    await expect(loadCustomer(async () => undefined, 'a'.repeat(250))).resolves.toEqual(NO_CUSTOMER);
    await expect(
      loadCustomer(async () => {
        throw new Error('The message port closed before a response was received.');
      }, 'x'),
    ).resolves.toEqual(NO_CUSTOMER);
    await expect(loadCustomer(async () => ({ facts: {}, records: [RECORD] }), 'x')).resolves.toEqual({
      facts: {},
      records: [RECORD],
      setAsideError: null,
      storageProblem: null,
    });
  });
});
