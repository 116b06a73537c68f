// The interface words the checker island needs, resolved at build time for one locale so the
// browser bundle carries one language's strings, not the site's whole dictionary.
import type { SiteLocale } from '../../lib/locale.ts';
import { textsOf } from '../../lib/ui.ts';

const KEYS = [
  'checker.decision',
  'checker.decides',
  'checker.decides.more',
  'checker.possible',
  'checker.rule',
  'checker.steps',
  'checker.why',
  'checker.assumed',
  'checker.caveats',
  'checker.canAct.yes',
  'checker.canAct.no',
  'checker.unknown',
  'checker.reset',
  'checker.share',
  'checker.invalid',
  'checker.optional',
  'checker.edition',
  'checker.edition.unknown',
  'checker.decidedIn',
  'checker.earlier',
  'checker.earlier.none',
  'checker.earlier.rule',
] as const;
export type CheckerTextKey = (typeof KEYS)[number];
export type CheckerTexts = Record<CheckerTextKey, string>;

export const checkerTexts = (locale: SiteLocale): CheckerTexts => textsOf(KEYS, locale);
