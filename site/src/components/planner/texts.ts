// The interface words the planner island needs, resolved at build time for one locale (as the
// checker's are), so the bundle carries one language's strings. The plan's own words (its
// headings, columns, readings) come from the rules package with the plan.
import type { SiteLocale } from '../../lib/locale.ts';
import { textsOf } from '../../lib/ui.ts';

const KEYS = [
  'plan.pick',
  'plan.drop',
  'plan.tenant',
  'plan.tenant.help',
  'plan.tenant.invalid',
  'plan.files',
  'plan.file.error',
  'plan.file.unexpected',
  'plan.load.failed',
  'plan.file.remove',
  'plan.loading',
  'plan.empty',
  'plan.failed',
  'plan.answer',
  'plan.answer.choose',
  'plan.answer.leads',
  'plan.answer.undo',
  'plan.download',
  'plan.download.name',
  'plan.print',
  'plan.more',
  'plan.shown',
  'plan.readings',
] as const;
export type PlannerTextKey = (typeof KEYS)[number];
export type PlannerTexts = Record<PlannerTextKey, string>;

export const plannerTexts = (locale: SiteLocale): PlannerTexts => textsOf(KEYS, locale);
