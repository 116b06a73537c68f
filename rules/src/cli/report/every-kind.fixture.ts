// Table files that, validated together, give at least one finding of every kind, for the report
// format tests. Two tables, because the verifier runs test cases only on a table free of gaps,
// overlaps and unknown ids; a third file is not JSON at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DecisionTable, TestCases } from '../../schema.ts';
import { cases, copyOfTable } from '../../test-support.ts';

function write(file: string, value: unknown) {
  // Pretty-printed, as people keep table files, so that findings land on distinct lines.
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function rule(table: DecisionTable, id: string) {
  const found = table.rules.find((r) => r.id === id);
  if (!found) throw new Error(`the shipped edition has no rule ${id}`);
  return found;
}

export interface EveryKindFiles {
  dir: string;
  /** Gaps, overlaps, dead rules, duplicate ids, unknown and unused steps, links and texts. */
  structure: string;
  /** Test cases that fail, are invalid, name another edition, lack a translation or leave a rule
   * untested. */
  cases: string;
  /** Not JSON. */
  broken: string;
}

/** The tables and test cases themselves: structural findings, and findings of test cases. */
export function everyKindTables() {
  const structure = copyOfTable();
  structure.rules = structure.rules.filter((r) => r.id !== 'license-with-other-csp-partner');
  structure.rules.push(structuredClone(rule(structure, 'usage-bought-elsewhere')));
  rule(structure, 'customer-is-csp-partner').steps.push('no-such-step');
  const twice = rule(structure, 'license-bought-elsewhere');
  twice.steps.push(twice.steps[0] as string);
  rule(structure, 'bought-through-you').source.link = 'no-such-link';
  structure.links.spare = structuredClone(structure.links.multichannel as DecisionTable['links'][string]);
  delete structure.messages.hu['step.nothing-to-do'];

  const testCases = structuredClone(cases) as TestCases;
  testCases.edition = '2019-01';
  const failing = testCases.cases.find((c) => c.expect.ruleId === 'usage-with-other-csp-partner');
  if (failing) failing.expect.status = 'new-azure-subscription';
  testCases.cases = testCases.cases.filter((c) => c.expect.ruleId !== 'license-with-other-csp-partner');
  delete testCases.cases[0]?.names;
  // A case in words the table does not declare.
  const invalid = structuredClone(testCases.cases[2]);
  if (invalid) {
    invalid.name = 'A status the table does not declare';
    invalid.expect.status = 'no-such-status';
    testCases.cases.push(invalid);
  }
  // Characters that XML and workflow commands must escape.
  const odd = testCases.cases[1];
  if (odd) odd.name = `${odd.name} <&> "quoted", 100% 'sure': yes`;

  return {
    structure: { table: structure, cases: cases as TestCases },
    cases: { table: copyOfTable(), cases: testCases },
  };
}

export function everyKindFiles(): EveryKindFiles {
  const dir = mkdtempSync(join(tmpdir(), 'every-kind-'));
  const tables = everyKindTables();
  write(join(dir, 'structure.table.json'), tables.structure.table);
  write(join(dir, 'structure.cases.json'), tables.structure.cases);
  write(join(dir, 'cases.table.json'), tables.cases.table);
  write(join(dir, 'cases.cases.json'), tables.cases.cases);
  writeFileSync(join(dir, 'broken.table.json'), '{\n  "edition": {\n    "id": 2020-06\n');

  return {
    dir,
    structure: join(dir, 'structure.table.json'),
    cases: join(dir, 'cases.table.json'),
    broken: join(dir, 'broken.table.json'),
  };
}
