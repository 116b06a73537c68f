/// <reference types="vite/client" />
// Editions bundled by Vite (the extension, the site, Vitest): adding a table file adds an edition.
import { editionSet } from './editions.ts';
import { parseCases, parseTable } from './parse-table.ts';

const tableFiles = import.meta.glob<unknown>('../tables/*.table.json', { eager: true, import: 'default' });
const caseFiles = import.meta.glob<unknown>('../tables/*.cases.json', { eager: true, import: 'default' });

const set = editionSet(
  Object.entries(tableFiles).map(([file, json]) => parseTable(json, file)),
  Object.entries(caseFiles).map(([file, json]) => parseCases(json, file)),
);

export const { editions, latestEdition, getEdition, casesFor, earlierThan, previousOf } = set;
