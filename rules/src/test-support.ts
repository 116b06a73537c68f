// Shared by the tests of this package: the shipped edition and deep copies to break on purpose.
import { join } from 'node:path';
import { run } from './cli/main.ts';
import { loadEditions } from './editions-node.ts';
import { ImportError } from './import/errors.ts';
import type { DecisionTable } from './schema.ts';

export const shipped = loadEditions();
// The seed edition: these tests pin its behaviour, whatever edition is newest.
export const table = shipped.getEdition('2020-06');
export const cases = shipped.casesFor(table.edition.id);

export function copyOfTable(): DecisionTable {
  return structuredClone(table);
}

/** The values the seed edition declares for a fact, for tests that walk its vocabulary. */
export function valuesOf(fact: string): (string | boolean)[] {
  return [...(table.facts[fact]?.values ?? [])];
}

/**
 * An edition the shipped ones are not: the seed edition with one more decision fact (`region`),
 * one more channel value and one more status, for code that must work for any edition.
 */
export function syntheticEdition(): DecisionTable {
  const synthetic = copyOfTable();
  synthetic.edition.id = '2099-01';
  synthetic.edition.effectiveDate = '2099-01-01';
  synthetic.facts.channel?.values.push('marketplace');
  synthetic.facts.region = { use: 'decision', values: ['eu', 'elsewhere'] };
  synthetic.statuses['ask-microsoft'] = { kind: 'action' };
  const base = synthetic.rules[0] as DecisionTable['rules'][number];
  synthetic.rules.push(
    {
      ...structuredClone(base),
      id: 'marketplace-in-eu',
      when: {
        channel: { in: ['marketplace'] },
        region: { in: ['eu'] },
        customerIsCspPartner: { in: [false] },
      },
      status: 'ask-microsoft',
      steps: [],
    },
    {
      ...structuredClone(base),
      id: 'marketplace-elsewhere',
      when: {
        channel: { in: ['marketplace'] },
        region: { notIn: ['eu'] },
        customerIsCspPartner: { in: [false] },
      },
      status: 'not-allowed',
      steps: [],
    },
  );
  return synthetic;
}

/** The CLI in-process, for its synchronous commands: exit code and what it wrote to each stream. */
export function runCli(...argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(
    argv,
    (s) => {
      stdout += s;
    },
    (s) => {
      stderr += s;
    },
  );
  if (typeof code !== 'number')
    throw new Error(`runCli: ${argv[0]} answers asynchronously; spawn the bin instead`);
  return { code, stdout, stderr };
}

/** The importers' fixture folder, and a set of files of every kind of export (the plan's tests and the CLI's). */
export const IMPORT_FIXTURES = join(import.meta.dirname, 'import', 'fixtures');
export const PLAN_FIXTURES = [
  'arm-subscriptions.json',
  'powershell-az-subscription.json',
  'resource-graph.csv',
  'billing-accounts-ea.json',
  'graph-directory-subscriptions.json',
  'powershell-mg-directory-subscription.json',
  'partner-center-subscriptions.json',
];
/** The partner tenant id the Graph fixtures name as "you". */
export const FIXTURE_PARTNER_TENANT = '11111111-2222-4333-8444-555555555555';

/** The ImportError that `run` throws; any other outcome fails the test. */
export function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}
