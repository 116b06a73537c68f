import { defineConfig } from 'vitest/config';

// Unit tests sit next to what they test (src/, security/, scripts/). The checks of the built site
// (site/dist, in test/) need `pnpm build` first. Browser tests live in test/site/.
export default defineConfig({
  test: {
    name: 'site',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'security/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
