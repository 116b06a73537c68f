// Why a file was not imported. Every error names the file, where in it, and what was expected,
// so a user can fix the file; the file is then imported whole or not at all.

export const IMPORT_ERROR_CODES = [
  'too-large', // larger than the size limit
  'encoding', // not UTF-8 (or UTF-16 with a byte-order mark)
  'syntax', // not well-formed JSON or CSV
  'shape', // well-formed, but a field is missing or of the wrong type
  'unknown-format', // none of the known exports
  'no-quota-id', // an Azure list without quotaId (az account list): cannot classify anything
  'unreadable', // the file system refused (CLI only)
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  readonly file: string;
  readonly code: ImportErrorCode;
  /** Where: "line 3, column 14", "row 5, column quotaId", "$.value[2].subscriptionPolicies". */
  readonly position: string;
  readonly expected: string;
  constructor(file: string, code: ImportErrorCode, position: string, expected: string) {
    super(`${file}: ${position}: ${expected}`);
    this.name = 'ImportError';
    this.file = file;
    this.code = code;
    this.position = position;
    this.expected = expected;
  }
}

/** "line L, column C" of a character offset in a text (both 1-based). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${end - start + 1}`;
}
