// The machine's own Node and npm, as a partner's CI has them: not the workspace's pinned Node 24,
// which `pnpm` puts first on PATH (node_modules/.bin), and without the npm_* settings pnpm passes
// to the processes it starts.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';

const PREFERRED_NODE = '/usr/bin/node';

/** PATH without any node_modules/.bin; /usr/bin first when it has a Node. */
function machinePath(): string {
  const dirs = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !dir.includes('node_modules'));
  return (existsSync(PREFERRED_NODE) ? ['/usr/bin', ...dirs.filter((d) => d !== '/usr/bin')] : dirs).join(
    delimiter,
  );
}

export function machineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)/i.test(key) || key === 'NODE_OPTIONS' || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.PATH = machinePath();
  return env;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command found on the machine's PATH (npm, npx, node) in `cwd`. */
export function onMachine(command: string, args: string[], cwd: string, timeout = 60_000): Run {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env: machineEnv(),
    encoding: 'utf8',
    timeout,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Where the machine's Node lives and which version it is. */
export function machineNode(cwd: string): { execPath: string; version: string } {
  const run = onMachine('node', ['-p', 'JSON.stringify([process.execPath, process.version])'], cwd);
  if (run.status !== 0) throw new Error(`the machine's node does not run: ${run.stderr}`);
  const [execPath, version] = JSON.parse(run.stdout) as [string, string];
  return { execPath, version };
}
