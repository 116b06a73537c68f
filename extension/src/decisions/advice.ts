// The one place the extension asks the rules package for a decision. Nothing about rules is
// decided here: this picks the edition, checks the facts against it and caches decisions (a page
// has few distinct fact sets). No fact, value or status is named: the edition declares them.
import {
  checkFacts,
  type Decision,
  type DecisionTable,
  decide,
  type FactProblem,
  type Locale,
  pickFacts,
} from '@multichannel/rules';
import { earlierThan, editions, latestEdition } from '@multichannel/rules/editions';

/** Facts as sent by a caller (a page row, a record, the settings): checked against the edition here. */
export type FactsInput = Readonly<Record<string, unknown>>;

/** The edition to decide with: the pinned one when it is shipped, else the newest. */
export function editionFor(
  pinned: string | undefined,
  shipped: readonly DecisionTable[] = editions,
): DecisionTable {
  return shipped.find((table) => table.edition.id === pinned) ?? shipped[0] ?? latestEdition;
}

export interface Advice {
  decision: Decision;
  /** Facts left out because this edition does not know them (a record written for another edition). */
  ignored: FactProblem[];
}

const cache = new WeakMap<DecisionTable, Map<string, Advice>>();

/**
 * Decides `facts` (a subscription's and its customer's) with `context` (what the options say
 * about the partner) in `table`. A fact or value the edition does not declare is left out, so it
 * counts as unknown, and reported in `ignored`: the stored record keeps it for another edition.
 */
export function advise(table: DecisionTable, facts: FactsInput, context: FactsInput, locale: Locale): Advice {
  const input = { ...facts, ...context };
  const ignored = checkFacts(table, input);
  const wrong = new Set(ignored.map((p) => p.fact));
  const known = pickFacts(
    table,
    Object.fromEntries(Object.entries(input).filter(([fact]) => !wrong.has(fact))),
  );
  // pickFacts lists facts in the edition's order, so equal fact sets give equal keys.
  const key = `${locale}|${JSON.stringify(known)}|${JSON.stringify(ignored)}`;
  let byKey = cache.get(table);
  if (!byKey) {
    byKey = new Map();
    cache.set(table, byKey);
  }
  let advice = byKey.get(key);
  if (!advice) {
    // A not-addressed decision names what the latest earlier edition decided.
    advice = { decision: decide(table, known, { locale, earlier: earlierThan(table) }), ignored };
    byKey.set(key, advice);
  }
  return advice;
}
