import { defineConfig } from 'vitest/config';

// Real-browser tests share two cores: run files one at a time, with room for Chromium to start.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
