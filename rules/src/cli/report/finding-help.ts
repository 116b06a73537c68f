// What each kind of finding means and how to fix it: the reporting rules of SARIF and the titles
// of GitHub annotations. Keyed by every kind, so a new kind cannot ship without its help.
import type { FindingKind } from '../../verify/findings.ts';

/** A table or test-case file that cannot be read, is not JSON or does not fit the schema. */
export const INVALID_FILE = 'invalid-file';
export type ReportKind = FindingKind | typeof INVALID_FILE;

export interface KindHelp {
  /** PascalCase name, as SARIF's reportingDescriptor.name wants. */
  name: string;
  title: string;
  help: string;
}

export const FINDING_HELP: Record<ReportKind, KindHelp> = {
  'invalid-file': {
    name: 'InvalidFile',
    title: 'Unreadable table file',
    help: 'The file cannot be read, is not JSON, or does not fit the decision table schema (decision-table.schema.json). The message names the JSON path and what is allowed there.',
  },
  gap: {
    name: 'UncoveredInputs',
    title: 'No rule covers these inputs',
    help: 'Some combination of inputs is matched by no rule, so the table gives no answer for it. Add a rule for the region named in the message; text and JSON output include a rule stub to paste.',
  },
  overlap: {
    name: 'OverlappingRules',
    title: 'Rules overlap',
    help: 'The hit policy is unique: each combination of inputs may match one rule only. Narrow the conditions of the rules named so that the example given matches one of them.',
  },
  'dead-rule': {
    name: 'DeadRule',
    title: 'Rule never decides',
    help: 'Every combination the rule matches is also matched by another rule, so it can never be the one that decides. Remove it or narrow the other rules.',
  },
  'duplicate-rule-id': {
    name: 'DuplicateRuleId',
    title: 'Rule id used twice',
    help: 'Rule ids are public: pages, test cases and links name rules by id. Give each rule its own id; never rename one that an earlier edition used.',
  },
  'unknown-step': {
    name: 'UnknownStep',
    title: 'Step not in the catalog',
    help: 'A rule or partner-type list names a step that the table\'s "steps" catalog does not define. Add the step or fix its id.',
  },
  'duplicate-step': {
    name: 'DuplicateStep',
    title: 'Step named twice',
    help: 'A rule lists the same step twice, so partners would read it twice. Name each step once.',
  },
  'unused-step': {
    name: 'UnusedStep',
    title: 'Step not used',
    help: 'A step in the "steps" catalog is named by no rule or partner-type list, often the trace of a renamed step. Remove it or use it.',
  },
  'unknown-link': {
    name: 'UnknownLink',
    title: 'Link not in the catalog',
    help: 'A rule source, step or caveat names a link that the table\'s "links" catalog does not define. Add the link or fix its id.',
  },
  'unused-link': {
    name: 'UnusedLink',
    title: 'Link not used',
    help: 'A link in the "links" catalog is named by no rule source, step or caveat. Remove it or use it.',
  },
  'missing-message': {
    name: 'MissingMessage',
    title: 'Text missing in a locale',
    help: "A text the table needs has no entry in one locale (every text must exist in English and Hungarian). Add the key named in the message to that locale's messages.",
  },
  'unused-message': {
    name: 'UnusedMessage',
    title: 'Text not used',
    help: "A text in a locale's messages is named by nothing in the table, often the trace of a renamed rule or step. Remove it or use it.",
  },
  'rule-without-case': {
    name: 'RuleWithoutCase',
    title: 'Rule without a test case',
    help: "No test case in the table's *.cases.json is decided by this rule. Add a case with the facts of a combination the rule owns and the status it should give.",
  },
  'case-failed': {
    name: 'CaseFailed',
    title: 'Test case failed',
    help: "Evaluating the test case's facts gave another status, rule or missing facts than it expects. Fix the rule or, if the rule is right, the case.",
  },
  'case-invalid': {
    name: 'InvalidCase',
    title: 'Test case outside the vocabulary',
    help: 'The test case names a fact, value or status that the table does not declare, so it cannot be evaluated. Use the ids of the table\'s "facts" and "statuses", or declare the new ones.',
  },
  'cases-edition-mismatch': {
    name: 'CasesEditionMismatch',
    title: 'Test cases of another edition',
    help: 'The test-case file names another edition than the table beside it. Each x.table.json keeps its own cases in x.cases.json with the same edition id.',
  },
};

export const REPORT_KINDS = Object.keys(FINDING_HELP) as ReportKind[];
