// action.yml at the repository root wires the inputs to the script: check the wiring, since
// nothing here runs the YAML itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: {
    using: string;
    steps: { uses?: string; run?: string; shell?: string; env?: Record<string, string> }[];
  };
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'rules', 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
};
const script = readFileSync(join(import.meta.dirname, 'action.ts'), 'utf8');

describe('action.yml', () => {
  it('is a composite action whose inputs are described, tables required', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name && action.description).toBeTruthy();
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    expect(action.inputs.tables?.required).toBe(true);
    expect(action.inputs.package?.default).toBe(pkg.name);
  });

  it('passes each input the script reads as INPUT_<NAME>, and names only inputs it declares', () => {
    const read = new Set([...script.matchAll(/env\.(INPUT_[A-Z_]+)/g)].map((m) => m[1]));
    const passed = new Map<string, string>();
    for (const step of action.runs.steps) {
      for (const [key, value] of Object.entries(step.env ?? {})) {
        const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)?.[1];
        expect(input && input in action.inputs, `${key}: ${value}`).toBe(true);
        passed.set(key, input as string);
      }
    }
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) {
      expect(passed.get(name as string)).toBe((name as string).slice('INPUT_'.length).toLowerCase());
    }
  });

  it('runs the bin of the package it installs, in bash', () => {
    const runs = action.runs.steps.filter((s) => s.run);
    for (const step of runs) expect(step.shell).toBe('bash');
    const last = runs.at(-1)?.run ?? '';
    const bin = /node_modules\/\.bin\/([a-z-]+)/.exec(last)?.[1];
    expect(bin && pkg.bin[bin]).toBe('./src/action/bin.ts');
  });
});
