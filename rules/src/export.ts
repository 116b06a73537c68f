// The download formats, shared by `multichannel-rules export` and the site's downloads page.
import { z } from 'zod';
import { tableToDmn } from './exchange/dmn-export.ts';
import { tableToJdm } from './exchange/jdm-export.ts';
import type { Condition, DecisionTable, TestCases } from './schema.ts';
import { DecisionTable as DecisionTableSchema } from './schema.ts';
import { decisionFacts } from './vocabulary.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'jsonschema', 'cases', 'dmn', 'jdm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is offered as a file: a name suffix and its media type (for downloads). */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  json: { extension: '.table.json', mediaType: 'application/json' },
  csv: { extension: '.csv', mediaType: 'text/csv' },
  jsonschema: { extension: '.schema.json', mediaType: 'application/schema+json' },
  cases: { extension: '.cases.json', mediaType: 'application/json' },
  dmn: { extension: '.dmn', mediaType: 'application/xml' },
  jdm: { extension: '.jdm.json', mediaType: 'application/json' },
};

export function tableJsonSchema(): object {
  return {
    ...z.toJSONSchema(DecisionTableSchema, { io: 'input' }),
    title: 'Multi-channel support decision table',
    description: 'One edition of the Partner Center multi-channel support rules (Multichannel Advisor).',
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function conditionCell(condition: Condition | undefined): string {
  if (condition === undefined || condition === 'any') return 'any';
  return 'in' in condition ? condition.in.join('|') : `not ${condition.notIn.join('|')}`;
}

function tableCsv(table: DecisionTable): string {
  const header = [
    'edition',
    'rule',
    ...decisionFacts(table),
    'status',
    'steps',
    'source_section',
    'source_date',
  ];
  const rows = table.rules.map((rule) => [
    table.edition.id,
    rule.id,
    ...decisionFacts(table).map((fact) =>
      conditionCell(Object.hasOwn(rule.when, fact) ? rule.when[fact] : undefined),
    ),
    rule.status,
    rule.steps.join('|'),
    rule.source.section,
    rule.source.date,
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

export function exportEdition(
  table: DecisionTable,
  cases: TestCases | undefined,
  format: ExportFormat,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(table, null, 2)}\n`;
    case 'csv':
      return tableCsv(table);
    case 'jsonschema':
      return `${JSON.stringify(tableJsonSchema(), null, 2)}\n`;
    case 'cases':
      if (!cases) throw new Error(`Edition ${table.edition.id} has no test cases file`);
      return `${JSON.stringify(cases, null, 2)}\n`;
    case 'dmn':
      return tableToDmn(table);
    case 'jdm':
      return `${JSON.stringify(tableToJdm(table), null, 2)}\n`;
  }
}
