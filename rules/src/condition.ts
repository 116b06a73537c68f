import type { Condition, FactValue } from './schema.ts';

export function conditionMatches(condition: Condition | undefined, value: FactValue): boolean {
  if (condition === undefined || condition === 'any') return true;
  if ('in' in condition) return condition.in.includes(value);
  return !condition.notIn.includes(value);
}
