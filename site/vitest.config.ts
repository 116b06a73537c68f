/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Unit tests sit next to what they test (src/, security/, scripts/); Astro's Vite config lets
// them render .astro components (Astro's container API). The checks of the built site (site/dist,
// in test/) need `pnpm build` first. Browser tests live in test/site/.
// The root is given: the workspace's run starts in the repository root, not in site/.
const root = fileURLToPath(new URL('.', import.meta.url));

export default getViteConfig(
  {
    root,
    test: {
      name: 'site',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'security/**/*.test.ts', 'scripts/**/*.test.ts'],
    },
  },
  { root },
);
