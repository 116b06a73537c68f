// How report formats name a file: relative to the working directory (the repository root in CI),
// with forward slashes, as GitHub annotations and SARIF expect.
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return (rel === '' || isAbsolute(rel) ? file : rel).split(sep).join('/');
}
