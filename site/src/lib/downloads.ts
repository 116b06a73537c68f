// The download files: one per export format of every edition, named like the CLI's formats.
import type { ExportFormat } from '@multichannel/rules';
import rulesPackage from '@multichannel/rules/package.json' with { type: 'json' };
import type { UiKey } from './ui.ts';

export const DOWNLOADS: { format: ExportFormat; file: string; label: UiKey }[] = [
  { format: 'json', file: 'decision-table.json', label: 'downloads.json' },
  { format: 'jsonschema', file: 'decision-table.schema.json', label: 'downloads.jsonschema' },
  { format: 'csv', file: 'decision-table.csv', label: 'downloads.csv' },
  { format: 'cases', file: 'cases.json', label: 'downloads.cases' },
  { format: 'dmn', file: 'decision-table.dmn', label: 'downloads.dmn' },
  { format: 'jdm', file: 'decision-table.jdm.json', label: 'downloads.jdm' },
];

/** The command-line tool as partners install it, named by the rules package's own manifest. */
export const CLI = {
  install: `npm install --save-dev ${rulesPackage.name}`,
  run: `npx ${Object.keys(rulesPackage.bin)[0]}`,
  /** The oldest Node line it runs on, from `engines` (">=20.10" gives "20.10"). */
  node: rulesPackage.engines.node.replace(/^>=\s*/, ''),
};
