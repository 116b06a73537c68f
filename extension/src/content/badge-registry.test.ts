import { latestEdition } from '@multichannel/rules/editions';
import { describe, expect, it } from 'vitest';
import { advise } from '../decisions/advice.ts';
import { toView } from '../decisions/advice-view.ts';
import { SECTION_FACTS } from '../page/labels.ts';
import { createBadge } from './badge.ts';
import { BadgeRegistry } from './badge-registry.ts';

// Real decisions of the latest edition for the page's two sections: two distinct views.
const table = latestEdition;
const context = { roles: [], cloud: 'commercial' };
const [license, usage] = [...SECTION_FACTS.values()].map((facts) =>
  toView(table, advise(table, facts, context, 'en'), 'en'),
);
if (!license || !usage) throw new Error('the label file no longer has two sections');

const badge = (name: string, view = license) =>
  createBadge({ view, subscription: name, locale: 'en', source: 'page' });

/** A name cell in the document. */
function cell(): HTMLElement {
  const td = document.createElement('td');
  document.body.append(td);
  return td;
}

describe('the registry of row badges', () => {
  it('gives back a badge its page took out of the document, for the same name and decision', () => {
    const registry = new BadgeRegistry();
    const host = badge('Azure plan #1');
    const row = cell();
    row.append(host);
    registry.add(host, 'Azure plan #1');
    // Still in the document: another row's, not to be taken.
    expect(registry.detached('Azure plan #1', license)).toBeUndefined();
    row.remove(); // the page re-rendered the row
    expect(registry.detached('Azure plan #1', license)).toBe(host);
    // Another name or another decision does not fit.
    expect(registry.detached('Azure plan #2', license)).toBeUndefined();
    expect(registry.detached('Azure plan #1', usage)).toBeUndefined();
  });

  it('hands each detached badge of a shared name to one row only', () => {
    const registry = new BadgeRegistry();
    const hosts = [badge('Same'), badge('Same'), badge('Same')];
    for (const host of hosts) registry.add(host, 'Same');
    const taken: HTMLElement[] = [];
    for (let i = 0; i < hosts.length; i++) {
      const host = registry.detached('Same', license);
      if (!host) throw new Error(`no badge for row ${i + 1}`);
      cell().append(host); // moved into its new row: no longer detached
      taken.push(host);
    }
    expect(new Set(taken).size).toBe(3);
    expect(registry.detached('Same', license)).toBeUndefined();
  });

  it('forgets deleted badges, and a badge registered again under another name', () => {
    const registry = new BadgeRegistry();
    const a = badge('A');
    const b = badge('B');
    registry.add(a, 'A');
    registry.add(b, 'B');
    registry.delete(a);
    expect([...registry]).toEqual([b]);
    expect(registry.detached('A', license)).toBeUndefined();
    registry.add(b, 'C');
    expect(registry.detached('B', license)).toBeUndefined();
    expect(registry.detached('C', license)).toBe(b);
    expect([...registry]).toEqual([b]);
    registry.clear();
    expect([...registry]).toEqual([]);
    expect(registry.detached('C', license)).toBeUndefined();
  });
});
