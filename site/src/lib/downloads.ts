// The download files: one per export format of every edition, named like the CLI's formats.
import type { ExportFormat } from '@multichannel/rules';
import type { UiKey } from './ui.ts';

export const DOWNLOADS: { format: ExportFormat; file: string; label: UiKey }[] = [
  { format: 'json', file: 'decision-table.json', label: 'downloads.json' },
  { format: 'jsonschema', file: 'decision-table.schema.json', label: 'downloads.jsonschema' },
  { format: 'csv', file: 'decision-table.csv', label: 'downloads.csv' },
  { format: 'cases', file: 'cases.json', label: 'downloads.cases' },
];
