// The readable diff: one row per changed combination, over the facts of both editions, in
// labels the editions give; a combination one edition does not know says so instead of a status.
import { diffEditions, factLabel, statusLabel, valueLabel } from '@multichannel/rules';
import { getEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { NEW_FACT, NEW_STATUS, NEW_VALUE, syntheticEdition } from '../../test/synthetic-edition.ts';
import { readableDiff } from './edition-diff.ts';
import { paths } from './paths.ts';
import { ui } from './ui.ts';

const seed = getEdition('2020-06');
const synthetic = syntheticEdition();

describe('readable edition diff', () => {
  it('from the seed to a synthetic edition: its new fact is a column, its new value a case the seed lacks', () => {
    const diff = readableDiff(seed, synthetic, 'en');
    expect(diff.rows.length).toBe(diffEditions(seed, synthetic).changed.length);
    expect(diff.rows.length).toBeGreaterThan(0);
    expect(diff.facts.map((f) => f.id)).toContain(NEW_FACT);
    expect(diff.facts.find((f) => f.id === NEW_FACT)?.label).toBe(factLabel(synthetic, 'en', NEW_FACT));
    const marketplace = valueLabel(synthetic, 'en', NEW_VALUE.fact, NEW_VALUE.value);
    const column = diff.facts.findIndex((f) => f.id === NEW_VALUE.fact);
    const rows = diff.rows.filter((row) => row.values[column] === marketplace);
    expect(rows.length).toBe(diff.rows.length);
    for (const row of rows) {
      expect(row.before).toEqual({ status: null, label: ui('en', 'editions.diff.absent'), ruleHref: null });
      expect(row.after.status).not.toBeNull();
    }
    const escalated = rows.find((row) => row.after.status === NEW_STATUS);
    expect(escalated?.after.label).toBe(statusLabel(synthetic, 'en', NEW_STATUS));
    expect(escalated?.after.ruleHref).toBe(paths.rule('en', 'marketplace-premier', synthetic.edition.id));
  });

  it('backwards, the facts the older edition lacks are still named, in Hungarian too', () => {
    const diff = readableDiff(synthetic, seed, 'hu');
    expect(diff.facts.find((f) => f.id === NEW_FACT)?.label).toBe(factLabel(synthetic, 'hu', NEW_FACT));
    expect(diff.rows.every((row) => row.after.status === null)).toBe(true);
  });

  it('between shipped editions, each row names both outcomes in the reader’s language', () => {
    const from = getEdition('2023-09');
    const to = getEdition('2024-06');
    const diff = readableDiff(from, to, 'hu');
    const changes = diffEditions(from, to).changed;
    expect(diff.rows.length).toBe(changes.length);
    diff.rows.forEach((row, i) => {
      const change = changes[i];
      if (!change) throw new Error('row without a change');
      if (change.before.status) expect(row.before.label).toBe(statusLabel(from, 'hu', change.before.status));
      if (change.after.status) expect(row.after.label).toBe(statusLabel(to, 'hu', change.after.status));
      expect(row.values.length).toBe(diff.facts.length);
    });
  });
});
