// pnpm bench: every package's benchmark, one after another; their figures replace the blocks
// between the `figures:<package>` markers of docs/benchmarks.md, whose prose stays as written.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const doc = join(root, 'docs', 'benchmarks.md');
const PACKAGES = ['rules', 'extension', 'site'] as const;

const machine = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
let text = readFileSync(doc, 'utf8');
let failed = false;

for (const dir of PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!manifest.scripts?.bench) continue;
  if (dir === 'extension') {
    // The extension's benchmark loads the built extension: build it first, its output to stderr.
    spawnSync('pnpm', ['--filter', './extension', 'build'], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  }
  console.error(`▶ ${dir}: pnpm --filter ./${dir} bench`);
  const result = spawnSync('pnpm', ['-s', '--filter', `./${dir}`, 'bench'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  const figures = result.stdout.trim();
  // Markdown passes through; plain text keeps its columns in a code block.
  const body =
    result.status !== 0
      ? `The benchmark failed (exit ${result.status}); run it to see why.`
      : /^[#|]/.test(figures)
        ? figures
        : `\`\`\`text\n${figures}\n\`\`\``;
  if (result.status !== 0) failed = true;
  const start = `<!-- figures:${dir} (written by pnpm bench) -->`;
  const end = `<!-- /figures:${dir} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${start} … ${end} block`);
  text = `${text.slice(0, from + start.length)}\n\nMeasured ${machine}:\n\n${body}\n\n${text.slice(to)}`;
}

writeFileSync(doc, text);
process.exitCode = failed ? 1 : 0;
