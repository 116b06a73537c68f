// Download files, written at build time by the same function the CLI's `export` prints with,
// so the bytes are identical (checked by site/test/downloads.test.ts).
import { exportEdition } from '@multichannel/rules';
import { casesFor, editions } from '@multichannel/rules/editions';
import type { APIRoute } from 'astro';
import { DOWNLOADS } from '../../../lib/downloads.ts';

export function getStaticPaths() {
  return editions.flatMap((table) =>
    DOWNLOADS.filter(({ format }) => format !== 'cases' || casesFor(table.edition.id)).map(
      ({ format, file }) => ({
        params: { edition: table.edition.id, file },
        props: { body: exportEdition(table, casesFor(table.edition.id), format) },
      }),
    ),
  );
}

export const GET: APIRoute = ({ props }) => new Response(props.body as string);
