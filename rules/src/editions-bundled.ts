/// <reference types="vite/client" />
// Editions bundled by Vite (the extension, the site, Vitest): adding a table file adds an edition.
// The published package ships this module built with the glob resolved into static JSON imports
// (scripts/build.ts), so it also runs in Node and in bundlers that read JSON imports.
import type { EditionSet } from './editions.ts';
import { editionsFromJson } from './editions-from-json.ts';

const set: EditionSet = editionsFromJson(
  import.meta.glob<unknown>('../tables/*.table.json', { eager: true, import: 'default' }),
  import.meta.glob<unknown>('../tables/*.cases.json', { eager: true, import: 'default' }),
);

// Spelled out with the set's own types, so the declarations name DecisionTable instead of its expansion.
export const editions: EditionSet['editions'] = set.editions;
export const latestEdition: EditionSet['latestEdition'] = set.latestEdition;
export const getEdition: EditionSet['getEdition'] = set.getEdition;
export const casesFor: EditionSet['casesFor'] = set.casesFor;
export const earlierThan: EditionSet['earlierThan'] = set.earlierThan;
export const previousOf: EditionSet['previousOf'] = set.previousOf;
