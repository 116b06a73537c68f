import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One run over every package: unit and CLI tests next to the code, real-browser tests in test/.
const PROJECTS = ['rules', 'extension', 'site', 'test'].map((dir) => `${dir}/vitest.config.ts`);

export default defineConfig({
  test: {
    projects: PROJECTS.filter((file) => existsSync(new URL(file, import.meta.url))),
  },
});
