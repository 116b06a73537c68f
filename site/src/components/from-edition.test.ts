// The site's components read every fact, value and status from the edition they are given:
// rendered with a synthetic edition (the seed plus one decision fact, one value and one
// status), its table, filter, badges, diff and checker show the new ones with no code change.
import {
  decisionFacts,
  factLabel,
  questionText,
  statusesOf,
  statusKind,
  statusLabel,
  valueLabel,
} from '@multichannel/rules';
import { getEdition } from '@multichannel/rules/editions';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../test/dist.ts';
import { NEW_FACT, NEW_STATUS, NEW_VALUE, syntheticEdition } from '../../test/synthetic-edition.ts';
import { editionDate } from '../lib/edition-date.ts';
import { paths } from '../lib/paths.ts';
import Checker from './Checker.tsx';
import { editionLinks, tableForLocale, vocabularyForLocale } from './checker/island-props.ts';
import { checkerTexts } from './checker/texts.ts';
import DecisionTable from './DecisionTable.astro';
import EditionDiff from './editions/EditionDiff.astro';
import FactFilter from './FactFilter.astro';
import StatusBadge from './StatusBadge.astro';

const synthetic = syntheticEdition();
const seed = getEdition('2020-06');
const id = synthetic.edition.id;
let container: AstroContainer;
/** Rendered HTML without the source attributes Astro adds outside builds. */
const render = async (
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
) =>
  decodeEntities(await container.renderToString(component, { props })).replace(
    / data-astro-source-\w+="[^"]*"/g,
    '',
  );

beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('components generated from the edition', () => {
  it('the decision table has a column per decision fact, the new one included, and the edition’s date', async () => {
    const html = await render(DecisionTable, { locale: 'en', table: synthetic });
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    for (const fact of decisionFacts(synthetic)) expect(headers).toContain(factLabel(synthetic, 'en', fact));
    expect(headers).toContain(factLabel(synthetic, 'en', NEW_FACT));
    expect(html).toContain(`href="${paths.rule('en', 'marketplace-premier', id)}"`);
    expect(html).toContain(`class="status status--action">${statusLabel(synthetic, 'en', NEW_STATUS)}<`);
    expect(html).toContain(editionDate(synthetic, 'en'));
  });

  it('the filter offers every value of every decision fact, new ones included', async () => {
    const html = await render(FactFilter, { locale: 'hu', table: synthetic });
    for (const fact of decisionFacts(synthetic)) {
      for (const value of synthetic.facts[fact]?.values ?? []) {
        expect(html).toContain(`href="${paths.tableFiltered('hu', fact, value, id)}"`);
        expect(html).toContain(valueLabel(synthetic, 'hu', fact, value));
      }
    }
    expect(html).toContain(valueLabel(synthetic, 'hu', NEW_VALUE.fact, NEW_VALUE.value));
  });

  it('every status is coloured by its kind, the new one too', async () => {
    for (const status of statusesOf(synthetic)) {
      const html = await render(StatusBadge, { locale: 'en', table: synthetic, status });
      expect(html).toContain(`class="status status--${statusKind(synthetic, status)}"`);
    }
  });

  it('the diff from the seed lists the new value’s combinations, the new fact as a column', async () => {
    const html = await render(EditionDiff, { locale: 'en', table: synthetic, previous: seed });
    expect(html).toContain(`<th scope="col">${factLabel(synthetic, 'en', NEW_FACT)}</th>`);
    expect(html).toContain(valueLabel(synthetic, 'en', NEW_VALUE.fact, NEW_VALUE.value));
    expect(html).toContain(statusLabel(synthetic, 'en', NEW_STATUS));
  });

  it('the checker asks the edition’s facts, the new fact and value included, and names the edition', () => {
    const editions = [synthetic, seed];
    const html = decodeEntities(
      renderToString(
        h(Checker, {
          locale: 'en',
          editions: editions.map((table) => tableForLocale(table, 'en')),
          vocabulary: vocabularyForLocale('en'),
          texts: checkerTexts('en'),
          links: editionLinks(editions, 'en'),
        }),
      ),
    );
    for (const fact of Object.keys(synthetic.facts)) expect(html).toContain(`id="q-${fact}"`);
    expect(html).toContain(questionText(synthetic, 'en', NEW_FACT));
    expect(html).toContain(`id="q-${NEW_VALUE.fact}-${NEW_VALUE.value}"`);
    expect(html).toMatch(new RegExp(`<option [^>]*value="${id}"`));
    expect(html).toContain(`href="${paths.edition('en', id)}"`);
  });
});
