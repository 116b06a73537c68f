// An inventory file read in the background (which owns the rules package): the importers turn
// the text into subscriptions, the edition in use decides each, and the preview shows what a
// save would add, with every fact and how it was read. Saving reads the same text again here,
// so what is stored never comes from the page's side of the message.
import type { DecisionTable } from '@multichannel/rules';
import { buildPlan, ImportError, importText, type PlanRow } from '@multichannel/rules/plan';
import type { Locale } from '../i18n/locale.ts';
import { importedRecords } from '../storage/import-records.ts';

export interface PreviewRow {
  subscriptionId: string;
  name: string;
  status: string;
  statusLabel: string;
  facts: { fact: string; label: string; text: string; readings: string[] }[];
  questions: string[];
}

export type ImportPreview =
  | {
      ok: true;
      file: string;
      format: string;
      edition: string;
      rows: PreviewRow[];
      /** Entries of the file that are not purchases (support plans, placeholders): not added. */
      skipped: number;
      notes: string[];
    }
  | { ok: false; error: string };

export interface ImportInput {
  fileName: string;
  text: string;
  locale: Locale;
  partnerTenant?: string | undefined;
}

function previewRow(row: PlanRow): PreviewRow {
  return {
    subscriptionId: row.id,
    name: row.name,
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

/** The file read by the package's importers; an ImportError says where and what was expected. */
function read(table: DecisionTable, input: ImportInput) {
  const options = input.partnerTenant ? { partnerTenant: input.partnerTenant } : {};
  const file = importText(input.fileName, input.text, options);
  return { file, plan: buildPlan(table, [file], { locale: input.locale }) };
}

const failure = (error: unknown) => {
  // Only the importers' own errors are the user's to read; anything else is a bug of ours.
  if (error instanceof ImportError) return { ok: false as const, error: error.message };
  throw error;
};

export function previewImport(table: DecisionTable, input: ImportInput): ImportPreview {
  try {
    const { file, plan } = read(table, input);
    return {
      ok: true,
      file: input.fileName,
      format: plan.files[0]?.formatName ?? file.format,
      edition: table.edition.id,
      rows: plan.groups.flatMap((g) => g.rows).map(previewRow),
      skipped: plan.skipped.length,
      notes: plan.files.flatMap((f) => f.notes),
    };
  } catch (error) {
    return failure(error);
  }
}

/** The records a save adds (merged by subscription id by the caller), or why there are none. */
export function recordsToImport(table: DecisionTable, input: ImportInput) {
  try {
    return { ok: true as const, records: importedRecords(table, read(table, input).file) };
  } catch (error) {
    return failure(error);
  }
}
