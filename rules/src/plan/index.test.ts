// The importers and the plan run in the browser too (the site's planner, the extension): no
// module behind the /plan entry may reach for Node's file system or any other node: module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as entry from './index.ts';

const src = join(import.meta.dirname, '..');

describe('the @multichannel/rules/plan entry', () => {
  it('imports no node: module outside tests', () => {
    const modules = ['import', 'plan'].flatMap((dir) =>
      readdirSync(join(src, dir))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => join(dir, f)),
    );
    expect(modules.length).toBeGreaterThan(15);
    const offending = modules.filter((m) => /from ['"]node:/.test(readFileSync(join(src, m), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('gives the importers and the plan', () => {
    expect(typeof entry.importFile).toBe('function');
    expect(typeof entry.buildPlan).toBe('function');
    expect(entry.PLAN_FORMATS).toEqual(['md', 'json', 'csv', 'html']);
  });
});
