// DMN import: export then import gives a table that parses and decides every combination as the
// original does; anything outside the supported subset is refused naming the element.
import { describe, expect, it } from 'vitest';
import { allCombinations } from '../decision-space.ts';
import { match } from '../match.ts';
import { parseTable } from '../parse-table.ts';
import { shipped, syntheticEdition } from '../test-support.ts';
import { verify } from '../verify/verify.ts';
import { tableToDmn } from './dmn-export.ts';
import { DmnImportError, dmnToTable } from './dmn-import.ts';

const editions = [...shipped.editions, syntheticEdition()];

describe.each(editions.map((t) => [t.edition.id, t] as const))('DMN round trip of edition %s', (_, table) => {
  it('imports as a valid table with the same outcome on every combination', async () => {
    const imported = parseTable(await dmnToTable(tableToDmn(table)), 'imported');
    expect(imported.edition.id).toBe(table.edition.id);
    for (const combination of allCombinations(table)) {
      const before = match(table, combination);
      const after = match(imported, combination);
      expect({ status: after.status, rule: after.rule?.id }).toEqual({
        status: before.status,
        rule: before.rule?.id,
      });
    }
  });

  it('keeps the English rationale and lists the texts still to write as missing in validate', async () => {
    const imported = parseTable(await dmnToTable(tableToDmn(table)), 'imported');
    const rule = table.rules[0] as (typeof table.rules)[number];
    expect(imported.messages.en[rule.rationale]).toBe(table.messages.en[rule.rationale] ?? rule.rationale);
    const missing = verify(imported).findings.filter((f) => f.kind === 'missing-message');
    expect(missing.some((f) => (f.detail as { locale: string }).locale === 'hu')).toBe(true);
    expect(verify(imported).findings.filter((f) => f.kind === 'gap' || f.kind === 'overlap')).toEqual([]);
  });
});

describe('DMN outside the supported subset', () => {
  const dmn = tableToDmn(syntheticEdition());
  it.each([
    [
      'a hit policy other than UNIQUE',
      dmn.replace('hitPolicy="UNIQUE"', 'hitPolicy="FIRST"'),
      /decisionTable "table-2099-01": hit policy FIRST/,
    ],
    [
      'a range test',
      dmn.replace('<text>"eu"</text>', '<text>[1..5]</text>'),
      /rule 8 "rule-marketplace-in-eu", input region: the unary test "\[1\.\.5\]"/,
    ],
    [
      'a number input',
      dmn.replace('typeRef="boolean"', 'typeRef="number"'),
      /input "input-customerIsCspPartner": type number/,
    ],
    ['not DMN at all', '<html></html>', /DMN file/],
  ])('refuses %s, naming the element and what is supported', async (_, xml, message) => {
    await expect(dmnToTable(xml)).rejects.toThrow(DmnImportError);
    await expect(dmnToTable(xml)).rejects.toThrow(message);
  });
});
