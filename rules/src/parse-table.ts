// Reading table and test-case files: every problem names the file and the JSON path.
import type { z } from 'zod';
import { formatJsonPath as jsonPath } from './json-path.ts';
import { DecisionTable, TestCases } from './schema.ts';

export class TableFileError extends Error {
  readonly file: string;
  readonly problems: { path: string; message: string }[];
  constructor(file: string, problems: { path: string; message: string }[]) {
    super(`${file}:\n${problems.map((p) => `  at ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'TableFileError';
    this.file = file;
    this.problems = problems;
  }
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new TableFileError(
    file,
    result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  );
}

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TableFileError(file, [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

export function parseTable(value: unknown, file = 'decision table'): DecisionTable {
  return parseWith(DecisionTable, value, file);
}

export function parseCases(value: unknown, file = 'test cases'): TestCases {
  return parseWith(TestCases, value, file);
}
