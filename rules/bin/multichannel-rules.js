#!/usr/bin/env node
// The package's bin: the CLI is TypeScript that Node 24 runs directly (type stripping).
import { run } from '../src/cli/main.ts';

process.exitCode = run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
