import { describe, expect, it } from 'vitest';
import { DETECTORS, detectPage, type PageKind } from './detect.ts';

const PC = 'https://partner.microsoft.com';
const TENANT = '3f2a9c1e-0b6d-4c7e-9a51-2d8e7f604b13';

// Every detector's own URLs; each must be rejected by every other detector.
const URLS: Record<PageKind, string[]> = {
  'customer-list': [
    `${PC}/commerce/customers/list`,
    `${PC}/en-us/commerce/customers/list`,
    `${PC}/dashboard/commerce2/customers/list`,
    `${PC}/hu-hu/dashboard/v2/customers/list`,
  ],
  subscriptions: [
    `${PC}/commerce/customers/${TENANT}/subscriptions`,
    `${PC}/en-us/commerce/customers/${TENANT}/subscriptions`,
    `${PC}/hu-hu/commerce/customers/${TENANT}/subscriptions/`,
    `${PC}/dashboard/commerce2/customers/${TENANT}/subscriptions`,
    `${PC}/en-gb/dashboard/commerce2/customers/${TENANT}/subscriptions?tab=all#top`,
  ],
  'subscription-details': [
    `${PC}/commerce/customers/${TENANT}/subscriptions/8d1c2b7a-55e0-4f3e-b7a2-0c9d6e1f2a34`,
    `${PC}/hu-hu/dashboard/commerce2/customers/${TENANT}/subscriptions/abc`,
  ],
};

const NOT_PAGES = [
  `${PC}/`,
  `${PC}/en-us/dashboard/home`,
  `${PC}/commerce/customers/${TENANT}/users`,
  `${PC}/commerce/customers/${TENANT}/subscriptions/abc/addons`,
  `${PC}/commerce/customers/list/subscriptions`,
  `${PC}/dashboard/v2/customers/${TENANT}/subscriptions`,
];

describe('page detectors', () => {
  for (const [kind, urls] of Object.entries(URLS) as [PageKind, string[]][]) {
    for (const url of urls) {
      it(`${kind} accepts ${url}`, () => {
        expect(DETECTORS[kind](new URL(url))?.kind).toBe(kind);
      });
      for (const other of Object.keys(DETECTORS) as PageKind[]) {
        if (other === kind) continue;
        it(`${other} rejects ${url}`, () => {
          expect(DETECTORS[other](new URL(url))).toBeNull();
        });
      }
    }
  }

  it('rejects other pages', () => {
    for (const url of NOT_PAGES) expect(detectPage(new URL(url)), url).toBeNull();
  });

  it('reads the customer id and the URL locale', () => {
    const page = detectPage(new URL(`${PC}/hu-hu/commerce/customers/${TENANT}/subscriptions`));
    expect(page).toEqual({ kind: 'subscriptions', customerId: TENANT, urlLocale: 'hu-hu' });
  });

  it('takes any customer id segment without throwing: malformed encodings as written', () => {
    const id = (segment: string) =>
      detectPage(new URL(`${PC}/en-us/commerce/customers/${segment}/subscriptions`))?.customerId;
    expect(id('%E0%A4%A')).toBe('%E0%A4%A');
    expect(id('abc%')).toBe('abc%');
    expect(id('%C3%A1rv%C3%ADz')).toBe('árvíz');
    expect(id('a%2Fb')).toBe('a/b');
    expect(id('__proto__')).toBe('__proto__');
    expect(id('a'.repeat(300))).toBe('a'.repeat(300));
  });

  it('ignores other hosts unless added', () => {
    const url = new URL(`https://partner.example.us/commerce/customers/${TENANT}/subscriptions`);
    expect(detectPage(url)).toBeNull();
    expect(detectPage(url, ['https://partner.example.us'])?.kind).toBe('subscriptions');
    expect(
      detectPage(new URL(`http://partner.microsoft.com/commerce/customers/${TENANT}/subscriptions`)),
    ).toBeNull();
  });
});
