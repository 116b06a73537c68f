import type { Condition, DecisionTable } from './schema.ts';
import { t, valueLabel } from './texts.ts';
import type { Locale } from './vocabulary.ts';

/** A condition in words, e.g. "license-based" or "anything but through you". */
export function describeCondition(
  table: DecisionTable,
  locale: Locale,
  fact: string,
  condition: Condition,
): string {
  if (condition === 'any') return t(locale, 'condition.any');
  const values = ('in' in condition ? condition.in : condition.notIn)
    .map((value) => valueLabel(table, locale, fact, value))
    .join(t(locale, 'condition.or'));
  return t(locale, 'in' in condition ? 'condition.in' : 'condition.notIn', { values });
}

/** A condition in the table's own ids, for machines and logs: `channel in [ea, open]`. */
export function conditionInIds(fact: string, condition: Condition): string {
  if (condition === 'any') return `${fact}=any`;
  return 'in' in condition
    ? `${fact} in [${condition.in.join(', ')}]`
    : `${fact} not in [${condition.notIn.join(', ')}]`;
}
