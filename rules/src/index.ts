// The public API of the rules package: pure, synchronous, no browser and no file system.

export {
  type Assumption,
  type Caveat,
  contextHolds,
  type DecideOptions,
  type Decision,
  type DecisionStep,
  decide,
  decideAnew,
  type EarlierOutcome,
  TableGapError,
  type TraceEntry,
} from './decide.ts';
export { allCombinations } from './decision-space.ts';
export { conditionInIds, describeCondition } from './describe-condition.ts';
export {
  casesDecidedBy,
  describeRule,
  findRule,
  type RuleDescription,
  UnknownRuleError,
} from './describe-rule.ts';
export { diffEditions, type EditionDiff, type EditionOutcome, type OutcomeChange } from './diff.ts';
export { type EditionSet, editionSet, UnknownEditionError } from './editions.ts';
export { EXPORT_FORMATS, type ExportFormat, exportEdition, tableJsonSchema } from './export.ts';
export { checkFacts, type FactProblem, FactsError, parseFacts, pickFacts } from './facts.ts';
export { fill } from './ids.ts';
export { LEARN_LOCALES, LEARN_ORIGIN, learnUrl } from './links.ts';
export {
  classifyOfferId,
  KNOWN_OFFER_IDS,
  OFFER_KINDS,
  type OfferClassification,
  type OfferKind,
} from './offer-id.ts';
export {
  checkVocabulary,
  jsonPath,
  type Problem,
  parseCases,
  parseJson,
  parseTable,
  TableFileError,
} from './parse-table.ts';
export { relevantFacts } from './relevance.ts';
export * from './schema.ts';
export { describeSteps } from './steps.ts';
export {
  caseName,
  factLabel,
  hasMessage,
  message,
  questionText,
  statusDescription,
  statusLabel,
  statusShort,
  t,
  textKey,
  VOCABULARY_TEXTS,
  valueLabel,
} from './texts.ts';
export { checkSharedTexts } from './verify/check-messages.ts';
export {
  type CoverageEntry,
  coverageOf,
  type Finding,
  type FindingDocument,
  type FindingKind,
  ownedBy,
  regionToConditions,
  type VerificationReport,
  verify,
} from './verify/verify.ts';
export * from './vocabulary.ts';
