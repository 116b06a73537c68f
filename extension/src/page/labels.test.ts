// The label file's facts: every section a page can show stands for facts of its own plus the
// facts every row has, and its heading is found in each language.

import { checkFacts } from '@multichannel/rules';
import { getEdition, latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { ROW_FACTS, SECTION_FACTS, sectionLabel, sectionOf } from './labels.ts';
import raw from './subscriptions-labels.json';

describe('the label file', () => {
  it('gives every section its facts with the row facts, as values the editions declare', () => {
    expect([...SECTION_FACTS.keys()].sort()).toEqual(Object.keys(raw.sectionFacts).sort());
    for (const facts of SECTION_FACTS.values()) {
      expect(facts).toMatchObject(ROW_FACTS);
      for (const table of [getEdition('2020-06'), latestEdition])
        expect(checkFacts(table, facts)).toEqual([]);
    }
  });

  it('finds each section by its heading in every language, and names it back', () => {
    for (const [language, labels] of Object.entries(raw.languages))
      for (const [section, label] of Object.entries(labels.sections)) {
        expect(sectionOf(` ${label.toUpperCase()} `)).toBe(section);
        expect(sectionLabel(section, language)).toBe(label);
      }
    expect(sectionLabel('license', 'xx')).toBe(raw.languages.en.sections.license);
  });
});
