// One-line forms of a plan's parts, shared by the renderers.
import { planText } from '../import/messages.ts';
import type { Plan, PlanRow } from './plan.ts';

export function factLine(fact: PlanRow['facts'][number]): string {
  return `${fact.label}: ${fact.text}`;
}

/** The question, with what each possible answer leads to when there is one question. */
export function questionLine(q: PlanRow['questions'][number]): string {
  if (q.outcomes.length)
    return `${q.text} (${q.outcomes.map((o) => `${o.answer} → ${o.statusLabel}`).join('; ')})`;
  return q.candidates.length ? `${q.text} (${q.candidates.join(', ')})` : q.text;
}

/** What an earlier edition said, for a case this edition does not address. */
export function earlierLine(plan: Plan, earlier: NonNullable<PlanRow['earlier']>): string {
  return planText(plan.locale, 'plan.earlier', { edition: earlier.edition, status: earlier.statusLabel });
}
