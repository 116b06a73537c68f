// The whole test suite: build what the end-to-end tests load, run every Vitest project (unit,
// CLI, real browser) in one run, and end with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearReliability, readReliability, writeReliabilityDoc } from './reliability.ts';

const root = join(import.meta.dirname, '..');
const report = join(root, '.tmp', 'vitest-report.json');
mkdirSync(join(root, '.tmp'), { recursive: true });

let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return true;
  console.error(`✗ ${name} failed (exit ${result.status ?? result.signal})`);
  return false;
}

// Builds are prerequisites, not tests; a broken build counts as one failure, and the tests that
// need its output then fail on their own, visibly.
for (const [name, pkg] of [
  ['build the extension', '@multichannel/extension'],
  ['build the site', '@multichannel/site'],
] as const) {
  const dir = pkg.split('/')[1] === 'extension' ? 'extension' : 'site';
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (manifest.scripts?.build && !step(name, 'pnpm', ['--filter', pkg, 'build'])) failed++;
}

// Static checks count as one test each: the whole repo type-checks and passes the linter.
for (const [name, args] of [
  ['typecheck (tsc -b)', ['exec', 'tsc', '-b']],
  ['lint (biome check)', ['exec', 'biome', 'check', '.']],
] as const) {
  if (step(name, 'pnpm', [...args])) passed++;
  else failed++;
}

clearReliability(root);
step('vitest: every project', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
  };
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A test file that fails to load has no test results of its own: count it as one failure.
  for (const file of results.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      console.error(`✗ ${file.name} could not run: ${file.message ?? ''}`);
      failed++;
    }
  }
} else {
  console.error('✗ vitest wrote no report');
  failed++;
}

// The hardening suites' figures become docs/reliability.md; a malformed record is a failure.
const reliability = readReliability(root);
for (const problem of reliability.problems) {
  console.error(`✗ reliability record ${problem}`);
  failed++;
}
if (reliability.reports.length)
  writeReliabilityDoc(root, reliability.reports, new Date().toISOString().slice(0, 10));

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
