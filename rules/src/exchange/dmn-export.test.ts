// The DMN export, checked by the DMN tools themselves: dmn-moddle reads it against the DMN 1.3
// metamodel, and feelin evaluates its FEEL unary tests on every complete combination, which must
// give the same one rule and status as match() (the table's hit policy is UNIQUE).
import { DmnModdle, type ModdleElement } from 'dmn-moddle';
import { evaluate, unaryTest } from 'feelin';
import { describe, expect, it } from 'vitest';
import { allCombinations } from '../decision-space.ts';
import { match } from '../match.ts';
import type { DecisionTable } from '../schema.ts';
import { shipped, syntheticEdition } from '../test-support.ts';
import { decisionFacts, ruleStatusesOf } from '../vocabulary.ts';
import { tableToDmn } from './dmn-export.ts';

const many = (element: ModdleElement, property: string) => (element[property] ?? []) as ModdleElement[];
const one = (element: ModdleElement, property: string) => element[property] as ModdleElement;

async function readDmn(table: DecisionTable) {
  const { rootElement, warnings } = await new DmnModdle().fromXML(tableToDmn(table));
  const decision = many(rootElement, 'drgElement')[0] as ModdleElement;
  return { rootElement, warnings, decisionTable: one(decision, 'decisionLogic') };
}

function feel(expression: string, context: Record<string, unknown>) {
  const result = evaluate(expression, context);
  expect(result.warnings).toEqual([]);
  return result.value;
}

const editions = [...shipped.editions, syntheticEdition()];

describe.each(editions.map((t) => [t.edition.id, t] as const))('DMN export of edition %s', (_, table) => {
  it('is DMN 1.3 that dmn-moddle reads without a warning', async () => {
    const { rootElement, warnings, decisionTable } = await readDmn(table);
    expect(warnings).toEqual([]);
    expect(rootElement.$type).toBe('dmn:Definitions');
    expect(decisionTable.$type).toBe('dmn:DecisionTable');
    expect(decisionTable.hitPolicy).toBe('UNIQUE');
  });

  it("has the edition's decision facts as inputs with their allowed values, and status and rule as outputs", async () => {
    const { decisionTable } = await readDmn(table);
    const inputs = many(decisionTable, 'input');
    expect(inputs.map((input) => one(input, 'inputExpression').text)).toEqual(decisionFacts(table));
    for (const input of inputs) {
      const fact = one(input, 'inputExpression').text as string;
      const values = table.facts[fact]?.values ?? [];
      const allowed = one(input, 'inputValues');
      // A boolean input has no list (its values are fixed); a text input lists exactly the edition's.
      if (values.every((v) => typeof v === 'boolean')) expect(allowed).toBeUndefined();
      else
        for (const value of values)
          expect(unaryTest(allowed?.text as string, { '?': value }).value).toBe(true);
      if (allowed) expect(unaryTest(allowed.text as string, { '?': 'not-a-value' }).value).toBe(false);
    }
    const [status] = many(decisionTable, 'output');
    expect(many(decisionTable, 'output').map((o) => o.name)).toEqual(['status', 'ruleId']);
    const statusValues = one(status as ModdleElement, 'outputValues').text as string;
    for (const s of ruleStatusesOf(table)) expect(unaryTest(statusValues, { '?': s }).value).toBe(true);
    expect(many(decisionTable, 'annotation').map((a) => a.name)).toEqual(['rationale', 'source']);
    for (const rule of many(decisionTable, 'rule')) expect(many(rule, 'annotationEntry')).toHaveLength(2);
  });

  it('gives, evaluated by feelin, exactly the rule and status of match() on every complete combination', async () => {
    const { decisionTable } = await readDmn(table);
    const facts = many(decisionTable, 'input').map((input) => one(input, 'inputExpression').text as string);
    const rules = many(decisionTable, 'rule');
    const combinations = allCombinations(table);
    expect(combinations.length).toBeGreaterThan(1);
    for (const combination of combinations) {
      const hits = rules.filter((rule) =>
        many(rule, 'inputEntry').every((entry, i) => {
          const result = unaryTest(entry.text as string, { '?': combination[facts[i] as string] });
          expect(result.warnings).toEqual([]);
          return result.value === true;
        }),
      );
      expect(hits, JSON.stringify(combination)).toHaveLength(1);
      const [status, ruleId] = many(hits[0] as ModdleElement, 'outputEntry').map((e) =>
        feel(e.text as string, {}),
      );
      const outcome = match(table, combination);
      expect({ status, ruleId }, JSON.stringify(combination)).toEqual({
        status: outcome.status,
        ruleId: outcome.rule?.id,
      });
    }
  });
});
