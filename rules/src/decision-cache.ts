// Decisions kept per edition and locale, by what they depend on: the slot of the decision facts
// (match.ts) and the slot of the context facts (below), from which the context steps, caveats
// and who may act all follow. Each decision is built once, frozen and shared, so a call on
// facts met before costs a few look-ups instead of building steps, trace and texts again
// (docs/benchmarks.md). A not-addressed decision also names what an earlier edition said: kept
// too, where the two slots decide that.
import type { Decision } from './decide.ts';
import { decisionOf, earlierOutcome, ownValue } from './decision-parts.ts';
import { spaceOf } from './decision-space.ts';
import { deepFreeze } from './freeze.ts';
import { LOCALES } from './ids.ts';
import { slotOf } from './match.ts';
import type { DecisionTable, FactValue } from './schema.ts';
import { contextFacts, decisionFacts, type Facts, type Locale, statusKind } from './vocabulary.ts';

/** A fact of many values with more values than this is not keyed (2^n keys): the slow path. */
const MAX_MANY_VALUES = 16;
/** Lists of earlier editions kept per table; callers pass one or two. */
const MAX_EARLIER_LISTS = 8;
/**
 * Decisions kept per table and locale. Real use meets a few hundred keys (a customer's rows
 * share a handful of fact combinations), but the key space of a table with a fact of many
 * values runs to millions: past this, decisions are built for the call, not kept.
 */
export const MAX_KEPT = 20_000;

/**
 * A context fact's place in the context slot. A fact of one value: its position, then one for
 * unknown and one for a value the table does not declare. A fact of many values: a bit per
 * declared value held, and one for any value not declared; unknown is none held.
 */
interface ContextPlace {
  fact: string;
  values: readonly FactValue[];
  many: boolean;
  stride: number;
}

/** Per locale (index in LOCALES): the decisions by `slot * contextSize + context slot`. */
type Kept = Map<number, Decision>[];

interface EarlierList {
  tables: readonly DecisionTable[];
  /** Null when the two slots do not decide the earlier outcome (`followsFromSlots`). */
  decisions: Kept | null;
}

interface Compiled {
  context: ContextPlace[];
  contextSize: number;
  decisions: Kept;
  /** By slot: whether its status is not addressed, so the decision names an earlier outcome. */
  needsEarlier: boolean[];
  earlierLists: EarlierList[];
}

const compiledTables = new WeakMap<DecisionTable, Compiled | null>();
// As in match.ts: callers nearly always ask about one table in a row.
let lastTable: DecisionTable | undefined;
let lastCompiled: Compiled | null = null;

/**
 * Whether every context condition (steps, caveats, who may act) tests context facts on values
 * they declare: then it follows from the context slot. Otherwise the table is not kept.
 */
function conditionsFollowFromPlaces(table: DecisionTable): boolean {
  const context = contextFacts(table);
  const declared = (fact: string, values: readonly FactValue[]) =>
    context.includes(fact) && values.every((v) => table.facts[fact]?.values.includes(v));
  const entries = [
    ...table.contextSteps.flatMap((extra) => Object.entries(extra.when)),
    ...Object.values(table.caveats).flatMap((caveat) => Object.entries(caveat.when)),
    ...(table.mayAct ? [[table.mayAct.fact, table.mayAct.values] as const] : []),
  ];
  return entries.every(([fact, values]) => declared(fact, values));
}

function compiledOf(table: DecisionTable): Compiled | null {
  let compiled = compiledTables.get(table);
  if (compiled === undefined) {
    compiled = null;
    const facts = contextFacts(table).map((fact) => ({
      fact,
      values: table.facts[fact]?.values ?? [],
      many: table.facts[fact]?.many === true,
    }));
    const sizes = facts.map((f) => (f.many ? 2 ** (f.values.length + 1) : f.values.length + 2));
    const contextSize = sizes.reduce((n, s) => n * s, 1);
    const slots = spaceOf(table).domains.reduce((n, d) => n * (d.length + 1), 1);
    if (
      facts.every((f) => !f.many || f.values.length <= MAX_MANY_VALUES) &&
      slots * contextSize < Number.MAX_SAFE_INTEGER &&
      conditionsFollowFromPlaces(table)
    ) {
      compiled = {
        context: facts.map((f, i) => ({ ...f, stride: sizes.slice(i + 1).reduce((n, s) => n * s, 1) })),
        contextSize,
        decisions: LOCALES.map(() => new Map()),
        needsEarlier: [],
        earlierLists: [],
      };
    }
    compiledTables.set(table, compiled);
  }
  lastTable = table;
  lastCompiled = compiled;
  return compiled;
}

