// Inventory files read in the background (which owns the rules package): the importers turn
// each text into subscriptions, the plan joins them (a subscription listed by several files is
// one row; billing accounts narrow what a subscription list leaves open) and the edition in use
// decides each, as the site's planner does with the same files. The preview shows what a save
// would add, with every fact and how it was read. A file that cannot be read is left out whole,
// named with where and what was expected (in the dialog's language); the others are used (as in the planner). Saving reads
// the same texts again here, so what is stored never comes from the page's side of the message.
import { type DecisionTable, type FactValue, factValues } from '@multichannel/rules';
import {
  buildPlan,
  checkSize,
  ImportError,
  type ImportedFile,
  importErrorText,
  importText,
  type PlanAnswers,
  type PlanRow,
  sizeText,
  subscriptionFacts,
} from '@multichannel/rules/plan';
import { customerFactsOf } from '../decisions/fact-questions.ts';
import type { InventoryTexts } from '../i18n/inventory-strings.ts';
import type { Locale } from '../i18n/locale.ts';
import { MAX_INVENTORY_CHARS, MAX_INVENTORY_TOTAL_CHARS } from '../inventory-limits.ts';
import type { StoredFacts } from '../storage/bought-elsewhere-schema.ts';
import { importedCustomerFacts, importedRecords } from '../storage/import-records.ts';

export interface PreviewRow {
  subscriptionId: string;
  name: string;
  /** The files that list the subscription. */
  files: string[];
  status: string;
  statusLabel: string;
  facts: { fact: string; label: string; text: string; readings: string[] }[];
  questions: string[];
}

/** What the import dialog shows before any file: the query to run and its texts (inventory-strings.ts). */
export interface InventoryDialog {
  query: string;
  texts: InventoryTexts;
}

/** A file left out: its name, its place among the files picked (1-based) and why. */
export interface FailedFile {
  file: string;
  index: number;
  error: string;
}

export interface ImportPreview {
  edition: string;
  /** The files read, in the order picked, each with the format it was read as: "name (format)". */
  files: string[];
  failed: FailedFile[];
  rows: PreviewRow[];
  /** Entries of the files that are not purchases (support plans, placeholders): not added. */
  skipped: number;
  notes: string[];
}

export interface ImportInput {
  /** The files picked; one over the limits comes as its size only (the page did not read it). */
  files: readonly ({ fileName: string; text: string } | { fileName: string; size: number })[];
  locale: Locale;
  partnerTenant?: string | undefined;
}

function previewRow(row: PlanRow): PreviewRow {
  return {
    subscriptionId: row.id,
    name: row.name,
    files: row.files,
    status: row.status ?? '',
    statusLabel: row.statusLabel,
    facts: row.facts.map((f) => ({
      fact: f.fact,
      label: f.label,
      text: f.text,
      readings: f.readings.map((r) => r.text),
    })),
    questions: row.questions.map((q) => q.text),
  };
}

/** Why the page did not read a file: over the size of one file (the package's own check), or over what one import takes. */
function notRead(fileName: string, size: number): ImportError {
  try {
    checkSize(fileName, size, MAX_INVENTORY_CHARS);
  } catch (error) {
    if (error instanceof ImportError) return error;
  }
  return new ImportError(
    fileName,
    'too-large',
    { key: 'import.at.size', params: { size: sizeText(size) } },
    { key: 'import.too-large.total', params: { limit: sizeText(MAX_INVENTORY_TOTAL_CHARS) } },
  );
}

/** Each file by the package's importers: the ones read, and the ones left out with the ImportError's text in the dialog's language. */
function read(input: ImportInput): { imported: ImportedFile[]; failed: FailedFile[] } {
  const options = input.partnerTenant ? { partnerTenant: input.partnerTenant } : {};
  const imported: ImportedFile[] = [];
  const failed: FailedFile[] = [];
  input.files.forEach((file, i) => {
    const { fileName } = file;
    try {
      if (!('text' in file)) throw notRead(fileName, file.size);
      imported.push(importText(fileName, file.text, options));
    } catch (error) {
      // Only the importers' own errors are the user's to read; anything else is a bug of ours.
      if (!(error instanceof ImportError)) throw error;
      failed.push({ file: fileName, index: i + 1, error: importErrorText(input.locale, error) });
    }
  });
  return { imported, failed };
}

/**
 * The partner's answers about the customer, as the plan's answers for every subscription of the
 * files: a saved record is decided with them (a file never replaces one, `fillCustomerFacts`),
 * so the preview is too, and shows each as answered beside what the files say.
 */
function customerAnswers(table: DecisionTable, imported: ImportedFile[], stored: StoredFacts): PlanAnswers {
  const answers = Object.fromEntries(
    customerFactsOf(table).flatMap((fact) => {
      const value = Object.hasOwn(stored, fact) ? stored[fact] : undefined;
      return typeof value !== 'object' && factValues(table, fact).includes(value as FactValue)
        ? [[fact, value]]
        : [];
    }),
  ) as Record<string, FactValue>;
  if (Object.keys(answers).length === 0) return {};
  return Object.fromEntries(
    subscriptionFacts(table, imported)
      .filter((s) => !s.skip)
      .map((s) => [s.id, answers]),
  );
}

export function previewImport(
  table: DecisionTable,
  input: ImportInput & { customerFacts?: StoredFacts },
): ImportPreview {
  const { imported, failed } = read(input);
  const answers = customerAnswers(table, imported, input.customerFacts ?? {});
  const plan = buildPlan(table, imported, { locale: input.locale, answers });
  return {
    edition: table.edition.id,
    files: plan.files.map((f) => `${f.file} (${f.formatName})`),
    failed,
    rows: plan.groups.flatMap((g) => g.rows).map(previewRow),
    skipped: plan.skipped.length,
    notes: plan.files.flatMap((f) => f.notes),
  };
}

/** The records a save adds (merged by subscription id by the caller), and the files left out. */
export function recordsToImport(table: DecisionTable, input: ImportInput) {
  const { imported, failed } = read(input);
  return {
    records: importedRecords(table, imported),
    customerFacts: importedCustomerFacts(table, imported),
    failed,
  };
}
