import type { Condition } from './schema.ts';
import { t, valueLabel } from './texts.ts';
import type { Locale } from './vocabulary.ts';

/** A condition in words, e.g. "license-based" or "anything but through you". */
export function describeCondition(locale: Locale, fact: string, condition: Condition): string {
  if (condition === 'any') return t(locale, 'condition.any');
  const values = ('in' in condition ? condition.in : condition.notIn)
    .map((value) => valueLabel(locale, fact, value))
    .join(t(locale, 'condition.or'));
  return t(locale, 'in' in condition ? 'condition.in' : 'condition.notIn', { values });
}
