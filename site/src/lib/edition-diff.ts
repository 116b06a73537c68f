// The behavioural diff between an edition and the one before it, in readers' words: for every
// complete combination of facts whose outcome changed, the facts as labels and both outcomes.
// The facts are those of both editions (diffEditions): a fact one edition lacks is a dimension
// along which that edition's outcome is constant.
import {
  type DecisionTable,
  diffEditions,
  type EditionOutcome,
  type FactValue,
  factLabel,
  factOf,
  factValues,
  statusLabel,
  valueLabel,
} from '@multichannel/rules';
import type { SiteLocale } from './locale.ts';
import { paths } from './paths.ts';
import { ui } from './ui.ts';

export interface OutcomeCell {
  /** null: the combination is not a case of this edition (a value it does not know). */
  status: string | null;
  label: string;
  /** The deciding rule's page in that edition. */
  ruleHref: string | null;
}

export interface ReadableDiff {
  from: DecisionTable;
  to: DecisionTable;
  combinations: number;
  renamed: number;
  facts: { id: string; label: string }[];
  rows: { values: string[]; before: OutcomeCell; after: OutcomeCell }[];
}

/** The edition that declares a fact (or a value of it), the newer one first: it names it. */
function namer(from: DecisionTable, to: DecisionTable, fact: string, value?: FactValue): DecisionTable {
  const knows = (table: DecisionTable) =>
    factOf(table, fact) !== undefined && (value === undefined || factValues(table, fact).includes(value));
  return knows(to) || !knows(from) ? to : from;
}

function cell(table: DecisionTable, outcome: EditionOutcome, locale: SiteLocale): OutcomeCell {
  if (outcome.status === null)
    return { status: null, label: ui(locale, 'editions.diff.absent'), ruleHref: null };
  return {
    status: outcome.status,
    label: statusLabel(table, locale, outcome.status),
    ruleHref: outcome.ruleId ? paths.rule(locale, outcome.ruleId, table.edition.id) : null,
  };
}

export function readableDiff(from: DecisionTable, to: DecisionTable, locale: SiteLocale): ReadableDiff {
  const diff = diffEditions(from, to);
  const factIds = Object.keys(diff.changed[0]?.combination ?? {});
  return {
    from,
    to,
    combinations: diff.combinations,
    renamed: diff.renamed.length,
    facts: factIds.map((id) => ({ id, label: factLabel(namer(from, to, id), locale, id) })),
    rows: diff.changed.map((change) => ({
      values: factIds.map((fact) => {
        const value = change.combination[fact] as FactValue;
        return valueLabel(namer(from, to, fact, value), locale, fact, value);
      }),
      before: cell(from, change.before, locale),
      after: cell(to, change.after, locale),
    })),
  };
}
