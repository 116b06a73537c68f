import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit next to the code (*.test.ts); real-browser tests live in ../test/extension.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'happy-dom',
    testTimeout: 30_000,
  },
});
