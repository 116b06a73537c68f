// The editions in a real browser, in both languages: /editions/ lists every edition with its
// diff, an older edition's pages point to the current one, and the checker decides with the
// edition its URL names (the newest by default; an unknown one is reported and the newest used),
// names that edition, shows the assumptions, and for a case the edition does not address, what
// the latest earlier edition said.
import { decide, LOCALES, message, statusKind, statusLabel } from '@multichannel/rules';
import { earlierThan, editions, getEdition, latestEdition, previousOf } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { paths } from '../../site/src/lib/paths.ts';
import { useSitePage } from './browser.ts';

const site = useSitePage();

async function openChecker(query: string, locale: 'en' | 'hu' = 'en') {
  await site.go(`${paths.checker(locale)}${query}`);
  await site.page.waitForSelector('astro-island:not([ssr])');
}
const outcome = () => site.page.locator('.checker-outcome .status').textContent();
const older = editions.filter((table) => table !== latestEdition);

describe('editions', () => {
  for (const locale of LOCALES) {
    it(`${locale}: /editions/ lists every edition, newest first, each with its diff`, async () => {
      await site.go(paths.editions(locale));
      const headings = await site.page.locator('section.edition h2').allTextContents();
      expect(headings.map((h) => h.slice(0, 7))).toEqual(editions.map((t) => t.edition.id));
      expect(headings[0]).toContain(message(latestEdition, locale, latestEdition.edition.title));
      const previous = previousOf(latestEdition);
      if (!previous) throw new Error('one edition only');
      const rows = site.page
        .locator(`#edition-${latestEdition.edition.id}`)
        .locator('..')
        .locator('.edition-diff tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
    });

    it(`${locale}: an older edition's table says a newer edition exists and links to it`, async () => {
      const oldest = older.at(-1);
      if (!oldest) throw new Error('one edition only');
      await site.go(paths.table(locale, oldest.edition.id));
      const notice = site.page.locator('.edition-notice');
      expect(await notice.isVisible()).toBe(true);
      await notice.locator(`a[href="${paths.edition(locale, latestEdition.edition.id)}"]`).click();
      await site.page.waitForURL((url) => url.pathname === paths.edition(locale, latestEdition.edition.id));
      expect(await site.page.locator('.edition-notice').count()).toBe(0);
      expect(await site.page.locator('html').getAttribute('lang')).toBe(locale);
    });
  }

  it('the checker decides with the newest edition by default and names it, with the assumptions', async () => {
    const facts = { channel: 'other-csp-partner', billing: 'license' };
    const decision = decide(latestEdition, facts);
    await openChecker('?channel=other-csp-partner&billing=license');
    expect(await outcome()).toBe(statusLabel(latestEdition, 'en', decision.status));
    expect(await site.page.locator('.checker-edition-used').textContent()).toContain(
      latestEdition.edition.id,
    );
    expect(await site.page.locator('#checker-edition').inputValue()).toBe(latestEdition.edition.id);
    const assumed = await site.page.locator('.checker-assumptions li').allTextContents();
    expect(assumed).toEqual(decision.assumptions.map((a) => a.text));
  });

  it('the checker decides with the edition its URL names, and asks only that edition’s facts', async () => {
    for (const table of older) {
      const id = table.edition.id;
      const decision = decide(table, { channel: 'other-csp-partner', billing: 'license' });
      await openChecker(`?edition=${id}&channel=other-csp-partner&billing=license`);
      expect(await outcome(), id).toBe(statusLabel(table, 'en', decision.status));
      expect(await site.page.locator('.checker-edition-used').textContent()).toContain(id);
      const asked = await site.page
        .locator('fieldset.question')
        .evaluateAll((sets) => sets.map((s) => s.id.slice(2)));
      expect(
        asked.every((fact) => Object.hasOwn(table.facts, fact)),
        asked.join(),
      ).toBe(true);
    }
  });

  it('switching the edition keeps the answers and puts the edition in the URL', async () => {
    const target = older[0];
    if (!target) throw new Error('one edition only');
    await openChecker('?channel=ea&billing=usage');
    await site.page.locator('#checker-edition').selectOption(target.edition.id);
    await expect
      .poll(() => new URL(site.page.url()).search)
      .toBe(`?edition=${target.edition.id}&channel=ea&billing=usage`);
    expect(await site.page.locator('.checker-edition-used').textContent()).toContain(target.edition.id);
  });

  it('an unknown edition in the URL is reported, and the newest edition decides', async () => {
    await openChecker('?edition=1999-01&channel=ea&billing=usage');
    const alert = site.page.locator('.checker-invalid--edition');
    expect(await alert.textContent()).toContain('1999-01');
    expect(await site.page.locator('#checker-edition').inputValue()).toBe(latestEdition.edition.id);
    expect(await site.page.getByLabel('usage-based').isChecked()).toBe(true);
  });

  it('a case the newest edition does not address shows the latest earlier edition’s outcome', async () => {
    const facts = { channel: 'syndication-partner', billing: 'license' };
    const decision = decide(latestEdition, facts, { earlier: earlierThan(latestEdition) });
    expect(statusKind(latestEdition, decision.status)).toBe('not-addressed');
    const earlier = decision.earlier;
    if (!earlier) throw new Error('no earlier edition addresses it');
    await openChecker('?channel=syndication-partner&billing=license', 'hu');
    const shown = site.page.locator('.checker-earlier');
    expect(await shown.textContent()).toContain(earlier.edition);
    expect(await shown.locator('.status').textContent()).toBe(
      statusLabel(getEdition(earlier.edition), 'hu', earlier.status),
    );
    expect(await shown.locator('a').getAttribute('href')).toBe(
      paths.rule('hu', earlier.ruleId ?? '', earlier.edition),
    );
  });

  it('logged no console errors', () => {
    expect(site.errors).toEqual([]);
  });
});
