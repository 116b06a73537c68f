// One measured run of the CLI path of `multichannel-rules plan`, in a fresh process so its peak
// memory is its own: prints { ms, maxRssKiB, bytesOut } as JSON. Used by plan.ts.
import { run } from '../src/cli/main.ts';

const args = process.argv.slice(2);
let bytesOut = 0;
const start = performance.now();
const code = run(
  args,
  (s) => {
    bytesOut += s.length;
  },
  (s) => process.stderr.write(s),
);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ code, ms, maxRssKiB: process.resourceUsage().maxRSS, bytesOut }));
