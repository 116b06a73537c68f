// The form's questions with the shipped editions: commerce (2024-06) only where it decides, and
// the seed edition's questions as before.
import { getEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { ROW_FACTS } from '../page/labels.ts';
import { customerFactsOf, factQuestion, formQuestions } from './fact-questions.ts';

const asked = (edition: string, answers: Record<string, unknown>, customer: Record<string, unknown> = {}) =>
  formQuestions(getEdition(edition), 'en', answers, customer, ROW_FACTS).map((q) => q.fact);

describe('the bought-elsewhere form', () => {
  it('asks commerce only for license-based subscriptions from another CSP partner (2024-06)', () => {
    expect(asked('2024-06', {})).toEqual(['channel', 'billing']);
    expect(asked('2024-06', { channel: 'other-csp-partner', billing: 'license' })).toEqual([
      'channel',
      'billing',
      'commerce',
    ]);
    expect(asked('2024-06', { channel: 'other-csp-partner', billing: 'usage' })).toEqual([
      'channel',
      'billing',
    ]);
    expect(asked('2024-06', { channel: 'microsoft-direct', billing: 'license' })).not.toContain('commerce');
  });

  it('never asks a fact the edition does not declare, and drops one stored for another edition', () => {
    expect(
      asked('2020-06', { channel: 'other-csp-partner', billing: 'license', commerce: 'legacy' }),
    ).toEqual(['channel', 'billing']);
    // A value 2020-06 does not know counts as unknown there: the channel is asked again.
    expect(asked('2020-06', { channel: 'volume-licensing', billing: 'license' })).toEqual([
      'channel',
      'billing',
    ]);
  });

  it('asks the customer-level facts once per customer, with the edition’s words and values', () => {
    const table = getEdition('2024-06');
    expect(customerFactsOf(table)).toEqual(['customerIsCspPartner']);
    const question = factQuestion(table, 'hu', 'customerIsCspPartner');
    // In Hungarian, not the English text nor a bare key.
    expect(question.question).not.toBe(factQuestion(table, 'en', 'customerIsCspPartner').question);
    expect(question.question).not.toMatch(/^question\./);
    expect(question.values.map((v) => v.value)).toEqual([true, false]);
    expect(question.values.every((v) => v.label !== '' && !v.label.startsWith('value.'))).toBe(true);
  });
});
