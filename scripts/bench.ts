// pnpm bench: every package's benchmark, one after another, and docs/benchmarks.md rewritten
// with their figures and the command that produced them.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const PACKAGES = [
  ['Rules', 'rules'],
  ['Extension', 'extension'],
  ['Site', 'site'],
] as const;

const sections: string[] = [];
let failed = false;
for (const [title, dir] of PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!manifest.scripts?.bench) continue;
  console.error(`▶ ${title}: pnpm --filter ./${dir} bench`);
  const result = spawnSync('pnpm', ['-s', '--filter', `./${dir}`, 'bench'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    failed = true;
    sections.push(`## ${title}\n\nThe benchmark failed (exit ${result.status}); see its output.\n`);
  } else {
    sections.push(`## ${title}\n\n\`pnpm --filter ./${dir} bench\`\n\n${result.stdout.trim()}\n`);
  }
}

const header = `# Benchmarks

The latest figures, written by \`pnpm bench\` (run from the repository root) on
${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'},
${Math.round(totalmem() / 2 ** 30)} GiB. Contenders run side by side in one process and one run, and are compared as
ratios; absolute numbers move with the machine's load, the ratios much less.
`;
writeFileSync(join(root, 'docs', 'benchmarks.md'), `${header}\n${sections.join('\n')}`);
process.exitCode = failed ? 1 : 0;
