// What every command shares: its output streams and its help text.
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  name: string;
  /** The usage line(s) and one sentence, for the global help. */
  usage: string;
  /** A Promise only for a command that must read asynchronously (import: dmn-moddle is async). */
  run(argv: string[], io: Io): number | Promise<number>;
}
