// The extension's decision path with an edition it has never seen: a copy of the seed edition with
// one more decision fact (commerce, assumed when unknown), one more value of an existing fact
// (a channel) and more statuses (one of kind action, one of kind not-addressed), written here.
// Nothing in the extension's code changes for it: facts, questions, labels and colours follow.
import { type DecisionTable, decide, parseTable, statusKind, statusLabel } from '@multichannel/rules';
import { earlierThan, getEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../content/styles.ts';
import { ROW_FACTS } from '../page/labels.ts';
import { advise } from './advice.ts';
import { toView } from './advice-view.ts';
import { customerFactsOf, formQuestions } from './fact-questions.ts';

function syntheticEdition(): DecisionTable {
  const table = structuredClone(getEdition('2020-06')) as DecisionTable & Record<string, unknown>;
  table.edition = { ...table.edition, id: '2099-01', effectiveDate: '2099-01-15', dateKnown: 'earliest' };
  table.facts = {
    ...table.facts,
    channel: { ...table.facts.channel, values: [...(table.facts.channel?.values ?? []), 'volume-licensing'] },
    commerce: { use: 'decision', values: ['new-commerce', 'legacy'], whenUnknown: 'new-commerce' },
  } as DecisionTable['facts'];
  table.statuses = {
    ...table.statuses,
    'transfer-subscription': { kind: 'action' },
    'not-addressed': { kind: 'not-addressed' },
  };
  const rules = table.rules.map((rule) => {
    const channel = rule.when.channel;
    // Volume licensing goes where the other channels outside CSP go.
    if (channel && typeof channel === 'object' && 'in' in channel && channel.in.includes('ea'))
      return { ...rule, when: { ...rule.when, channel: { in: [...channel.in, 'volume-licensing'] } } };
    // Legacy license-based subscriptions of another CSP partner: this edition does not say.
    if (rule.id === 'license-with-other-csp-partner')
      return {
        ...rule,
        status: 'not-addressed',
        steps: [],
        when: { ...rule.when, commerce: { in: ['legacy'] } },
      };
    return rule;
  });
  const base = table.rules.find((rule) => rule.id === 'license-with-other-csp-partner');
  if (!base) throw new Error('the seed edition changed: no license-with-other-csp-partner rule');
  rules.push({
    ...base,
    id: 'license-transfer',
    status: 'transfer-subscription',
    when: { ...base.when, commerce: { in: ['new-commerce'] } },
  });
  table.rules = rules;
  table.messages = {
    ...table.messages,
    en: {
      ...table.messages.en,
      'fact.commerce': 'Commerce platform',
      'question.commerce': 'Is it a new commerce subscription?',
      'value.commerce.new-commerce': 'new commerce',
      'value.commerce.legacy': 'legacy commerce',
      'value.channel.volume-licensing': 'through volume licensing',
      'assumption.commerce': 'Taken as new commerce.',
      'status.transfer-subscription': 'Transfer the subscription',
      'status.transfer-subscription.short': 'Transfer',
      'status.transfer-subscription.description': 'Start a transfer request.',
      'status.not-addressed': 'Not addressed',
      'status.not-addressed.short': 'Not addressed',
      'status.not-addressed.description': 'This edition does not say.',
    },
  };
  return parseTable(table, 'synthetic edition');
}

const table = syntheticEdition();
const context = { roles: [], cloud: 'commercial' };
const view = (facts: Record<string, unknown>) => toView(table, advise(table, facts, context, 'en'), 'en');
const askedFacts = (answers: Record<string, unknown>, customer: Record<string, unknown> = {}) =>
  formQuestions(table, 'en', answers, customer, ROW_FACTS).map((q) => q.fact);

describe('an edition with one more decision fact, value and status, through the extension', () => {
  it('decides the new status with the new fact assumed, and colours it by its kind', () => {
    const transfer = view({ channel: 'other-csp-partner', billing: 'license' });
    expect(transfer).toMatchObject({
      status: 'transfer-subscription',
      kind: 'action',
      short: 'Transfer',
      label: 'Transfer the subscription',
      edition: { id: '2099-01', date: '2099-01-15', dateKnown: 'earliest' },
      assumptions: [expect.any(String), 'Taken as new commerce.'],
      earlier: null,
    });
    expect(KIND_COLOURS[transfer.kind]).toBeDefined();
  });

  it('decides the new value like the channels it joins', () => {
    expect(
      view({ channel: 'volume-licensing', billing: 'license', customerIsCspPartner: false }).status,
    ).toBe(decide(table, { channel: 'ea', billing: 'license', customerIsCspPartner: false }).status);
  });

  it('shows what the latest earlier edition decided when the new edition does not address a case', () => {
    const facts = {
      channel: 'other-csp-partner',
      billing: 'license',
      commerce: 'legacy',
      customerIsCspPartner: false,
    };
    const shown = view(facts);
    expect(shown.kind).toBe('not-addressed');
    // The first earlier edition that addresses these facts (those it declares).
    const earlier = earlierThan(table)
      .map((edition) => ({ edition, decision: decide(edition, { ...facts, cloud: 'commercial' }) }))
      .find(({ edition, decision }) => statusKind(edition, decision.status) !== 'not-addressed');
    expect(earlier).toBeDefined();
    if (!earlier) return;
    expect(shown.earlier).toEqual({
      edition: earlier.edition.edition.id,
      statusLabel: statusLabel(earlier.edition, 'en', earlier.decision.status),
    });
  });

  it('asks the new fact only where it can change the status, after the facts without a default', () => {
    expect(askedFacts({})).toEqual(['channel', 'billing']);
    expect(askedFacts({ channel: 'other-csp-partner' })).toEqual(['channel', 'billing']);
    expect(askedFacts({ channel: 'other-csp-partner', billing: 'license' })).toEqual([
      'channel',
      'billing',
      'commerce',
    ]);
    expect(askedFacts({ channel: 'microsoft-direct', billing: 'license' })).toEqual(['channel', 'billing']);
    // The customer's own answer decides alone: nothing else is asked for its records.
    expect(askedFacts({}, { customerIsCspPartner: true })).toEqual([]);
  });

  it('offers the new value with its label, and never the page’s own channel', () => {
    const [channel] = formQuestions(table, 'en', {}, {}, ROW_FACTS);
    expect(channel?.values).toContainEqual({
      id: 'volume-licensing',
      value: 'volume-licensing',
      label: 'through volume licensing',
    });
    expect(channel?.values.map((v) => v.id)).not.toContain(ROW_FACTS.channel);
    expect(customerFactsOf(table)).toEqual(['customerIsCspPartner']);
  });

  it('leaves out, and names, a stored fact or value another edition does not know', () => {
    const seed = getEdition('2020-06');
    const advice = advise(
      seed,
      { channel: 'volume-licensing', billing: 'license', commerce: 'legacy' },
      context,
      'en',
    );
    expect(advice.ignored.map((p) => p.fact)).toEqual(['channel', 'commerce']);
    expect(advice.decision.status).toBe(decide(seed, { billing: 'license', cloud: 'commercial' }).status);
    expect(toView(seed, advice, 'en').ignored.join(' ')).toMatch(/volume-licensing.*use one of/);
  });
});
