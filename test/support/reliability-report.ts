// A hardening suite's figures for docs/reliability.md: one JSON file per suite in
// .tmp/reliability/ at the repository root, counted from the cases as they ran.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FOLDER = join(import.meta.dirname, '..', '..', '.tmp', 'reliability');

export interface ReliabilityReport {
  suite: string;
  title: string;
  how: string;
  cases: number;
  failures: number;
  details: string[];
}

/**
 * Counts cases per group. A case counts as tried when it is declared and as passed only when its
 * body completes, so a case that never ran (a failed set-up) is a failure, not a silent zero.
 */
export class CaseTally {
  private readonly groups = new Map<string, { tried: number; passed: number }>();
  private readonly about: Pick<ReliabilityReport, 'suite' | 'title' | 'how'>;

  constructor(about: Pick<ReliabilityReport, 'suite' | 'title' | 'how'>) {
    this.about = about;
  }

  /** Declares one case of a group (call where the test is declared); returns its runner. */
  declare(group: string, body: () => Promise<void>): () => Promise<void> {
    const counts = this.groups.get(group) ?? { tried: 0, passed: 0 };
    this.groups.set(group, counts);
    counts.tried++;
    return async () => {
      await body();
      counts.passed++;
    };
  }

  report(): ReliabilityReport {
    const all = [...this.groups.values()];
    const cases = all.reduce((sum, g) => sum + g.tried, 0);
    return {
      ...this.about,
      cases,
      failures: cases - all.reduce((sum, g) => sum + g.passed, 0),
      details: [...this.groups].map(
        ([group, g]) => `${group}: ${g.tried} tried, ${g.tried - g.passed} failed`,
      ),
    };
  }

  /** Writes .tmp/reliability/<suite>.json; call from afterAll. */
  write(): void {
    mkdirSync(FOLDER, { recursive: true });
    writeFileSync(join(FOLDER, `${this.about.suite}.json`), `${JSON.stringify(this.report(), null, 2)}\n`);
  }
}
