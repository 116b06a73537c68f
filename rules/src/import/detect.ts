// One entry point for any export a customer or partner may hand over: decode, tell the format
// apart by its fields, validate it whole. A file that matches no format is answered with the
// list of formats known.

import { importArmSubscriptions, isArmSubscriptions } from './arm-subscriptions.ts';
import { isAzAccountList, rejectAzAccountList } from './az-account-list.ts';
import {
  importAzBillingAccountList,
  importBillingAccounts,
  isAzBillingAccountList,
  isBillingAccounts,
} from './billing-accounts.ts';
import { parseCsvText } from './csv.ts';
import { decodeText, MAX_IMPORT_BYTES } from './decode.ts';
import { ImportError, type ImportMessage } from './errors.ts';
import {
  type GraphOptions,
  importGraphSubscriptions,
  importPowerShellGraphSubscriptions,
  isGraphSubscriptions,
  isPowerShellGraphSubscriptions,
} from './graph-subscriptions.ts';
import { parseJsonText } from './json.ts';
import { type PlanMessageKey, planText } from './messages.ts';
import {
  importPartnerCenterSubscriptions,
  isPartnerCenterSubscriptions,
} from './partner-center-subscriptions.ts';
import { importPowerShellSubscriptions, isPowerShellSubscriptions } from './powershell-subscriptions.ts';
import type { FormatId, ImportedFile } from './record.ts';
import { importResourceGraphCsv, isResourceGraphCsv } from './resource-graph-csv.ts';

export interface ImportOptions extends GraphOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

const FORMAT_IDS = [
  'arm-subscriptions',
  'powershell-az-subscription',
  'resource-graph-csv',
  'billing-accounts',
  'az-billing-account-list',
  'graph-directory-subscriptions',
  'powershell-mg-directory-subscription',
  'partner-center-subscriptions',
] as const satisfies readonly FormatId[];

/** The formats read, in the words of the tools that write them (English; both locales: messages.ts). */
export const FORMATS = Object.fromEntries(
  FORMAT_IDS.map((id) => [id, planText('en', `format.${id}`)]),
) as Record<(typeof FORMAT_IDS)[number], string>;

const JSON_FORMATS: [
  (value: unknown) => boolean,
  (file: string, value: unknown, o: ImportOptions) => ImportedFile,
][] = [
  [isAzAccountList, rejectAzAccountList],
  [isGraphSubscriptions, importGraphSubscriptions],
  [isBillingAccounts, importBillingAccounts],
  [isArmSubscriptions, importArmSubscriptions],
  [isAzBillingAccountList, importAzBillingAccountList],
  [isPowerShellGraphSubscriptions, importPowerShellGraphSubscriptions],
  [isPowerShellSubscriptions, importPowerShellSubscriptions],
  [isPartnerCenterSubscriptions, importPartnerCenterSubscriptions],
];

function unknownFormat(file: string, where: ImportMessage): never {
  const formats = FORMAT_IDS.map((id) => ({
    key: 'import.unknown-format.item' as const,
    params: { format: { key: `format.${id}` as PlanMessageKey } },
  }));
  throw new ImportError(file, 'unknown-format', where, { key: 'import.unknown-format', params: { formats } });
}

function isEmptyList(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (!value || typeof value !== 'object') return false;
  const list = (value as { value?: unknown; items?: unknown }).value ?? (value as { items?: unknown }).items;
  return Array.isArray(list) && list.length === 0;
}

/** Reads one file whole, or throws an ImportError naming the file, the position and what was expected. */
export function importText(file: string, text: string, options: ImportOptions = {}): ImportedFile {
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    const value = parseJsonText(file, text);
    for (const [matches, read] of JSON_FORMATS) if (matches(value)) return read(file, value, options);
    if (isEmptyList(value))
      return { file, format: 'empty-list', records: [], billingAccounts: [], notes: [{ key: 'note.empty' }] };
    return unknownFormat(file, { key: 'import.at.json-unknown' });
  }
  if (start === undefined) return unknownFormat(file, { key: 'import.at.empty' });
  const table = parseCsvText(file, text);
  if (isResourceGraphCsv(table)) return importResourceGraphCsv(file, table);
  return unknownFormat(file, {
    key: 'import.at.table',
    params: { columns: table.header.slice(0, 8).join(', ') },
  });
}

export function importFile(file: string, bytes: Uint8Array, options: ImportOptions = {}): ImportedFile {
  return importText(file, decodeText(file, bytes, options.maxBytes ?? MAX_IMPORT_BYTES), options);
}
