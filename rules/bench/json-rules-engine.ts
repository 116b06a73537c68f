// The same table encoded for json-rules-engine, a popular general rules engine.
import { Engine } from 'json-rules-engine';
import type { Condition, DecisionTable } from '../src/schema.ts';
import { decisionFacts } from '../src/vocabulary.ts';

function toCondition(fact: string, condition: Condition | undefined) {
  if (condition === undefined || condition === 'any') return [];
  return 'in' in condition
    ? [{ fact, operator: 'in', value: condition.in }]
    : [{ fact, operator: 'notIn', value: condition.notIn }];
}

export function jsonRulesEngineFor(table: DecisionTable): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of table.rules) {
    engine.addRule({
      conditions: { all: decisionFacts(table).flatMap((fact) => toCondition(fact, rule.when[fact])) },
      event: { type: rule.status, params: { ruleId: rule.id } },
    });
  }
  return engine;
}
