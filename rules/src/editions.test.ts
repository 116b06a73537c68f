import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editions as bundled, latestEdition as bundledLatest, casesFor } from './editions-bundled.ts';
import { loadEditions, TABLES_DIR } from './editions-node.ts';

describe('editions', () => {
  it('bundles the same editions Node reads from disk', () => {
    const fromDisk = loadEditions();
    expect(bundled).toEqual(fromDisk.editions);
    expect(bundledLatest.edition.id).toBe('2024-06');
    expect(casesFor('2020-06')).toEqual(fromDisk.casesFor('2020-06'));
  });

  it('adds an edition by adding a file, and takes the newest as latest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'editions-'));
    copyFileSync(join(TABLES_DIR, '2020-06.table.json'), join(dir, '2020-06.table.json'));
    const later = JSON.parse(readFileSync(join(TABLES_DIR, '2020-06.table.json'), 'utf8'));
    later.edition.id = '2023-09';
    later.edition.effectiveDate = '2023-09-20';
    writeFileSync(join(dir, '2023-09.table.json'), JSON.stringify(later));
    const set = loadEditions(dir);
    expect(set.editions.map((t) => t.edition.id)).toEqual(['2023-09', '2020-06']);
    expect(set.latestEdition.edition.id).toBe('2023-09');
    expect(set.getEdition('2020-06').edition.effectiveDate).toBe('2020-06-17');
    expect(() => set.getEdition('1999-01')).toThrow(/available: 2023-09, 2020-06/);
  });
});
