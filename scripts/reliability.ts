// docs/reliability.md from what the hardening suites recorded in this run: each suite writes
// `.tmp/reliability/<suite>.json` ({ suite, title, how, cases, failures, details }). The page is
// rewritten only when every suite it lists reported, so a partial run never hides a suite.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Report = z.object({
  suite: z.string().min(1),
  title: z.string().min(1),
  how: z.string().min(1),
  cases: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  details: z.array(z.string()).default([]),
});
type Report = z.infer<typeof Report>;

export const RELIABILITY_DIR = (root: string) => join(root, '.tmp', 'reliability');

/** Called before the suites run, so only this run's figures count. */
export function clearReliability(root: string): void {
  rmSync(RELIABILITY_DIR(root), { recursive: true, force: true });
}

export function readReliability(root: string): { reports: Report[]; problems: string[] } {
  const dir = RELIABILITY_DIR(root);
  if (!existsSync(dir)) return { reports: [], problems: [] };
  const reports: Report[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const parsed = Report.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (parsed.success) reports.push(parsed.data);
    else
      problems.push(
        `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
  }
  return { reports, problems };
}

export function writeReliabilityDoc(root: string, reports: Report[], date: string): void {
  const total = reports.reduce((n, r) => n + r.cases, 0);
  const failures = reports.reduce((n, r) => n + r.failures, 0);
  const lines = [
    '# Reliability',
    '',
    'What the hardening suites try against the CLI, the extension and the site, and what they found',
    `in the latest full run of \`pnpm test\` (${date}). This page is rewritten by that run from the`,
    "suites' own counts; do not edit the figures by hand.",
    '',
    `**${total} cases tried, ${failures} failed.**`,
    '',
    '| suite | cases | failures |',
    '|---|---:|---:|',
    ...reports.map((r) => `| ${r.title} | ${r.cases} | ${r.failures} |`),
    '',
  ];
  for (const r of reports) {
    lines.push(`## ${r.title}`, '', r.how, '', ...r.details.map((d) => `- ${d}`), '');
  }
  writeFileSync(join(root, 'docs', 'reliability.md'), `${lines.join('\n').trimEnd()}\n`);
}
