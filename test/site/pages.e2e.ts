// The rest of the site in a real browser: the language switch keeps the page, search finds a
// rule in each language, the print stylesheet hides the controls, and nothing logs site.errors.
import { describe, expect, it } from 'vitest';
import { useSitePage } from './browser.ts';

const site = useSitePage();

const switchLanguage = (label: string) =>
  site.page.locator('starlight-lang-select select').first().selectOption({ label });

describe('site pages', () => {
  it('the language switch keeps the rule page, both ways', async () => {
    await site.go('/rules/usage-bought-elsewhere/');
    await switchLanguage('Magyar');
    await site.page.waitForURL(/\/hu\/rules\/usage-bought-elsewhere\/$/);
    expect(await site.page.locator('h1').textContent()).toBe('Használatalapú, CSP-n kívül vásárolva');
    await switchLanguage('English');
    await site.page.waitForURL((url) => url.pathname === '/rules/usage-bought-elsewhere/');
    expect(await site.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('the language switch keeps a narrowed table', async () => {
    await site.go('/table/');
    const allRules = await site.page.locator('tbody tr').count();
    await site.go('/table/billing/usage/');
    await switchLanguage('Magyar');
    await site.page.waitForURL(/\/hu\/table\/billing\/usage\/$/);
    const rows = await site.page.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(allRules);
  });

  it('a rule anchor in the table is a permanent link to its row', async () => {
    await site.go('/table/#rule-license-bought-elsewhere');
    const row = site.page.locator('tr#rule-license-bought-elsewhere');
    expect(await row.locator('th a').getAttribute('href')).toBe('/rules/license-bought-elsewhere/');
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('search finds a rule in each language', async () => {
    for (const [path, query, expected] of [
      ['/', 'Syndication', '/rules/syndication-no-longer-mentioned/'],
      ['/hu/', 'szindikációs', '/hu/rules/syndication-no-longer-mentioned/'],
    ] as const) {
      await site.go(path);
      await site.page.locator('button[data-open-modal]').first().click();
      await site.page.locator('dialog[open] input').fill(query);
      const hit = site.page.locator(`dialog[open] a[href^="${expected}"]`).first();
      await hit.waitFor({ timeout: 10_000 });
      await site.page.keyboard.press('Escape');
    }
  });

  it('prints the table without the filter and with Learn addresses written out', async () => {
    await site.go('/table/');
    await site.page.emulateMedia({ media: 'print' });
    expect(await site.page.locator('.fact-filter').isVisible()).toBe(false);
    const after = await site.page
      .locator('.decision-table a[href^="https://learn.microsoft.com"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://learn.microsoft.com/en-us/');
    await site.page.emulateMedia({ media: 'screen' });
  });

  it('dark mode can be chosen and is remembered', async () => {
    await site.go('/table/');
    await site.page.locator('starlight-theme-select select').first().selectOption('dark');
    await site.go('/hu/table/');
    expect(await site.page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('the extension page shows the screenshots or a note, never a broken image', async () => {
    for (const path of ['/extension/', '/hu/extension/']) {
      await site.go(path);
      const figures = site.page.locator('figure.screenshot');
      expect(await figures.count()).toBe(3);
      for (const image of await site.page.locator('figure.screenshot img').all()) {
        await image.scrollIntoViewIfNeeded();
        expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
          true,
        );
      }
    }
  });

  it('logged no console errors', () => {
    expect(site.errors).toEqual([]);
  });
});
