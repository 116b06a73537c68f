// The JSON path of every finding names a node of the file it is in: the node concerned, or for
// something missing the object that should hold it.
import { describe, expect, it } from 'vitest';
import { everyKindTables } from '../cli/report/every-kind.fixture.ts';
import { parseJsonPath } from '../json-path.ts';
import { shipped } from '../test-support.ts';
import { VOCABULARY_TEXTS } from '../texts.ts';
import { LOCALES } from '../vocabulary.ts';
import { checkSharedTexts } from './check-messages.ts';
import { verify } from './verify.ts';

function nodeAt(document: unknown, path: string): unknown {
  const segments = parseJsonPath(path);
  if (!segments) throw new Error(`not a JSON path: ${path}`);
  return segments.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    JSON.parse(JSON.stringify(document)),
  );
}

describe('the JSON paths of findings', () => {
  it.each(Object.entries(everyKindTables()))('name existing nodes (%s findings)', (_, { table, cases }) => {
    const { findings } = verify(table, { cases });
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      const document = finding.document === 'cases' ? cases : table;
      expect(nodeAt(document, finding.path), `${finding.kind} ${finding.path}`).toBeDefined();
    }
  });

  it('name the node a finding is about', () => {
    const { structure, cases } = everyKindTables();
    const kinds = (t: typeof structure) =>
      new Map(verify(t.table, { cases: t.cases }).findings.map((f) => [f.kind, f.path]));
    const structural = kinds(structure);
    expect(nodeAt(structure.table, structural.get('unknown-step') as string)).toBe('no-such-step');
    expect(nodeAt(structure.table, structural.get('unknown-link') as string)).toBe('no-such-link');
    expect(structural.get('unused-link')).toBe('$.links.spare');
    expect(structural.get('duplicate-rule-id')).toBe(`$.rules[${structure.table.rules.length - 1}].id`);
    const ofCases = kinds(cases);
    expect(ofCases.get('cases-edition-mismatch')).toBe('$.edition');
    expect(nodeAt(cases.cases, ofCases.get('case-failed') as string)).toMatchObject({
      status: 'new-azure-subscription',
    });
  });

  it('point into the shared locale file for its texts', () => {
    const hu = { ...VOCABULARY_TEXTS.hu, 'no.such.key': 'x' };
    delete (hu as Record<string, string>)['condition.any'];
    const findings = checkSharedTexts(shipped.editions, { ...VOCABULARY_TEXTS, hu }, LOCALES);
    expect(findings.map(({ kind, path, document }) => ({ kind, path, document }))).toEqual([
      { kind: 'missing-message', path: '$', document: 'texts:hu' },
      { kind: 'unused-message', path: '$["no.such.key"]', document: 'texts:hu' },
    ]);
  });
});
