#!/usr/bin/env node
// The package's bin: runs the CLI on the process's arguments. main.ts runs itself only where Node
// has import.meta.main (22.18 and 24), and the published package also runs on Node 20.
import { run } from './main.ts';

process.exitCode = run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
