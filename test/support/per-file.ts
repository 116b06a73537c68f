// One browser set-up for all the tests of a file: started before them, stopped after them.
import { afterAll, beforeAll } from 'vitest';

/**
 * Registers `start` before a file's tests and `stop` after them, and answers a stand-in for what
 * `start` gives: a file can name it at its top, where nothing is started yet, and each use reaches
 * the started one (before that, a use throws, naming the set-up).
 */
export function perFile<T extends object>(
  what: string,
  start: () => Promise<T>,
  stop: (started: T) => Promise<void>,
): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started) await stop(started);
  });
  return new Proxy({} as T, {
    get: (_, key) => {
      if (!started) throw new Error(`${what} is used before its beforeAll has started it`);
      return Reflect.get(started, key);
    },
  });
}
