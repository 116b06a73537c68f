// The JDM export, evaluated by GoRules' own engine (zen-engine): on every complete combination
// of every edition the "collect" table hits exactly one rule, with match()'s status and rule.
import { ZenEngine } from '@gorules/zen-engine';
import { afterAll, describe, expect, it } from 'vitest';
import { allCombinations } from '../decision-space.ts';
import { match } from '../match.ts';
import { shipped, syntheticEdition } from '../test-support.ts';
import { tableToJdm } from './jdm-export.ts';

const engine = new ZenEngine();
afterAll(() => engine.dispose());

const editions = [...shipped.editions, syntheticEdition()];

describe.each(editions.map((t) => [t.edition.id, t] as const))('JDM export of edition %s', (_, table) => {
  it('passes zen-engine validation', () => {
    expect(() => engine.createDecision(tableToJdm(table)).validate()).not.toThrow();
  });

  it('gives, evaluated by zen-engine, exactly one hit with the rule and status of match() on every combination', async () => {
    const decision = engine.createDecision(tableToJdm(table));
    const combinations = allCombinations(table);
    expect(combinations.length).toBeGreaterThan(1);
    for (const combination of combinations) {
      const { result } = await decision.evaluate(combination);
      const outcome = match(table, combination);
      expect(result, JSON.stringify(combination)).toEqual([
        { status: outcome.status, ruleId: outcome.rule?.id },
      ]);
    }
  });
});
