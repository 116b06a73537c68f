export type FindingKind =
  | 'gap'
  | 'overlap'
  | 'dead-rule'
  | 'duplicate-rule-id'
  | 'unknown-step'
  | 'unused-step'
  | 'unknown-link'
  | 'unused-link'
  | 'missing-message'
  | 'unused-message'
  | 'rule-without-case'
  | 'case-failed'
  | 'cases-edition-mismatch';

export interface Finding {
  kind: FindingKind;
  /** One line for people, naming the rules and facts concerned. */
  message: string;
  rules: string[];
  facts: string[];
  /** The JSON path of the node concerned, e.g. `$.rules[3].when.channel`. */
  path: string;
  /** The file the path is in, when not the table file: its test cases or the shared texts. */
  document?: 'cases' | 'vocabulary';
  /** Machine-readable detail: the region, example, stub, key or case involved. */
  detail?: unknown;
}
