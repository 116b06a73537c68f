// The text of a file as it is at the base of a pull request. Actions' checkout fetches one commit
// by default, so the base branch is fetched when no local or remote-tracking ref has it.
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
}

function commitOf(cwd: string, ref: string): string | undefined {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
}

/** The commit a base ref names, fetching it from `origin` when needed; undefined when it cannot. */
export function resolveBase(cwd: string, ref: string): string | undefined {
  const found = commitOf(cwd, `refs/remotes/origin/${ref}`) ?? commitOf(cwd, ref);
  if (found) return found;
  if (git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', ref]) === undefined) return undefined;
  return commitOf(cwd, 'FETCH_HEAD');
}

/** A file's text at a commit, by its path relative to `cwd`; undefined when it did not exist. */
export function textAt(cwd: string, commit: string, relativePath: string): string | undefined {
  return git(cwd, ['show', `${commit}:./${relativePath}`]);
}
