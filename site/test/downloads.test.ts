// The downloads are the same bytes as `multichannel-rules export`: checked against the export
// function the CLI prints with, and once against the CLI itself.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportEdition } from '@multichannel/rules';
import { casesFor, editions } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS } from '../src/lib/downloads.ts';
import { paths } from '../src/lib/paths.ts';
import { FILES, readDist } from './dist.ts';

const CLI = fileURLToPath(new URL('../../rules/src/cli/bin.ts', import.meta.url));

describe('downloads', () => {
  for (const table of editions) {
    const id = table.edition.id;
    for (const { format, file } of DOWNLOADS) {
      it(`${id}/${file} equals exportEdition(…, '${format}')`, () => {
        expect(readDist(paths.download(id, file))).toBe(exportEdition(table, casesFor(id), format));
      });
    }
  }

  // Spawns the CLI once per format; a shared machine needs more than the default 5 s.
  it('the latest edition equals the CLI output byte for byte', { timeout: 60_000 }, () => {
    const latest = editions[0]?.edition.id as string;
    for (const { format, file } of DOWNLOADS) {
      const cli = execFileSync(process.execPath, [CLI, 'export', '--format', format, '--edition', latest], {
        encoding: 'utf8',
      });
      expect(readDist(paths.download(latest, file)), file).toBe(cli);
    }
  });

  it('both languages link every download', () => {
    for (const page of ['/downloads/index.html', '/hu/downloads/index.html']) {
      const html = readDist(page);
      for (const table of editions) {
        for (const { file } of DOWNLOADS)
          expect(html).toContain(`href="${paths.download(table.edition.id, file)}"`);
      }
    }
    expect(FILES.filter((f) => f.startsWith('/downloads/') && !f.endsWith('.html')).length).toBe(
      editions.length * DOWNLOADS.length,
    );
  });
});