/** The context facts' slot, or -1 for a list given for a fact of one value (the slow path). */
function contextSlotOf(compiled: Compiled, facts: Facts): number {
  const { context } = compiled;
  let index = 0;
  for (let i = 0; i < context.length; i++) {
    const place = context[i] as ContextPlace;
    const value = ownValue(facts, place.fact);
    const n = place.values.length;
    let p: number;
    if (!place.many) {
      if (value === undefined) p = n;
      else if (Array.isArray(value)) return -1;
      else {
        p = place.values.indexOf(value as FactValue);
        if (p < 0) p = n + 1;
      }
    } else {
      p = 0;
      if (Array.isArray(value)) for (let j = 0; j < value.length; j++) p |= bitOf(place.values, value[j]);
      else if (value !== undefined) p = bitOf(place.values, value as FactValue);
    }
    index += p * place.stride;
  }
  return index;
}

/** A value's bit in a fact of many values: its position's, or the one past them if not declared. */
function bitOf(values: readonly FactValue[], value: FactValue): number {
  const at = values.indexOf(value);
  return at < 0 ? 1 << values.length : 1 << at;
}

const sameValues = (a: readonly FactValue[], b: readonly FactValue[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/**
 * Whether an earlier edition's outcome follows from this table's two slots: it decides on some
 * of this table's decision facts and asks the same context facts, with the same values. Then
 * its own slot, and whether the facts fit it, follow from ours.
 */
function followsFromSlots(table: DecisionTable, previous: DecisionTable): boolean {
  const ours = decisionFacts(table);
  const context = contextFacts(table);
  const theirs = contextFacts(previous);
  return (
    decisionFacts(previous).every((fact) => ours.includes(fact)) &&
    theirs.length === context.length &&
    theirs.every(
      (fact) =>
        context.includes(fact) &&
        sameValues(previous.facts[fact]?.values ?? [], table.facts[fact]?.values ?? []),
    )
  );
}

function earlierListOf(table: DecisionTable, compiled: Compiled, earlier: readonly DecisionTable[]) {
  for (const list of compiled.earlierLists) {
    if (list.tables.length === earlier.length && list.tables.every((t, i) => t === earlier[i])) return list;
  }
  if (compiled.earlierLists.length >= MAX_EARLIER_LISTS) return null;
  const list: EarlierList = {
    tables: [...earlier],
    decisions: earlier.every((previous) => followsFromSlots(table, previous))
      ? LOCALES.map(() => new Map())
      : null,
  };
  compiled.earlierLists.push(list);
  return list;
}

function keep(kept: Map<number, Decision>, key: number, decision: Decision): Decision {
  deepFreeze(decision);
  if (kept.size < MAX_KEPT) kept.set(key, decision);
  return decision;
}

/** The kept decision for the facts, built on first use; null for facts or a locale not kept. */
export function keptDecision(
  table: DecisionTable,
  facts: Facts,
  locale: Locale,
  earlier: readonly DecisionTable[],
): Decision | null {
  const localeIndex = LOCALES.indexOf(locale);
  if (localeIndex < 0) return null;
  const slot = slotOf(table, facts);
  if (slot < 0) return null;
  const compiled = table === lastTable ? lastCompiled : compiledOf(table);
  if (!compiled) return null;
  const contextSlot = contextSlotOf(compiled, facts);
  if (contextSlot < 0) return null;
  const key = slot * compiled.contextSize + contextSlot;
  const kept = compiled.decisions[localeIndex] as Map<number, Decision>;
  let base = kept.get(key);
  if (!base) {
    base = keep(kept, key, decisionOf(table, facts, locale));
    compiled.needsEarlier[slot] = statusKind(table, base.status) === 'not-addressed';
  }
  if (!compiled.needsEarlier[slot]) return base;
  const list = earlierListOf(table, compiled, earlier);
  const withEarlier = list?.decisions?.[localeIndex];
  if (!withEarlier) return deepFreeze({ ...base, earlier: earlierOutcome(earlier, facts, locale) });
  return (
    withEarlier.get(key) ??
    keep(withEarlier, key, { ...base, earlier: earlierOutcome(earlier, facts, locale) })
  );
}
