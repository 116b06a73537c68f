import { defineConfig } from 'vitest/config';

// Checks of the built site (site/dist): run `pnpm build` first. Browser tests live in test/site/.
export default defineConfig({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
  },
});
