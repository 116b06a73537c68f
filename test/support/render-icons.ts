// Renders extension/src/assets/icon.svg to the PNG sizes browsers and stores ask for, into
// extension/public/icon/<size>.png (where WXT finds them for the manifest). Run with
// `pnpm --filter @multichannel/e2e exec node support/render-icons.ts` after changing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from './chromium.ts';

const extension = join(import.meta.dirname, '..', '..', 'extension', 'src');
const svg = readFileSync(join(extension, 'assets', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_FLAGS });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: join(extension, '..', 'public', 'icon', `${size}.png`),
    clip: { x: 0, y: 0, width: size, height: size },
    omitBackground: true,
  });
}
await browser.close();
