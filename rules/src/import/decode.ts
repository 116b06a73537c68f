// Bytes to text, for every importer: the size limit, the byte-order marks that Windows tools
// write (PowerShell 5 redirects write UTF-16), and a clear error on any other encoding.
import { firstInvalidUtf8 } from '../utf8.ts';
import { ImportError, lineColumn } from './errors.ts';

/** Far above any customer's export (50,000 subscriptions as CSV are about 7 MB). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** A size as error texts give it ("7.2 MB"). */
export function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function checkSize(file: string, size: number, limit = MAX_IMPORT_BYTES): void {
  if (size > limit)
    throw new ImportError(
      file,
      'too-large',
      { key: 'import.at.size', params: { size: sizeText(size) } },
      { key: 'import.too-large', params: { limit: sizeText(limit) } },
    );
}

export function decodeText(file: string, bytes: Uint8Array, limit = MAX_IMPORT_BYTES): string {
  checkSize(file, bytes.byteLength, limit);
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length >= 2 && (body[0] === 0) !== (body[1] === 0))
    throw new ImportError(
      file,
      'encoding',
      { key: 'import.at.byte', params: { byte: '1' } },
      { key: 'import.utf16' },
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Only now walk the bytes, for the place: the decoder above is native and fast.
    const before = new TextDecoder('utf-8').decode(body.subarray(0, Math.max(0, firstInvalidUtf8(body))));
    throw new ImportError(file, 'encoding', lineColumn(before, before.length), {
      key: 'import.not-utf8',
      params: { command: '| Out-File -Encoding utf8' },
    });
  }
}
