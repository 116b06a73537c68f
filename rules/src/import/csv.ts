// CSV text to rows of named cells, with papaparse (it handles quotes, newlines in names and
// the delimiters spreadsheets use, and runs in the browser as well). Every row must have the
// header's number of cells: a truncated or hand-broken file is rejected, never half-read.
import Papa from 'papaparse';
import { ImportError, lineColumn } from './errors.ts';

export interface CsvTable {
  header: string[];
  /** Data rows, each a map from header to cell, with their 1-based row number (header is 1). */
  rows: { row: number; cells: Record<string, string> }[];
}

export function parseCsvText(file: string, text: string): CsvTable {
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t'],
  });
  const fatal = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (fatal) {
    const where =
      typeof fatal.index === 'number'
        ? lineColumn(text, fatal.index)
        : { key: 'import.at.row' as const, params: { row: String((fatal.row ?? 0) + 1) } };
    throw new ImportError(
      file,
      'syntax',
      where,
      // Papaparse's own words name the problem; they stay as it wrote them.
      { key: 'import.csv.syntax', params: { message: fatal.message } },
    );
  }
  const [header = [], ...data] = result.data;
  const names = header.map((h) => h.trim());
  const rows = data.map((cells, i) => {
    if (cells.length !== names.length)
      throw new ImportError(
        file,
        'syntax',
        { key: 'import.at.row', params: { row: String(i + 2) } },
        {
          key: 'import.csv.cells',
          params: { count: String(names.length), header: names.join(', '), found: String(cells.length) },
        },
      );
    return { row: i + 2, cells: Object.fromEntries(names.map((n, j) => [n, cells[j] as string])) };
  });
  return { header: names, rows };
}
