// Reading a table or cases file as a pipeline would hand it over: a regular file or standard
// input ("-"), at most MAX_INPUT_BYTES, strict UTF-8. Anything else is refused with the file
// and the reason, never read without limit (a device) or waited on forever (a FIFO).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { TableFileError } from './parse-table.ts';
import { firstInvalidUtf8 } from './utf8.ts';

/** A table is kilobytes; this leaves room for tables far larger than any edition. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
export const STDIN = '-';

function refuse(file: string, message: string): never {
  throw new TableFileError(file, [{ path: '$', message }]);
}

function readLimited(fd: number, file: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES)
      refuse(file, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; a decision table is kilobytes`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** The line and column (1-based) of a byte offset. */
function position(bytes: Buffer, offset: number): string {
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const column = offset - before.lastIndexOf(0x0a);
  return `line ${line}, column ${column} (byte ${offset})`;
}

export function readInput(file: string): string {
  let bytes: Buffer;
  if (file === STDIN) {
    bytes = readLimited(0, 'standard input');
  } else {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(file);
    } catch (error) {
      return refuse(
        file,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    if (!stats.isFile()) refuse(file, 'is not a regular file; give a table file, or "-" for standard input');
    if (stats.size > MAX_INPUT_BYTES)
      refuse(file, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; a decision table is kilobytes`);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      return refuse(
        file,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    try {
      // The file may have changed between stat and open: check again on what was opened.
      if (!fstatSync(fd).isFile()) refuse(file, 'is not a regular file');
      bytes = readLimited(fd, file);
    } finally {
      closeSync(fd);
    }
  }
  const name = file === STDIN ? 'standard input' : file;
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) refuse(name, `is not valid UTF-8 at ${position(bytes, invalid)}`);
  const text = bytes.toString('utf8');
  // A byte order mark is valid UTF-8 but not JSON.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
