// A decision with every text the extension shows for it, built where the rules package is
// loaded (background, popup). The content script only renders views: it stays small because
// the rules package and its schema library never enter it.
import {
  BILLING_TYPES,
  CHANNELS,
  type Decision,
  describeRule,
  type Locale,
  type Status,
  statusLabel,
  t,
} from '@multichannel/rules';
import { edition } from './advice.ts';

export type { Status };

export interface AdviceView {
  status: Status;
  short: string;
  label: string;
  description: string;
  edition: string;
  canAct: boolean | null;
  steps: { id: string; text: string; url: string | null }[];
  rule: { id: string; title: string; rationale: string; source: { url: string; title: string } } | null;
  trace: string[];
  missingQuestions: string[];
  possible: string[];
  assumptions: string[];
  caveats: { id: string; text: string; urls: string[] }[];
}

export function toView(decision: Decision, locale: Locale): AdviceView {
  const rule = decision.ruleId ? describeRule(edition(), decision.ruleId, locale) : null;
  return {
    status: decision.status,
    short: t(locale, `status.${decision.status}.short`),
    label: statusLabel(locale, decision.status),
    description: t(locale, `status.${decision.status}.description`),
    edition: decision.edition,
    canAct: decision.canAct,
    steps: decision.steps,
    rule: rule
      ? {
          id: rule.id,
          title: rule.title,
          rationale: rule.rationale,
          source: { url: rule.source.url, title: rule.source.title },
        }
      : null,
    trace: decision.trace.map((entry) => entry.text),
    missingQuestions: decision.missing.map((fact) => t(locale, `question.${fact}`)),
    possible: decision.status === 'needs-info' ? decision.possible.map((s) => statusLabel(locale, s)) : [],
    assumptions: decision.assumptions.map((a) => a.text),
    caveats: decision.caveats,
  };
}

/** Labels the bought-elsewhere form needs, from the rules package's vocabulary. */
export interface FormVocabulary {
  facts: { channel: string; billing: string };
  channels: { id: string; label: string }[];
  billingTypes: { id: string; label: string }[];
}

export function formVocabulary(locale: Locale): FormVocabulary {
  return {
    facts: {
      channel: t(locale, 'fact.channel'),
      billing: t(locale, 'fact.billing'),
    },
    // The partner's own subscriptions are listed by Partner Center itself.
    channels: CHANNELS.filter((c) => c !== 'this-partner').map((id) => ({
      id,
      label: t(locale, `value.channel.${id}`),
    })),
    billingTypes: BILLING_TYPES.map((id) => ({ id, label: t(locale, `value.billing.${id}`) })),
  };
}
