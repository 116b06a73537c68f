import { defineConfig } from 'vitest/config';

// Checks of the built site (site/dist, in test/): run `pnpm build` first. Unit tests of the build
// step and the server sit next to them (security/, scripts/). Browser tests live in test/site/.
export default defineConfig({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts', 'security/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
