// The public API of the rules package: pure, synchronous, no browser and no file system.

export {
  type Assumption,
  type Caveat,
  type Decision,
  type DecisionStep,
  decide,
  TableGapError,
  type TraceEntry,
} from './decide.ts';
export { allCombinations, type Combination } from './decision-space.ts';
export { describeCondition } from './describe-condition.ts';
export { describeRule, findRule, type RuleDescription } from './describe-rule.ts';
export { type EditionSet, editionSet } from './editions.ts';
export { EXPORT_FORMATS, type ExportFormat, exportEdition, tableJsonSchema } from './export.ts';
export { LEARN_LOCALES, LEARN_ORIGIN, learnUrl } from './links.ts';
export {
  classifyOfferId,
  KNOWN_OFFER_IDS,
  OFFER_KINDS,
  type OfferClassification,
  type OfferKind,
} from './offer-id.ts';
export { parseCases, parseJson, parseTable, TableFileError } from './parse-table.ts';
export * from './schema.ts';
export { caseName, factLabel, message, statusLabel, t, VOCABULARY_TEXTS, valueLabel } from './texts.ts';
export {
  type CoverageEntry,
  coverageOf,
  type Finding,
  regionToConditions,
  type VerificationReport,
  verify,
} from './verify/verify.ts';
export * from './vocabulary.ts';
