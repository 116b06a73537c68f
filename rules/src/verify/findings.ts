export type FindingKind =
  | 'gap'
  | 'overlap'
  | 'dead-rule'
  | 'duplicate-rule-id'
  | 'unknown-step'
  | 'duplicate-step'
  | 'unused-step'
  | 'unknown-link'
  | 'unused-link'
  | 'missing-message'
  | 'unused-message'
  | 'rule-without-case'
  | 'case-failed'
  | 'case-invalid'
  | 'cases-edition-mismatch';

/** Which file a finding's path points into: the table, its test cases, or a shared texts file. */
export type FindingDocument = 'table' | 'cases' | `texts:${string}`;

export interface Finding {
  kind: FindingKind;
  /** One line for people, naming the rules and facts concerned. */
  message: string;
  rules: string[];
  facts: string[];
  /** Where in `document` the problem is, as a JSON path (`$.rules[3].steps[0]`). */
  path: string;
  document: FindingDocument;
  /** Machine-readable detail: the region, example, stub, key or case involved. */
  detail?: unknown;
}
