import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES_DIR } from './editions-node.ts';
import { exportEdition, tableJsonSchema } from './export.ts';
import { parseJson, parseTable, TableFileError } from './parse-table.ts';
import { cases, copyOfTable, table } from './test-support.ts';

describe('the table file schema', () => {
  it('accepts the shipped 2020-06 edition', () => {
    expect(table.edition.id).toBe('2020-06');
    expect(table.rules).toHaveLength(7);
    expect(table.mayAct).toEqual({ fact: 'roles', values: ['global-admin', 'user-admin', 'sales-agent'] });
  });

  it('keeps the committed JSON Schema in step with the zod schema', () => {
    const committed = JSON.parse(readFileSync(join(TABLES_DIR, 'decision-table.schema.json'), 'utf8'));
    expect(committed).toEqual(tableJsonSchema());
  });

  it('points the table file at its JSON Schema', () => {
    expect(table.$schema).toBe('./decision-table.schema.json');
  });

  it('names the JSON path and the allowed values of a wrong status', () => {
    const broken = copyOfTable() as unknown as { rules: { status: string }[] };
    (broken.rules[2] as { status: string }).status = 'maybe';
    const error = (() => {
      try {
        parseTable(broken, 'broken.table.json');
      } catch (e) {
        return e as TableFileError;
      }
    })();
    expect(error).toBeInstanceOf(TableFileError);
    expect(error?.problems[0]?.path).toBe('$.rules[2].status');
    expect(error?.message).toContain('broken.table.json');
    expect(error?.message).toMatch(/request-relationship/);
  });

  it('rejects a condition value outside the vocabulary', () => {
    const broken = copyOfTable() as unknown as { rules: { when: unknown }[] };
    (broken.rules[1] as { when: unknown }).when = { channel: { in: ['reseller'] } };
    expect(() => parseTable(broken, 't.json')).toThrow(/\$\.rules\[1\]\.when\.channel/);
  });

  it('reports JSON syntax errors with the file name', () => {
    expect(() => parseJson('{"edition":', 'x.table.json')).toThrow(/x\.table\.json[\s\S]*not valid JSON/);
  });

  it('exports CSV with one line per rule and conditions in table vocabulary', () => {
    const lines = exportEdition(table, cases, 'csv').trim().split('\n');
    expect(lines[0]).toBe(
      'edition,rule,channel,billing,customerIsCspPartner,status,steps,source_section,source_date',
    );
    expect(lines).toHaveLength(table.rules.length + 1);
    expect(lines).toContain(
      '2020-06,usage-with-other-csp-partner,other-csp-partner,usage,false,switch-azure-partner,switch-azure-partner,Usage-based services,2020-06-17',
    );
  });

  it('exports JSON that parses back to the same table', () => {
    expect(parseTable(JSON.parse(exportEdition(table, cases, 'json')))).toEqual(table);
  });
});
