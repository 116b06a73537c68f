// A synthetic edition for the site's tests: the seed edition (2020-06) with one more decision
// fact, one more value of an existing fact and one more status, so the site's code is shown to
// read every fact, value and status from the edition instead of knowing them.
import { type DecisionTable, parseTable, verify } from '@multichannel/rules';
import { getEdition } from '@multichannel/rules/editions';

export const NEW_FACT = 'supportTier';
export const NEW_VALUE = { fact: 'channel', value: 'marketplace' } as const;
export const NEW_STATUS = 'escalate';

export function syntheticEdition(): DecisionTable {
  const seed = structuredClone(getEdition('2020-06'));
  const channel = seed.facts[NEW_VALUE.fact];
  if (!channel) throw new Error('the seed edition has no channel fact');
  const facts = {
    ...seed.facts,
    [NEW_VALUE.fact]: { ...channel, values: [...channel.values, NEW_VALUE.value] },
    [NEW_FACT]: { use: 'decision' as const, values: ['premier', 'standard'] },
  };
  const step = seed.rules[0]?.steps[0];
  const rule = (id: string, tier: string, status: string) => ({
    id,
    when: {
      [NEW_VALUE.fact]: { in: [NEW_VALUE.value] },
      customerIsCspPartner: { in: [false] },
      [NEW_FACT]: { in: [tier] },
    },
    status,
    steps: step ? [step] : [],
    title: `rule.${id}.title`,
    rationale: `rule.${id}.rationale`,
    source: seed.edition.source,
  });
  const texts = (lang: string) => ({
    [`fact.${NEW_FACT}`]: `${lang} support tier`,
    [`question.${NEW_FACT}`]: `${lang} which support tier?`,
    [`value.${NEW_FACT}.premier`]: `${lang} premier`,
    [`value.${NEW_FACT}.standard`]: `${lang} standard`,
    [`value.${NEW_VALUE.fact}.${NEW_VALUE.value}`]: `${lang} from a marketplace`,
    [`status.${NEW_STATUS}`]: `${lang} escalate it`,
    [`status.${NEW_STATUS}.short`]: `${lang} escalate`,
    [`status.${NEW_STATUS}.description`]: `${lang} ask the marketplace`,
    'rule.marketplace-premier.title': `${lang} marketplace, premier`,
    'rule.marketplace-premier.rationale': `${lang} premier support escalates`,
    'rule.marketplace-standard.title': `${lang} marketplace, standard`,
    'rule.marketplace-standard.rationale': `${lang} standard support asks for a relationship`,
  });
  const statuses = Object.fromEntries([
    ...Object.entries(seed.statuses).filter(([, s]) => s.kind !== 'undecided'),
    [NEW_STATUS, { kind: 'action' as const }],
    ...Object.entries(seed.statuses).filter(([, s]) => s.kind === 'undecided'),
  ]);
  const table = parseTable({
    ...seed,
    edition: { ...seed.edition, id: '2099-01', effectiveDate: '2099-01-01', dateKnown: 'earliest' },
    facts,
    statuses,
    rules: [
      ...seed.rules,
      rule('marketplace-premier', 'premier', NEW_STATUS),
      rule('marketplace-standard', 'standard', 'request-relationship'),
    ],
    messages: {
      en: { ...seed.messages.en, ...texts('EN') },
      hu: { ...seed.messages.hu, ...texts('HU') },
    },
  });
  const broken = verify(table).findings.filter((f) => f.kind === 'gap' || f.kind === 'overlap');
  if (broken.length > 0) throw new Error(broken.map((f) => f.message).join('\n'));
  return table;
}
