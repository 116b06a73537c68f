#!/usr/bin/env node
// The package's bin: runs the CLI on the process's arguments. main.ts runs itself only where Node
// has import.meta.main, which Node 20 (a line the package supports) has not.
import { run } from './main.ts';

// A reader that stops early (`validate | head`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// import answers with a Promise (dmn-moddle reads asynchronously); every other command at once.
void Promise.resolve(
  run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ),
).then((code) => {
  process.exitCode = code;
});
