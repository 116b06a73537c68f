// pnpm start, the main job: check the rules, build the extension and the site, and serve the
// site on http://127.0.0.1:4321 so a newcomer sees the whole product with one command.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function run(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

run('Validate the decision tables', 'node', ['rules/src/cli/bin.ts', 'validate']);
run('Build the browser extension (Chrome/Edge and Firefox)', 'pnpm', [
  '--filter',
  '@multichannel/extension',
  'build',
]);
run('Build the rules site', 'pnpm', ['--filter', '@multichannel/site', 'build']);
console.log('\nThe unpacked extension is in extension/.output/chrome-mv3 and extension/.output/firefox-mv3.');
run('Serve the site on http://127.0.0.1:4321/ (Ctrl+C to stop)', 'pnpm', [
  '--filter',
  '@multichannel/site',
  'serve',
]);
