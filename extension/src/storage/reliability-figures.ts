// For test suites: counts the cases a hardening suite tries and how many fail, per group, and
// writes them to .tmp/reliability/<suite>.json at the repository root, from which
// docs/reliability.md is made. The counts are the suite's own outcomes, never written by hand.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The repository root: the nearest folder up from the working directory with the workspace file
// (tests run from the root or from the package; import.meta.url is not a file URL under WXT's plugin).
function repositoryRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'pnpm-workspace.yaml')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function reliabilityFigures(suite: string, title: string, how: string) {
  const groups = new Map<string, { cases: number; failures: number }>();
  return {
    /** Wraps a test body so that it counts as one case of `group`, failed if it throws. */
    count<A extends unknown[]>(group: string, body: (...args: A) => Promise<void> | void) {
      return async (...args: A) => {
        const figures = groups.get(group) ?? { cases: 0, failures: 0 };
        groups.set(group, figures);
        figures.cases++;
        try {
          await body(...args);
        } catch (error) {
          figures.failures++;
          throw error;
        }
      };
    },
    /** Call from afterAll. */
    write(): void {
      const all = [...groups.values()];
      const dir = join(repositoryRoot(), '.tmp', 'reliability');
      mkdirSync(dir, { recursive: true });
      const file = {
        suite,
        title,
        how,
        cases: all.reduce((n, g) => n + g.cases, 0),
        failures: all.reduce((n, g) => n + g.failures, 0),
        details: [...groups].map(([name, g]) => `${name}: ${g.cases} cases, ${g.failures} failed`),
      };
      writeFileSync(join(dir, `${suite}.json`), `${JSON.stringify(file, null, 2)}\n`);
    },
  };
}
