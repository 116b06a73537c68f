#!/usr/bin/env node
// The GitHub Action's entry (see action.yml at the repository root).
import { runAction } from '../src/action/action.ts';

process.exitCode = runAction({ env: process.env, out: (s) => process.stdout.write(s) });
