// The onboarding plan: every imported subscription decided by the edition in use, with the
// facts and how each was read, the next steps, and the questions still open. Pure: files in,
// plan out; the renderers (md, json, csv, html) only format it.
import { type Decision, decide } from '../decide.ts';
import { declaredStatuses, declaredValues } from '../import/declared.ts';
import { type FactFinding, type SubscriptionFacts, subscriptionFacts } from '../import/facts.ts';
import { planText } from '../import/messages.ts';
import type { FactReading, ImportedFile, Sentence } from '../import/record.ts';
import type { DecisionTable } from '../schema.ts';
import { message, textKey } from '../texts.ts';
import type { Facts, FactValue, Locale } from '../vocabulary.ts';
import { answerKey, checkAnswers, type PlanAnswers, withAnswers } from './answers.ts';

export interface PlanFact {
  fact: string;
  label: string;
  value: FactValue | null;
  /** The value's label, or "not known" with the candidates, or the conflict. */
  text: string;
  candidates: FactValue[];
  conflict: boolean;
  /** True when the value is the user's answer to the row's open question. */
  answered: boolean;
  readings: { file: string; field: string; raw: string; text: string }[];
}

export interface PlanRow {
  id: string;
  name: string;
  files: string[];
  /** Null for entries that are not purchases. */
  status: string | null;
  statusLabel: string;
  ruleId: string | null;
  facts: PlanFact[];
  steps: { id: string; text: string; url: string | null }[];
  /** What to ask; with one question, the status each possible answer would give. */
  questions: {
    fact: string;
    text: string;
    /** The candidates' labels; `values` are the same candidates as fact values (answers). */
    candidates: string[];
    values: FactValue[];
    outcomes: { answer: string; status: string; statusLabel: string }[];
  }[];
  assumptions: string[];
  caveats: { text: string; urls: string[] }[];
  skipped: string | null;
  /** When the edition does not address the case: what the latest earlier edition said. */
  earlier: { edition: string; status: string; statusLabel: string } | null;
  otherFields: Record<string, string>;
}

export interface Plan {
  edition: {
    id: string;
    title: string;
    effectiveDate: string;
    dateKnown: string;
    dateEvidence: string;
    text: string;
  };
  locale: Locale;
  files: { file: string; format: string; formatName: string; notes: string[] }[];
  total: number;
  groups: { status: string; label: string; count: number; rows: PlanRow[] }[];
  skipped: PlanRow[];
}

const label = message;

function sentence(locale: Locale, s: Sentence, extra: Record<string, string> = {}): string {
  return planText(locale, s.key, { ...extra, ...s.params });
}

/**
 * One plan's memory: a customer's subscriptions share a handful of fact combinations and
 * readings, so each decision and sentence is made once and shared by the rows that have it.
 */
class Memo {
  readonly table: DecisionTable;
  readonly locale: Locale;
  private readonly decisions = new Map<string, Decision>();
  private readonly readings = new Map<string, PlanFact['readings'][number]>();
  private readonly texts = new Map<string, string>();
  private readonly earlier: readonly DecisionTable[];
  constructor(table: DecisionTable, locale: Locale, earlier: readonly DecisionTable[]) {
    this.table = table;
    this.locale = locale;
    this.earlier = earlier;
  }
  decide(facts: Record<string, FactValue>): Decision {
    const key = JSON.stringify(facts);
    let decision = this.decisions.get(key);
    if (!decision) {
      // The importers fill only what the edition declares, so these are facts of this table.
      decision = decide(this.table, facts as Facts, { locale: this.locale, earlier: this.earlier });
      this.decisions.set(key, decision);
    }
    return decision;
  }
  /** A text of the edition by key (labels of facts, values, statuses, questions). */
  text(key: string): string {
    let text = this.texts.get(key);
    if (text === undefined) {
      text = label(this.table, this.locale, key);
      this.texts.set(key, text);
    }
    return text;
  }
  value(fact: string, value: FactValue): string {
    return this.text(textKey.value(fact, value));
  }
  /** The fact as the plan states it: its value, the conflict, or "not known" with the candidates. */
  factText(f: FactFinding): string {
    const key = ['\u0000fact', f.fact, String(f.value), String(f.conflict), ...f.candidates.map(String)].join(
      '\u0001',
    );
    let text = this.texts.get(key);
    if (text === undefined) {
      const { locale } = this;
      text =
        f.value !== null
          ? this.value(f.fact, f.value)
          : f.conflict
            ? planText(locale, 'plan.conflict')
            : `${planText(locale, 'plan.unknown')}; ${planText(locale, 'plan.candidates', {
                values: f.candidates.map((v) => this.value(f.fact, v)).join(', '),
              })}`;
      this.texts.set(key, text);
    }
    return text;
  }
  reading(r: FactReading): PlanFact['readings'][number] {
    const params = r.params ? Object.entries(r.params).flat() : [];
    const key = [r.file, r.field, r.raw, r.key, ...params].join('\u0001');
    let reading = this.readings.get(key);
    if (!reading) {
      const text = sentence(this.locale, r, { raw: r.raw, field: r.field });
      reading = { file: r.file, field: r.field, raw: r.raw, text };
      this.readings.set(key, reading);
    }
    return reading;
  }
}

