// Stored values carry their version; a chain of steps, one per version, brings a valid value of
// any known version to the current one. Adding a version is adding its schema and one step from
// the version before it (see bought-elsewhere-schema.ts and settings.ts).

/** Takes a valid value of one version to the next; `note` says what it could not carry over exactly. */
export type Step = (value: unknown) => { value: unknown; note?: string };

export interface Chained {
  value: unknown;
  notes: string[];
}

/** Runs the steps from version `from` up to `current`; throws on a version without a step (a bug in the chain). */
export function runChain(
  value: unknown,
  from: number,
  current: number,
  steps: Readonly<Record<number, Step>>,
): Chained {
  const notes: string[] = [];
  let data = value;
  for (let version = from; version < current; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from version ${version}`);
    const next = step(data);
    data = next.value;
    if (next.note) notes.push(next.note);
  }
  return { value: data, notes };
}

/** A version number from stored data: a positive integer, or null when there is none. */
export function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { version } = raw as { version?: unknown };
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : null;
}
