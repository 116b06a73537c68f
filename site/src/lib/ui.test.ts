// The interface texts: each locale's file has exactly the keys of the English one, every text is
// written, and a translation uses the same {placeholders} as the English text.
import { describe, expect, it } from 'vitest';
import { SITE_LOCALES } from './locale.ts';
import { UI_TEXTS, ui } from './ui.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface texts', () => {
  for (const locale of SITE_LOCALES) {
    it(`${locale}: the same keys as English, none empty, the same placeholders`, () => {
      expect(Object.keys(UI_TEXTS[locale]).sort()).toEqual(Object.keys(UI_TEXTS.en).sort());
      for (const [key, text] of Object.entries(UI_TEXTS[locale])) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(UI_TEXTS.en[key as keyof typeof UI_TEXTS.en]));
      }
    });
  }

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(ui('en', 'editions.diff.renamed', { count: 3 })).toBe(
      'Another 3 keep their outcome under a rule with a new id.',
    );
    expect(ui('en', 'editions.diff.renamed')).toContain('{count}');
  });
});
