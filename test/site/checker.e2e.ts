// The checker in a real browser: it decides a case, keeps its answers in the URL (shareable,
// and the back button undoes an answer), and the language switch keeps the page and answers.
import { decide, type Facts, statusDescription, statusLabel } from '@multichannel/rules';
import { latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { useSitePage } from './browser.ts';

const site = useSitePage();

const outcome = () => site.page.locator('.checker-outcome .status').textContent();
/** Waits until the island has hydrated (its effect has read the URL). */
async function openChecker(path: string) {
  await site.go(path);
  await site.page.waitForSelector('astro-island:not([ssr])');
}

describe('checker', () => {
  it('decides a case from answers and names its rule', async () => {
    await openChecker('/checker/');
    expect(await outcome()).toBe('More information needed');
    await site.page.getByLabel('through an Enterprise Agreement').check();
    await site.page.getByLabel('usage-based').check();
    expect(await outcome()).toBe('Create a new Azure subscription');
    const ruleLink = site.page.locator('.checker-result a[href="/rules/usage-bought-elsewhere/"]');
    await expect.poll(() => ruleLink.count()).toBe(1);
    expect(new URL(site.page.url()).search).toBe('?channel=ea&billing=usage');
  });

  it('shows the one question that decides a partial answer', async () => {
    await openChecker('/checker/?channel=ea');
    expect(await outcome()).toBe('More information needed');
    const decides = site.page.locator('.checker-decides li a');
    expect(await decides.allTextContents()).toEqual(['Is it license-based (seats) or usage-based (Azure)?']);
    expect(await site.page.locator('#q-billing.question--decides').count()).toBe(1);
  });

  it('round-trips its URL: a shared link restores the answers', async () => {
    await openChecker('/checker/?channel=other-csp-partner&billing=license&roles=sales-agent');
    const { status } = decide(latestEdition, { channel: 'other-csp-partner', billing: 'license' });
    expect(await outcome()).toBe(statusLabel(latestEdition, 'en', status));
    expect(await site.page.getByLabel('from another CSP partner').isChecked()).toBe(true);
    expect(await site.page.getByLabel('Sales agent').isChecked()).toBe(true);
    expect(await site.page.locator('.can-act').textContent()).toContain('One of your roles may do this');
  });

  it('goes back one answer with the back button', async () => {
    await openChecker('/checker/');
    await site.page.getByLabel('from Microsoft directly').check();
    await site.page.getByLabel('license-based').check();
    expect(await outcome()).toBe('Request a reseller relationship');
    await site.page.goBack();
    await expect.poll(() => new URL(site.page.url()).search).toBe('?channel=microsoft-direct');
    expect(await outcome()).toBe('More information needed');
    expect(await site.page.getByLabel('license-based').isChecked()).toBe(false);
    await site.page.goForward();
    await expect.poll(outcome).toBe('Request a reseller relationship');
  });

  it('reports answers in the link that it cannot read, and keeps the rest', async () => {
    await openChecker('/checker/?channel=nowhere&billing=usage');
    expect(await site.page.locator('.checker-invalid').textContent()).toContain('channel');
    expect(await site.page.getByLabel('usage-based').isChecked()).toBe(true);
  });

  it('shows the US Government caveat with every source it cites', async () => {
    await openChecker('/checker/?channel=ea&billing=license&cloud=us-government');
    const caveat = site.page.locator('.checker-result .caveat');
    const [cited] = decide(latestEdition, { cloud: 'us-government' }).caveats;
    expect(cited?.urls.length).toBeGreaterThan(1);
    expect(await caveat.locator('a').count()).toBe(cited?.urls.length);
  });

  it('keeps the page and the answers when switching language', async () => {
    await openChecker('/checker/?channel=ea&billing=usage');
    await site.page.locator('starlight-lang-select select').first().selectOption({ label: 'Magyar' });
    await site.page.waitForURL(/\/hu\/checker\/\?channel=ea&billing=usage$/);
    await site.page.waitForSelector('astro-island:not([ssr])');
    expect(await site.page.locator('html').getAttribute('lang')).toBe('hu');
    expect(await outcome()).toBe(statusLabel(latestEdition, 'hu', 'new-azure-subscription'));
  });

  // The island's bundle carries no texts; its page passes one locale's in. Answers from the URL
  // are rendered in the browser only, so this checks those texts against the rules themselves.
  it('decides in Hungarian in the browser with the same words as the rules', async () => {
    const facts: Facts = {
      channel: 'ea',
      billing: 'license',
      partnerType: 'indirect-reseller',
      cloud: 'us-government',
    };
    await openChecker(
      '/hu/checker/?channel=ea&billing=license&partnerType=indirect-reseller&cloud=us-government',
    );
    const decision = decide(latestEdition, facts, { locale: 'hu' });
    expect(await outcome()).toBe(statusLabel(latestEdition, 'hu', decision.status));
    const shown = (await site.page.locator('.checker-result').textContent()) ?? '';
    const expected = [
      statusDescription(latestEdition, 'hu', decision.status),
      ...decision.steps.map((step) => step.text),
      ...decision.trace.map((entry) => entry.text),
      ...decision.caveats.map((caveat) => caveat.text),
    ];
    expect(decision.caveats.length).toBeGreaterThan(0);
    for (const text of expected) expect(shown).toContain(text);
  });

  it('logged no console errors', () => {
    expect(site.errors).toEqual([]);
  });
});
