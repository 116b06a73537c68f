// The decision table file, as zod schemas. The JSON Schema in tables/ is generated from these
// (`multichannel-rules export --format jsonschema`), so an editor validates the file too.
import { z } from 'zod';
import {
  BillingType,
  Channel,
  Cloud,
  DECISION_FACT_NAMES,
  Facts,
  Role,
  RuleStatus,
  Status,
} from './vocabulary.ts';

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "license-elsewhere"');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');
const MessageKey = z.string().regex(/^[a-z0-9.-]+$/i, 'use letters, digits, dots and hyphens');

/** A condition on one fact: every value, a set of values, or every value but a set. */
function conditionOf<T extends z.ZodType>(value: T) {
  return z.union([
    z.literal('any'),
    z.object({ in: z.array(value).min(1) }).strict(),
    z.object({ notIn: z.array(value).min(1) }).strict(),
  ]);
}
export const Condition = conditionOf(z.union([z.string(), z.boolean()]));
export type Condition = z.infer<typeof Condition>;

export const RuleConditions = z
  .object({
    channel: conditionOf(Channel).optional(),
    billing: conditionOf(BillingType).optional(),
    customerIsCspPartner: conditionOf(z.boolean()).optional(),
  })
  .strict();

export const SourceRef = z
  .object({
    link: Slug.describe('id of an entry in `links`'),
    section: z.string().min(1).describe('the section of the page, in English'),
    date: IsoDate.describe('the ms.date of the page version the rule follows'),
  })
  .strict();

export const Rule = z
  .object({
    id: Slug.describe('stable id: public, used in URLs and by pipelines'),
    when: RuleConditions.describe('conditions; a fact left out matches any value'),
    status: RuleStatus,
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

export const Caveat = z
  .object({
    when: z.object({ cloud: Cloud }).strict(),
    message: MessageKey,
    links: z.array(Slug),
  })
  .strict();

const Messages = z.record(z.string(), z.string().min(1));

export const Edition = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}$/, 'use the year and month the edition takes effect, e.g. "2020-06"'),
    title: MessageKey,
    effectiveDate: IsoDate,
    source: SourceRef,
    hitPolicy: z.literal('unique'),
    rolesThatMayAct: z.array(Role).min(1),
    appliesTo: z.array(Cloud).min(1),
  })
  .strict();

export const DecisionTable = z
  .object({
    $schema: z.string().optional(),
    edition: Edition,
    links: z.record(Slug, Link),
    steps: z.record(Slug, Step),
    partnerTypeSteps: z
      .object({
        any: z.array(Slug),
        direct: z.array(Slug),
        'indirect-provider': z.array(Slug),
        'indirect-reseller': z.array(Slug),
        forStatuses: z.array(RuleStatus).describe('the statuses these reading steps are added to'),
      })
      .strict(),
    caveats: z.record(Slug, Caveat),
    rules: z.array(Rule).min(1),
    messages: z.object({ en: Messages, hu: Messages }).strict(),
  })
  .strict();
export type DecisionTable = z.infer<typeof DecisionTable>;

export const TestCase = z
  .object({
    name: z.string().min(1).describe('the case in English'),
    names: z
      .object({ hu: z.string().min(1) })
      .strict()
      .optional()
      .describe('the case in the other locales; the verifier reports a missing one'),
    facts: Facts,
    expect: z
      .object({
        status: Status,
        ruleId: Slug.nullable().optional(),
        missing: z.array(z.enum(DECISION_FACT_NAMES)).optional(),
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
