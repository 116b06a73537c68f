#!/usr/bin/env node
// The GitHub Action's entry (action.yml at the repository root runs this bin of the package).
import { runAction } from './action.ts';

process.exitCode = runAction({ env: process.env, out: (s) => process.stdout.write(s) });
