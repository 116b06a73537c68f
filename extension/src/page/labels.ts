// Loads the label data beside the adapter and turns it into lookups by normalized text, and the
// facts its sections stand for (data too: the code names no fact or value).
// zod/mini keeps the content script small; the full zod stays in the background and pages.
import * as z from 'zod/mini';
import raw from './subscriptions-labels.json';

export const COLUMN_KEYS = [
  'name',
  'quantity',
  'status',
  'estimatedCost',
  'budgetShare',
  'reseller',
] as const;
export const ColumnKey = z.enum(COLUMN_KEYS);
export type ColumnKey = z.infer<typeof ColumnKey>;
/** A section of the page, by its key in the label file (e.g. one per billing type). */
export type SectionKey = string;
/** Facts as the page shows them: fact id to value (checked against the edition in the background). */
export type PageFacts = Readonly<Record<string, string | boolean>>;

const Label = z.string().check(z.minLength(1));
const Facts = z.record(z.string().check(z.minLength(1)), z.union([z.string(), z.boolean()]));
const LanguageLabels = z.strictObject({
  sections: z.record(z.string(), Label),
  columns: z.record(ColumnKey, Label),
});
const LabelFile = z
  .strictObject({
    $comment: z.optional(z.string()),
    rowFacts: Facts,
    sectionFacts: z.record(z.string(), Facts),
    languages: z.record(z.string(), LanguageLabels),
  })
  .check(
    z.refine(
      (file) =>
        Object.values(file.languages).every((labels) =>
          Object.keys(labels.sections).every((key) => Object.hasOwn(file.sectionFacts, key)),
        ),
      'every section of every language needs its facts in sectionFacts',
    ),
  );

/**
 * Case- and space-insensitive form of a label: drops white space (non-breaking spaces too) and
 * invisible format characters (zero-width spaces and joiners, word joiners, direction marks).
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\s\p{Cf}]+/gu, '');
}

const FILE = LabelFile.parse(raw);

function buildLookups() {
  const sections = new Map<string, SectionKey>();
  const columns = new Map<string, ColumnKey>();
  for (const labels of Object.values(FILE.languages)) {
    for (const [section, label] of Object.entries(labels.sections))
      sections.set(normalizeLabel(label), section);
    for (const [key, label] of Object.entries(labels.columns))
      columns.set(normalizeLabel(label), key as ColumnKey);
  }
  return { sections, columns, longestSection: Math.max(...[...sections.keys()].map((k) => k.length)) };
}

export const LABELS = buildLookups();

/** The facts of every row of the page, whatever its section. */
export const ROW_FACTS: PageFacts = FILE.rowFacts;

/** The facts of a row in each section (the row facts included), by section key. */
export const SECTION_FACTS: ReadonlyMap<SectionKey, PageFacts> = new Map(
  Object.entries(FILE.sectionFacts).map(([section, facts]) => [section, { ...FILE.rowFacts, ...facts }]),
);

/** A section's heading as the page shows it in `language` (English when it has none there). */
export function sectionLabel(section: SectionKey, language: string): string {
  const labels = FILE.languages[language] ?? FILE.languages.en;
  return labels?.sections[section] ?? section;
}

export function sectionOf(text: string): SectionKey | undefined {
  return LABELS.sections.get(normalizeLabel(text));
}

export function columnOf(text: string): ColumnKey | undefined {
  return LABELS.columns.get(normalizeLabel(text));
}
