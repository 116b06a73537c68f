// The same table as GoRules' JSON Decision Model, evaluated by zen-engine (Rust, via N-API): the
// JDM the export writes, so the benchmark measures the file partners would run. Evaluation is
// asynchronous; each call is awaited, as a caller deciding one subscription would.
import { ZenEngine } from '@gorules/zen-engine';
import { tableToJdm } from '../src/exchange/jdm-export.ts';
import type { DecisionTable } from '../src/schema.ts';
import type { Combination } from '../src/vocabulary.ts';

export interface ZenEvaluator {
  /** The status of a complete combination (the one hit of the "collect" table). */
  evaluate(combination: Combination): Promise<string>;
  dispose(): void;
}

export function zenEngineFor(table: DecisionTable): ZenEvaluator {
  const engine = new ZenEngine();
  const decision = engine.createDecision(tableToJdm(table));
  return {
    async evaluate(combination) {
      const { result } = await decision.evaluate(combination);
      return (result as { status: string }[])[0]?.status as string;
    },
    dispose: () => engine.dispose(),
  };
}
