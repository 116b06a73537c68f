// Editions from table and case files already loaded as JSON, keyed by their file names: what a
// bundler hands over (import.meta.glob in editions-bundled.ts, or the static imports the package
// build writes in its place, see scripts/build.ts).
import { type EditionSet, editionSet } from './editions.ts';
import { parseCases, parseTable } from './parse-table.ts';

export function editionsFromJson(
  tableFiles: Record<string, unknown>,
  caseFiles: Record<string, unknown>,
): EditionSet {
  return editionSet(
    Object.entries(tableFiles).map(([file, json]) => parseTable(json, file)),
    Object.entries(caseFiles).map(([file, json]) => parseCases(json, file)),
  );
}
