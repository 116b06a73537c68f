// JSON text to a validated value: syntax errors with line and column, shape errors with the
// JSON path of each problem and what was expected there.
import { z } from 'zod';
import { jsonPath } from '../parse-table.ts';
import { ImportError, type ImportMessage, lineColumn } from './errors.ts';

/** Engines word syntax errors differently; V8 and Firefox give a position or a line and column. */
function syntaxPosition(text: string, message: string): ImportMessage {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { key: 'import.at.line-column', params: { line: lc[1] as string, column: lc[2] as string } };
  const position = /position (\d+)/.exec(message);
  return lineColumn(text, position ? Number(position[1]) : text.length);
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // The engine's own words name the token; they stay as the engine wrote them.
    const what: ImportMessage = /end of (JSON )?(input|data)|Unterminated/i.test(message)
      ? { key: 'import.json.truncated' }
      : { key: 'import.json.syntax', params: { message } };
    throw new ImportError(file, 'syntax', syntaxPosition(text, message), what);
  }
}

function describeIssue(issue: z.core.$ZodIssue): ImportMessage {
  if (issue.code === 'invalid_type') {
    const got = /received (\w+)/.exec(issue.message)?.[1];
    if (got === 'undefined') return { key: 'import.issue.missing', params: { expected: issue.expected } };
    return got
      ? { key: 'import.issue.type-received', params: { expected: issue.expected, received: got } }
      : { key: 'import.issue.type', params: { expected: issue.expected } };
  }
  return { key: 'import.issue.other', params: { message: issue.message } };
}

/** The value as the schema reads it, or an ImportError naming the first problems. */
export function validate<T extends z.ZodType>(
  file: string,
  schema: T,
  value: unknown,
  what: ImportMessage,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3);
  const first = issues[0] as z.core.$ZodIssue;
  const more = issues.slice(1).map((issue) => ({
    key: 'import.shape.also' as const,
    params: { path: jsonPath(issue.path), issue: describeIssue(issue) },
  }));
  throw new ImportError(
    file,
    'shape',
    { key: 'import.at.path', params: { path: jsonPath(first.path) } },
    { key: 'import.shape', params: { issue: describeIssue(first), what, more } },
  );
}

/** PowerShell's ConvertTo-Json writes one object alone and several as an array: either, as a list. */
export function validateOneOrMany<T extends z.ZodType>(
  file: string,
  schema: T,
  value: unknown,
  what: ImportMessage,
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
