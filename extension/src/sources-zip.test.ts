// @vitest-environment node
// The Firefox sources zip must hold what rebuilding the extension needs: the workspace files
// around this package and the rules package, without node_modules or build outputs. Runs the
// real `wxt zip -b firefox --mv3` (a production build, about 3 s) into a temporary folder, so
// the e2e tests' .output is left alone, and reads the zip's file list.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from 'wxt';
import { SOURCES_ZIP } from '../wxt.config.ts';

const extensionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspaceRoot = resolve(extensionRoot, '..');

/** File names in a zip, from its central directory (no compression involved). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file}: not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the Firefox sources zip configuration', () => {
  it('is rooted at the workspace and names the files the build needs', () => {
    expect(SOURCES_ZIP.sourcesRoot).toBe(workspaceRoot);
    expect(SOURCES_ZIP.includeSources).toEqual(
      expect.arrayContaining([
        'package.json',
        'pnpm-workspace.yaml',
        'pnpm-lock.yaml',
        'tsconfig*.json',
        'rules/**',
        'extension/**',
      ]),
    );
    expect(SOURCES_ZIP.excludeSources).toEqual(
      expect.arrayContaining(['**/node_modules/**', '**/.output/**']),
    );
  });
});

// WXT's file list after zipping stats the sources relative to the working folder, not to
// sourcesRoot, and warns for each; only errors are kept.
const errors: unknown[][] = [];
const noop = () => {};
const quiet = {
  level: 0,
  debug: noop,
  log: noop,
  info: noop,
  warn: noop,
  success: noop,
  error: (...args: unknown[]) => errors.push(args),
  fatal: (...args: unknown[]) => errors.push(args),
} as unknown as NonNullable<Parameters<typeof zip>[0]>['logger'];

describe('wxt zip -b firefox --mv3', () => {
  let out: string;
  let entries: string[];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'mca-zip-'));
    await zip({ root: extensionRoot, browser: 'firefox', manifestVersion: 3, outDir: out, logger: quiet });
    expect(errors).toEqual([]);
    const sources = readdirSync(out).find((f) => f.endsWith('-sources.zip'));
    if (!sources) throw new Error(`no sources zip in ${readdirSync(out).join(', ')}`);
    entries = zipEntries(join(out, sources));
  }, 60_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('holds the workspace files, the rules package and the extension', () => {
    for (const file of [
      'package.json',
      'pnpm-workspace.yaml',
      'pnpm-lock.yaml',
      'tsconfig.json',
      'tsconfig.base.json',
      'rules/package.json',
      'rules/tsconfig.json',
      'rules/src/index.ts',
      'rules/src/editions-bundled.ts',
      'rules/tables/2020-06.table.json',
      'rules/locales/en.json',
      'extension/package.json',
      'extension/tsconfig.json',
      'extension/wxt.config.ts',
      'extension/src/entrypoints/content.ts',
      'extension/src/entrypoints/background.ts',
      // The other workspace packages' manifests, so `pnpm install --frozen-lockfile` works.
      'site/package.json',
      'test/package.json',
    ])
      expect(entries).toContain(file);
    // Every source file the rules package exports from is there.
    const rulesSources = readdirSync(join(workspaceRoot, 'rules/src')).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const file of rulesSources) expect(entries).toContain(`rules/src/${file}`);
  });

  it('leaves out dependencies, outputs, tests, dot files and the other packages’ sources', () => {
    const unwanted = entries.filter(
      (e) =>
        e.includes('node_modules/') ||
        e.includes('.output/') ||
        e.includes('/dist/') ||
        e.split('/').some((part) => part.startsWith('.')) ||
        /\.(test|spec)\.tsx?$/.test(e) ||
        (e.startsWith('site/') && e !== 'site/package.json') ||
        (e.startsWith('test/') && e !== 'test/package.json'),
    );
    expect(unwanted).toEqual([]);
  });
});
