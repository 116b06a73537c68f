// Which decision facts still matter: a form asks only these (the extension's bought-elsewhere
// form, the site's checker). A fact matters when, for some answer to the other unknown facts,
// changing it alone changes the status.
import { compile, completions } from './decision-space.ts';
import type { DecisionTable, FactValue } from './schema.ts';
import type { Facts } from './vocabulary.ts';

export function relevantFacts(table: DecisionTable, facts: Facts): string[] {
  const { space, cells } = compile(table);
  const known: Record<string, FactValue> = {};
  for (const fact of space.facts) {
    const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
    if (value !== undefined && !Array.isArray(value)) known[fact] = value as FactValue;
  }
  const statusAt = (index: number) => {
    const rule = cells[index] as number;
    return rule < 0 ? `#${rule}` : (table.rules[rule]?.status as string);
  };
  return space.facts.filter((fact, i) => {
    const { [fact]: _, ...others } = known;
    const stride = space.strides[i] as number;
    const size = (space.domains[i] as readonly FactValue[]).length;
    // Completions with this fact at its first value; its other values sit `stride` apart.
    return completions(space, { ...others, [fact]: space.domains[i]?.[0] as FactValue }).some((base) => {
      const first = statusAt(base);
      for (let p = 1; p < size; p++) if (statusAt(base + p * stride) !== first) return true;
      return false;
    });
  });
}
