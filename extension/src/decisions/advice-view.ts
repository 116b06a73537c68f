// A decision with every text the extension shows for it, built where the rules package is
// loaded (background, popup). The content script only renders views: it stays small because
// the rules package and its schema library never enter it. Every label comes from the edition.
import {
  type DateKind,
  type DecisionTable,
  describeRule,
  type FactProblem,
  type Locale,
  message,
  questionText,
  type StatusKind,
  statusDescription,
  statusKind,
  statusLabel,
  statusShort,
} from '@multichannel/rules';
import type { Advice } from './advice.ts';

/** Which edition decided, for the panel and the badges' details. */
export interface EditionView {
  id: string;
  title: string;
  /** ISO date; `dateKnown` says whether it is the page's own date or an estimate. */
  date: string;
  dateKnown: DateKind;
  dateEvidence: string;
}

export interface AdviceView {
  status: string;
  /** What the status asks of the partner: badges are coloured by it, so any new status is. */
  kind: StatusKind;
  short: string;
  label: string;
  description: string;
  edition: EditionView;
  canAct: boolean | null;
  steps: { id: string; text: string; url: string | null }[];
  rule: { id: string; title: string; rationale: string; source: { url: string; title: string } } | null;
  trace: string[];
  missingQuestions: string[];
  possible: string[];
  assumptions: string[];
  caveats: { id: string; text: string; urls: string[] }[];
  /** For a case this edition does not address: what the latest earlier edition decided. */
  earlier: { edition: string; statusLabel: string } | null;
  /** Facts this edition does not know, left out of the decision (why, in words). */
  ignored: string[];
}

export function editionView(table: DecisionTable, locale: Locale): EditionView {
  const { edition } = table;
  return {
    id: edition.id,
    title: message(table, locale, edition.title),
    date: edition.effectiveDate,
    dateKnown: edition.dateKnown,
    dateEvidence: message(table, locale, edition.dateEvidence),
  };
}

const problemText = (problem: FactProblem) => problem.message;

export function toView(table: DecisionTable, { decision, ignored }: Advice, locale: Locale): AdviceView {
  const rule = decision.ruleId ? describeRule(table, decision.ruleId, locale) : null;
  const kind = statusKind(table, decision.status) ?? 'undecided';
  return {
    status: decision.status,
    kind,
    short: statusShort(table, locale, decision.status),
    label: statusLabel(table, locale, decision.status),
    description: statusDescription(table, locale, decision.status),
    edition: editionView(table, locale),
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
    missingQuestions: decision.missing.map((fact) => questionText(table, locale, fact)),
    possible: kind === 'undecided' ? decision.possible.map((s) => statusLabel(table, locale, s)) : [],
    assumptions: decision.assumptions.map((a) => a.text),
    caveats: decision.caveats,
    earlier: decision.earlier
      ? { edition: decision.earlier.edition, statusLabel: decision.earlier.statusLabel }
      : null,
    ignored: ignored.map(problemText),
  };
}
