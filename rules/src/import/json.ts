// JSON text to a validated value: syntax errors with line and column, shape errors with the
// JSON path of each problem and what was expected there.
import { z } from 'zod';
import { jsonPath } from '../parse-table.ts';
import { ImportError, lineColumn } from './errors.ts';

/** Engines word syntax errors differently; V8 and Firefox give a position or a line and column. */
function syntaxPosition(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const position = /position (\d+)/.exec(message);
  return lineColumn(text, position ? Number(position[1]) : text.length);
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const what = /end of (JSON )?(input|data)|Unterminated/i.test(message)
      ? 'expected more JSON: the file ends too early (truncated?)'
      : `expected well-formed JSON (${message})`;
    throw new ImportError(file, 'syntax', syntaxPosition(text, message), what);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const got = /received (\w+)/.exec(issue.message)?.[1];
    return got === 'undefined'
      ? `missing (expected ${issue.expected})`
      : `expected ${issue.expected}${got ? `, received ${got}` : ''}`;
  }
  return issue.message;
}

/** The value as the schema reads it, or an ImportError naming the first problems. */
export function validate<T extends z.ZodType>(
  file: string,
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3);
  const first = issues[0] as z.core.$ZodIssue;
  const more = issues
    .slice(1)
    .map((issue) => `; also at ${jsonPath(issue.path)}: ${describeIssue(issue)}`)
    .join('');
  throw new ImportError(
    file,
    'shape',
    jsonPath(first.path),
    `${describeIssue(first)} (reading it as ${what})${more}`,
  );
}

/** PowerShell's ConvertTo-Json writes one object alone and several as an array: either, as a list. */
export function validateOneOrMany<T extends z.ZodType>(
  file: string,
  schema: T,
  value: unknown,
  what: string,
): z.infer<T>[] {
  return Array.isArray(value)
    ? validate(file, z.array(schema), value, what)
    : [validate(file, schema, value, what)];
}

/** The object a detector looks at: the first of an array, or the value itself. */
export function firstObject(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as Record<string, unknown>) : undefined;
}
