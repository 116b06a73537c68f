// One condition of a rule as each engine's unary-test dialect writes it. FEEL (DMN) negates
// with not("a","b") and matches anything with "-"; ZEN (GoRules) negates with not in ["a","b"]
// and matches anything with an empty cell. Values are text or true/false (format 2).
import type { Condition, FactValue } from '../schema.ts';

/** A FEEL or ZEN literal: booleans bare, text in double quotes with \ and " escaped. */
export function literal(value: FactValue): string {
  return typeof value === 'boolean' ? String(value) : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const list = (values: readonly FactValue[], separator: string) => values.map(literal).join(separator);

export function feelUnaryTest(condition: Condition | undefined): string {
  if (condition === undefined || condition === 'any') return '-';
  return 'in' in condition ? list(condition.in, ',') : `not(${list(condition.notIn, ',')})`;
}

export function zenUnaryTest(condition: Condition | undefined): string {
  if (condition === undefined || condition === 'any') return '';
  return 'in' in condition ? list(condition.in, ', ') : `not in [${list(condition.notIn, ', ')}]`;
}

/** A fact's values as FEEL unary tests (DMN inputValues and outputValues). */
export const feelValueList = (values: readonly FactValue[]): string => list(values, ',');
