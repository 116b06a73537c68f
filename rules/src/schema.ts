// The decision table file (format 2), as zod schemas. The JSON Schema in tables/ is generated
// from these (`multichannel-rules export --format jsonschema`), so an editor validates the file
// too. These schemas describe the generic shape; parse-table.ts then checks that everything the
// file names (facts, values, statuses) is declared by the file itself.
import { z } from 'zod';
import { LOCALES } from './ids.ts';

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "license-elsewhere"');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');
const MessageKey = z.string().regex(/^[a-z0-9.-]+$/i, 'use letters, digits, dots and hyphens');
export const FactId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'use a camelCase word, e.g. "channel" or "customerIsCspPartner"');
/** A value of a fact: a slug such as "other-csp-partner", or true / false. */
export const FactValue = z.union([Slug, z.boolean()]);
export type FactValue = z.infer<typeof FactValue>;

export const FACT_USES = ['decision', 'context'] as const;
export const FactDeclaration = z
  .object({
    use: z
      .enum(FACT_USES)
      .describe('decision: rules test it; context: it only shapes steps, canAct and caveats'),
    values: z.array(FactValue).min(1).describe('the closed list of values, in display order'),
    whenUnknown: FactValue.optional().describe(
      'the value taken when the fact is not known, reported as an assumption (text `assumption.<fact>`)',
    ),
    many: z.boolean().optional().describe('context facts only: the fact holds a list of values'),
  })
  .strict();
export type FactDeclaration = z.infer<typeof FactDeclaration>;

export const STATUS_KINDS = ['action', 'nothing-to-do', 'blocked', 'not-addressed', 'undecided'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
export const StatusDeclaration = z
  .object({
    kind: z
      .enum(STATUS_KINDS)
      .describe(
        'what the status asks of the partner; exactly one status is "undecided" (the facts leave several outcomes open)',
      ),
  })
  .strict();

/** A condition on one fact: every value, a set of values, or every value but a set. */
export const Condition = z.union([
  z.literal('any'),
  z.object({ in: z.array(FactValue).min(1) }).strict(),
  z.object({ notIn: z.array(FactValue).min(1) }).strict(),
]);
export type Condition = z.infer<typeof Condition>;

/** Context facts and the values that make a step list or a caveat apply. */
const ContextWhen = z.record(FactId, z.array(FactValue).min(1));

export const SourceRef = z
  .object({
    link: Slug.describe('id of an entry in `links`'),
    section: z.string().min(1).describe('the section of the page, in English'),
    date: IsoDate.describe('the date of the page version the rule follows'),
  })
  .strict();

export const Rule = z
  .object({
    id: Slug.describe('stable id: public, used in URLs and by pipelines'),
    when: z
      .record(FactId, Condition)
      .describe('one condition per decision fact; a fact left out matches any value'),
    status: Slug.describe('a declared status, not the undecided one'),
    steps: z.array(Slug).describe('ids of entries in `steps`, in order'),
    title: MessageKey,
    rationale: MessageKey,
    source: SourceRef,
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const Link = z
  .object({
    path: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9/._-]*$/,
        'a Microsoft Learn path without the locale, e.g. "partner-center/multichannel"',
      ),
    title: MessageKey,
    asOf: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
      .describe('date (as precise as known) of the source page that names this link'),
  })
  .strict();

export const Step = z
  .object({
    message: MessageKey,
    link: Slug.optional().describe('id of an entry in `links`'),
  })
  .strict();

export const ContextSteps = z
  .object({
    when: ContextWhen.describe('context facts and their values; empty: always'),
    steps: z.array(Slug).min(1),
    forStatuses: z.array(Slug).min(1).describe('the statuses these steps are added to'),
  })
  .strict();

export const Caveat = z
  .object({
    when: ContextWhen.describe('context facts and the values that raise the caveat'),
    message: MessageKey,
    links: z.array(Slug),
  })
  .strict();

export const DATE_KINDS = ['published', 'observed', 'earliest'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

export const Edition = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}$/, 'use the year and month the edition takes effect, e.g. "2020-06"'),
    title: MessageKey,
    effectiveDate: IsoDate,
    dateKnown: z
      .enum(DATE_KINDS)
      .describe(
        "published: the page's own date; observed: first seen in a dated copy; earliest: the earliest the content can be from",
      ),
    dateEvidence: MessageKey.describe('text saying how the date is known'),
    changes: MessageKey.optional().describe('text saying what changed from the previous edition'),
    source: SourceRef,
    hitPolicy: z.literal('unique'),
    appliesTo: z.array(FactValue).min(1).optional().describe('values of a context fact the page applies to'),
  })
  .strict();

const Messages = z.record(MessageKey, z.string().min(1));

export const DecisionTable = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(2).describe('version of this file format'),
    edition: Edition,
    facts: z.record(FactId, FactDeclaration),
    statuses: z.record(Slug, StatusDeclaration),
    mayAct: z
      .object({ fact: FactId, values: z.array(FactValue).min(1) })
      .strict()
      .optional()
      .describe('who may act: any of these values of a (many-valued) context fact'),
    links: z.record(Slug, Link),
    steps: z.record(Slug, Step),
    contextSteps: z.array(ContextSteps),
    caveats: z.record(Slug, Caveat),
    rules: z.array(Rule).min(1),
    messages: z
      .object(
        Object.fromEntries(LOCALES.map((l) => [l, Messages])) as Record<
          (typeof LOCALES)[number],
          typeof Messages
        >,
      )
      .strict(),
  })
  .strict();
export type DecisionTable = z.infer<typeof DecisionTable>;

/** Facts as given: each may be missing (unknown). Checked against the edition by facts.ts. */
export const FactsInput = z.record(FactId, z.union([FactValue, z.array(FactValue)]));

export const TestCase = z
  .object({
    name: z.string().min(1).describe('the case in English'),
    names: z
      .object(Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, z.string().min(1)])))
      .strict()
      .partial()
      .optional()
      .describe('the case in the other locales; the verifier reports a missing one'),
    facts: FactsInput,
    expect: z
      .object({
        status: Slug,
        ruleId: Slug.nullable().optional(),
        missing: z.array(FactId).optional(),
      })
      .strict(),
  })
  .strict();
export type TestCase = z.infer<typeof TestCase>;

export const TestCases = z
  .object({
    $schema: z.string().optional(),
    edition: z.string(),
    cases: z.array(TestCase).min(1),
  })
  .strict();
export type TestCases = z.infer<typeof TestCases>;
