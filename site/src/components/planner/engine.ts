// The planner's heavy half, loaded with import() on the first file so the page's island stays
// small: the rules' importers (zod, papaparse), the plan and its CSV. Everything runs here, in
// the browser; nothing is sent anywhere.
import type { DecisionTable, Locale } from '@multichannel/rules';
import {
  buildPlan,
  checkSize,
  ImportError,
  type ImportedFile,
  importErrorParts,
  importFile,
  type Plan,
  type PlanAnswers,
  planText,
  renderPlan,
} from '@multichannel/rules/plan';

export interface PickedFile {
  name: string;
  /** The file's size; an oversized file is not read at all, so `bytes` is then empty. */
  size: number;
  bytes: Uint8Array;
}

export { MAX_IMPORT_BYTES } from '@multichannel/rules/plan';

/** One file as read: its import, or why it was not read in the page's language (the file is then left out whole). */
export type FileResult =
  | { name: string; imported: ImportedFile; error?: undefined }
  | { name: string; imported?: undefined; error: { position: string; expected: string } | null };

export function readFiles(
  files: readonly PickedFile[],
  partnerTenant: string | undefined,
  locale: Locale,
): FileResult[] {
  return files.map(({ name, size, bytes }) => {
    try {
      checkSize(name, size);
      return { name, imported: importFile(name, bytes, partnerTenant ? { partnerTenant } : {}) };
    } catch (error) {
      if (error instanceof ImportError) return { name, error: importErrorParts(locale, error) };
      // Not an importer's finding: a bug of ours. Still only this file is left out; the page
      // says so in its own words, the details go to the console.
      console.error(error);
      return { name, error: null };
    }
  });
}

export function makePlan(
  editions: readonly DecisionTable[],
  results: readonly FileResult[],
  locale: Locale,
  answers: PlanAnswers,
): Plan {
  const [table, ...earlier] = editions as [DecisionTable, ...DecisionTable[]];
  const imported = results.flatMap((r) => (r.imported ? [r.imported] : []));
  return buildPlan(table, imported, { locale, earlier, answers });
}

/** The plan's CSV: the rules package's own writer, the same as `multichannel-rules plan --format csv`. */
export const planCsv = (plan: Plan): string => renderPlan(plan, 'csv');

// Here rather than in the island: the island's first load imports nothing of the evaluator.
export { statusKind } from '@multichannel/rules';
/** The key an answer is kept under, as the plan looks it up (ids without case). */
export { answerKey } from '@multichannel/rules/plan';
export { planText };
