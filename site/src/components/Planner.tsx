// The planner island: the customer's exported files, read in the browser (nothing is uploaded),
// every subscription decided by the newest edition, open questions answered inline. The rules'
// importers and plan (zod, papaparse) load with import() on the first file, so the page's own
// script stays small; until then the island is only the file chooser.
import type { DecisionTable, FactValue, Locale } from '@multichannel/rules';
import { GUID } from '@multichannel/rules/ids';
import type { PlanAnswers } from '@multichannel/rules/plan';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { provideVocabulary } from './checker/island-vocabulary.ts';
import type { PickedFile } from './planner/engine.ts';
import { FileList } from './planner/FileList.tsx';
import { FilePicker } from './planner/FilePicker.tsx';
import { PlanView } from './planner/PlanView.tsx';
import type { PlannerTexts } from './planner/texts.ts';

type Engine = typeof import('./planner/engine.ts');

interface Props {
  locale: Locale;
  /** Every edition, newest first, with only this locale's messages; the plan uses the first. */
  editions: DecisionTable[];
  /** The rules' shared texts in this locale (as the checker gets them). */
  vocabulary: Record<string, string>;
  texts: PlannerTexts;
}

/** The files' bytes, read in the browser; one over the importers' limit is not even read. */
async function pick(files: File[], limit: number): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      size: f.size,
      bytes: f.size > limit ? new Uint8Array(0) : new Uint8Array(await f.arrayBuffer()),
    })),
  );
}

/** User Timing entries (planner:import, planner:plan, planner:render, planner:total) for the benchmark and DevTools. */
function timed<T>(step: string, run: () => T): T {
  performance.mark(`planner:${step}:start`);
  const value = run();
  performance.mark(`planner:${step}:end`);
  performance.measure(`planner:${step}`, `planner:${step}:start`, `planner:${step}:end`);
  return value;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the object URL by now; give it time before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export default function Planner({ locale, editions, vocabulary, texts }: Props) {
  provideVocabulary(locale, vocabulary);
  const table = editions[0] as DecisionTable;
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [tenant, setTenant] = useState('');
  const [answers, setAnswers] = useState<PlanAnswers>({});
  const [engine, setEngine] = useState<Engine | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const partnerTenant = GUID.test(tenant.trim()) ? tenant.trim() : undefined;
  const tenantInvalid = tenant.trim() !== '' && partnerTenant === undefined;
  const results = useMemo(
    () => (engine ? timed('import', () => engine.readFiles(files, partnerTenant, locale)) : []),
    [engine, files, partnerTenant, locale],
  );
  const made = useMemo(() => {
    if (!engine || !results.some((r) => r.imported)) return null;
    try {
      return { plan: timed('plan', () => engine.makePlan(editions, results, locale, answers)), error: null };
    } catch (error) {
      // A bug of ours (the answers are the page's own choices): said in the page's words.
      console.error(error);
      return { plan: null, error: texts['plan.failed'] };
    }
  }, [engine, results, editions, locale, answers, texts]);
  const plan = made?.plan ?? null;
  useEffect(() => {
    if (!plan) return;
    performance.measure('planner:render', 'planner:plan:end');
    performance.measure('planner:total', 'planner:files');
  }, [plan]);

  const addFiles = async (list: File[]) => {
    if (list.length === 0) return;
    performance.mark('planner:files');
    setBusy(true);
    setFailure(null);
    try {
      const loaded = engine ?? (await import('./planner/engine.ts'));
      const picked = await pick(list, loaded.MAX_IMPORT_BYTES);
      setEngine(() => loaded);
      // A file of the same name replaces the earlier one (the customer sent a corrected export).
      setFiles((prev) => [...prev.filter((p) => !picked.some((n) => n.name === p.name)), ...picked]);
    } catch (error) {
      // The lazily loaded part did not arrive (or a file could not be read at all).
      console.error(error);
      setFailure(texts['plan.load.failed']);
    } finally {
      setBusy(false);
    }
  };
  const answer = (rowId: string, fact: string, value: FactValue | undefined) => {
    if (!engine) return;
    // Under the key the plan reads answers by, so an id spelt otherwise by another file still finds it.
    const key = engine.answerKey(rowId);
    setAnswers((prev) => {
      const row = { ...prev[key] };
      if (value === undefined) delete row[fact];
      else row[fact] = value;
      return { ...prev, [key]: row };
    });
  };
  const words = (key: string) => (engine ? engine.planText(locale, key) : key);
  const statusClass = (status: string) => `status--${engine?.statusKind(table, status) ?? 'unknown'}`;
  const problem = failure ?? made?.error ?? null;

  return (
    <div class="planner" data-state={busy ? 'busy' : plan ? 'ready' : 'empty'}>
      <FilePicker
        texts={texts}
        tenant={tenant}
        tenantInvalid={tenantInvalid}
        onTenant={setTenant}
        onFiles={(list) => void addFiles(list)}
      />
      {busy && <p class="planner-busy">{texts['plan.loading']}</p>}
      {problem && (
        <p class="planner-invalid" role="alert">
          {problem}
        </p>
      )}
      {results.length > 0 && (
        <FileList
          texts={texts}
          results={results}
          formatName={(format) => words(`format.${format}`)}
          notes={(file) => plan?.files.find((f) => f.file === file)?.notes ?? []}
          onRemove={(name) => setFiles((prev) => prev.filter((f) => f.name !== name))}
        />
      )}
      {plan && engine ? (
        <>
          <p class="planner-actions">
            <button
              type="button"
              class="planner-download"
              onClick={() => download(texts['plan.download.name'], engine.planCsv(plan))}
            >
              {texts['plan.download']}
            </button>{' '}
            <button type="button" class="planner-print" onClick={() => window.print()}>
              {texts['plan.print']}
            </button>
          </p>
          <PlanView
            locale={locale}
            plan={plan}
            texts={texts}
            words={words}
            statusClass={statusClass}
            onAnswer={answer}
          />
        </>
      ) : (
        !busy && results.length === 0 && <p class="planner-empty">{texts['plan.empty']}</p>
      )}
    </div>
  );
}
