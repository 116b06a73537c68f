// Why a file was not imported. Every error names the file, where in it, and what was expected,
// so a user can fix the file; the file is then imported whole or not at all. Where and what are
// kept as message keys (messages.ts) so each page can show them in its own language; the English
// `position`, `expected` and `message` are rendered from the same keys for the CLI and the logs.
import type { Locale } from '../vocabulary.ts';
import { type PlanMessageKey, planText } from './messages.ts';

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

/** A parameter: a technical text kept as it is, another message, or messages written one after another. */
export type ImportMessageParam = string | ImportMessage | readonly ImportMessage[];

/** A sentence of an error by its key, with the parameters its placeholders take. */
export interface ImportMessage {
  key: PlanMessageKey;
  params?: Readonly<Record<string, ImportMessageParam>>;
}

/** The message in a language, its nested messages included. */
export function importMessageText(locale: Locale, message: ImportMessage): string {
  const param = (value: ImportMessageParam): string =>
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.map((m: ImportMessage) => importMessageText(locale, m)).join('')
        : importMessageText(locale, value as ImportMessage);
  const params = Object.fromEntries(Object.entries(message.params ?? {}).map(([k, v]) => [k, param(v)]));
  return planText(locale, message.key, params);
}

export class ImportError extends Error {
  readonly file: string;
  readonly code: ImportErrorCode;
  /** Where, as a message: "line 3, column 14", "row 5, column quotaId", "$.value[2].subscriptionPolicies". */
  readonly where: ImportMessage;
  /** What was expected there, as a message. */
  readonly what: ImportMessage;
  /** `where` in English. */
  readonly position: string;
  /** `what` in English. */
  readonly expected: string;
  constructor(file: string, code: ImportErrorCode, where: ImportMessage, what: ImportMessage) {
    const position = importMessageText('en', where);
    const expected = importMessageText('en', what);
    super(`${file}: ${position}: ${expected}`);
    this.name = 'ImportError';
    this.file = file;
    this.code = code;
    this.where = where;
    this.what = what;
    this.position = position;
    this.expected = expected;
  }
}

/** Where and what of an error in a language, for pages that lay them out themselves. */
export function importErrorParts(locale: Locale, error: ImportError): { position: string; expected: string } {
  return {
    position: importMessageText(locale, error.where),
    expected: importMessageText(locale, error.what),
  };
}

/** The error as one line in a language: "file: where: what was expected". */
export function importErrorText(locale: Locale, error: ImportError): string {
  const { position, expected } = importErrorParts(locale, error);
  return planText(locale, 'import.error', { file: error.file, position, expected });
}

/** "line L, column C" of a character offset in a text (both 1-based). */
export function lineColumn(text: string, offset: number): ImportMessage {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { key: 'import.at.line-column', params: { line: String(line), column: String(end - start + 1) } };
}
