// The importers and the onboarding plan, for the CLI, the site's planner and the extension:
// pure functions, no file system (callers hand in the bytes of each file).

export { ARM_SUBSCRIPTIONS_COMMAND } from '../import/az-account-list.ts';
export { declaredValues, declares } from '../import/declared.ts';
export { checkSize, decodeText, MAX_IMPORT_BYTES, sizeText } from '../import/decode.ts';
export { FORMATS, type ImportOptions, importFile, importText } from '../import/detect.ts';
export {
  IMPORT_ERROR_CODES,
  ImportError,
  type ImportErrorCode,
  type ImportMessage,
  importErrorParts,
  importErrorText,
  importMessageText,
} from '../import/errors.ts';
export { type FactFinding, type SubscriptionFacts, subscriptionFacts } from '../import/facts.ts';
export { PLAN_MESSAGES, planText } from '../import/messages.ts';
export { KNOWN_QUOTA_IDS, quotaIdMeaning } from '../import/quota-id.ts';
export type { FactReading, FormatId, ImportedFile, ImportedRecord } from '../import/record.ts';
export { RESOURCE_GRAPH_QUERY } from '../import/resource-graph-csv.ts';
export { answerKey, checkAnswers, PlanAnswerError, type PlanAnswers } from './answers.ts';
export { buildPlan, type Plan, type PlanFact, type PlanOptions, type PlanRow } from './plan.ts';
export { PLAN_FORMATS, type PlanFormat, planRows, renderPlan } from './render.ts';
export { escapeHtml } from './render-html.ts';
