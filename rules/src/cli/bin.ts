#!/usr/bin/env node
// The package's bin: runs the CLI on the process's arguments. main.ts runs itself only where Node
// has import.meta.main, which Node 20 (a line the package supports) has not.
import { run } from './main.ts';

process.exitCode = run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