function row(memo: Memo, imported: SubscriptionFacts, given: Record<string, FactValue> | undefined): PlanRow {
  const { locale } = memo;
  // Entries that are not purchases are not decided, so there is nothing to answer.
  const answers = imported.skip ? undefined : given;
  const subscription = withAnswers(imported, answers, (fact, value) => ({
    fact,
    candidates: [value],
    file: planText(locale, 'plan.answer.source'),
    field: fact,
    raw: String(value),
    key: 'read.answer',
    params: { value: memo.value(fact, value) },
  }));
  const facts: PlanFact[] = subscription.findings.map((f) => ({
    fact: f.fact,
    label: memo.text(textKey.fact(f.fact)),
    value: f.value,
    text: memo.factText(f),
    candidates: f.candidates,
    conflict: f.conflict,
    answered: answers?.[f.fact] !== undefined,
    readings: f.readings.map((r) => memo.reading(r)),
  }));
  const base = {
    id: subscription.id,
    name: subscription.name,
    files: subscription.files,
    facts,
    otherFields: subscription.otherFields,
  };
  if (subscription.skip)
    return {
      ...base,
      status: null,
      statusLabel: planText(locale, 'plan.skipped'),
      ruleId: null,
      steps: [],
      questions: [],
      assumptions: [],
      caveats: [],
      skipped: sentence(locale, subscription.skip),
      earlier: null,
    };
  const decision = memo.decide(subscription.facts);
  return {
    ...base,
    status: decision.status,
    statusLabel: memo.text(textKey.status(decision.status)),
    ruleId: decision.ruleId,
    // Copies: a decision is frozen and shared (decide.ts); a plan's rows are the caller's.
    steps: decision.steps.map((step) => ({ ...step })),
    questions: decision.missing.map((fact) => {
      // A fact no file spoke of may be any value the edition declares.
      const candidates = subscription.findings.find((f) => f.fact === fact)?.candidates ?? [
        ...(declaredValues(memo.table, fact) ?? []),
      ];
      return {
        fact,
        text: memo.text(textKey.question(fact)),
        candidates: candidates.map((v) => memo.value(fact, v)),
        values: candidates,
        outcomes:
          decision.missing.length === 1
            ? candidates.map((v) => {
                const status = memo.decide({ ...subscription.facts, [fact]: v }).status;
                return {
                  answer: memo.value(fact, v),
                  status,
                  statusLabel: memo.text(textKey.status(status)),
                };
              })
            : [],
      };
    }),
    assumptions: decision.assumptions.map((a) => a.text),
    caveats: decision.caveats.map(({ text, urls }) => ({ text, urls: [...urls] })),
    skipped: null,
    earlier: decision.earlier
      ? {
          edition: decision.earlier.edition,
          status: decision.earlier.status,
          statusLabel: decision.earlier.statusLabel,
        }
      : null,
  };
}

export interface PlanOptions {
  locale?: Locale;
  /** Earlier editions, newest first: a status the edition does not address names their outcome. */
  earlier?: readonly DecisionTable[];
  /**
   * The user's answers to open questions, per subscription id and fact. Each is checked against
   * the edition (a PlanAnswerError names a fact or value it does not declare), then decided on
   * like a fact read from a file, with an "answered by you" reading. Answers for ids no file
   * lists are left unused: the planner keeps them while files are added and removed.
   */
  answers?: PlanAnswers;
}

export function buildPlan(table: DecisionTable, files: ImportedFile[], options: PlanOptions = {}): Plan {
  const locale = options.locale ?? 'en';
  const memo = new Memo(table, locale, options.earlier ?? []);
  const answers = checkAnswers(table, options.answers ?? {});
  const rows = subscriptionFacts(table, files).map((s) => row(memo, s, answers.get(answerKey(s.id))));
  const byStatus = new Map<string, PlanRow[]>();
  for (const r of rows) {
    if (r.status === null) continue;
    const group = byStatus.get(r.status);
    if (group) group.push(r);
    else byStatus.set(r.status, [r]);
  }
  return {
    edition: {
      id: table.edition.id,
      title: label(table, locale, table.edition.title),
      effectiveDate: table.edition.effectiveDate,
      dateKnown: table.edition.dateKnown,
      dateEvidence: label(table, locale, table.edition.dateEvidence),
      text: planText(locale, `plan.edition.${table.edition.dateKnown}`, {
        edition: table.edition.id,
        title: label(table, locale, table.edition.title),
        date: table.edition.effectiveDate,
      }),
    },
    locale,
    files: files.map((f) => ({
      file: f.file,
      format: f.format,
      formatName: planText(locale, `format.${f.format}`),
      notes: f.notes.map((n) => sentence(locale, n)),
    })),
    total: rows.length,
    groups: declaredStatuses(table)
      .filter((status) => byStatus.has(status))
      .map((status) => {
        const members = byStatus.get(status) as PlanRow[];
        return {
          status,
          label: label(table, locale, textKey.status(status)),
          count: members.length,
          rows: members,
        };
      }),
    skipped: rows.filter((r) => r.status === null),
  };
}
