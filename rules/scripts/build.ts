// The published build: rules/src as JavaScript with declarations in dist/ (tsc), then the bundled
// editions module with its Vite-only import.meta.glob resolved into static JSON imports, so the
// package's `./editions` entry runs without Vite (in Node, in bundlers that read JSON imports).
// `pnpm pack` runs it (prepack).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const pkg = join(import.meta.dirname, '..');
const dist = join(pkg, 'dist');

// package.json's own exports point at the sources; only pnpm swaps in publishConfig's when packing.
const agent = process.env.npm_config_user_agent ?? '';
if (process.env.npm_lifecycle_event === 'prepack' && !agent.startsWith('pnpm/')) {
  console.error(
    'rules build: pack this package with pnpm (`pnpm pack`): other tools keep the workspace entry points, which are TypeScript sources',
  );
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const tsc = spawnSync(process.execPath, [tscBin, '-p', 'tsconfig.build.json'], {
  cwd: pkg,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error(`rules build: tsc failed (exit ${tsc.status ?? tsc.signal})`);
  process.exit(1);
}

/** The glob's result as source: `{ '../tables/x.table.json': <imported JSON> }`, keys as Vite gives them. */
function staticGlob(suffix: string, prefix: string): { imports: string[]; object: string } {
  const files = readdirSync(join(pkg, 'tables'))
    .filter((name) => name.endsWith(suffix))
    .sort();
  const imports = files.map(
    (name, i) => `import ${prefix}${i} from '../tables/${name}' with { type: 'json' };`,
  );
  const entries = files.map((name, i) => `  ${JSON.stringify(`../tables/${name}`)}: ${prefix}${i},`);
  return { imports, object: `{\n${entries.join('\n')}\n}` };
}

const tables = staticGlob('.table.json', 'table');
const cases = staticGlob('.cases.json', 'cases');
if (tables.imports.length === 0) {
  console.error('rules build: no tables/*.table.json to bundle');
  process.exit(1);
}

writeFileSync(
  join(dist, 'editions-bundled.js'),
  `// Written by scripts/build.ts: src/editions-bundled.ts with its import.meta.glob resolved at build time.
import { editionsFromJson } from './editions-from-json.js';
${[...tables.imports, ...cases.imports].join('\n')}

const set = editionsFromJson(${tables.object}, ${cases.object});

export const { editions, latestEdition, getEdition, casesFor, earlierThan, previousOf } = set;
`,
);
