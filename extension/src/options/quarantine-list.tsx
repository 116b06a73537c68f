// Stored data that could not be read: listed so the user can restore what is valid now, download
// it, correct it and restore it from the file, or clear it.
import type { Locale } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import { ui } from '../i18n/page-strings.ts';
import type { RestoreOutcome } from '../storage/bought-elsewhere.ts';
import { clearQuarantine, listQuarantine, type QuarantineEntry } from '../storage/quarantine.ts';
import { StorageNotice } from '../ui/storage-notice.tsx';
import { parseDownload, restorable, restore } from './restore-set-aside.ts';

export function QuarantineList({ locale }: { locale: Locale }) {
  const [entries, setEntries] = useState<QuarantineEntry[]>([]);
  const [messages, setMessages] = useState<{ kind: 'error' | 'status'; text: string }[]>([]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    void generation;
    listQuarantine().then(setEntries);
  }, [generation]);

  const report = (outcomes: RestoreOutcome[]) => {
    const restored = outcomes.filter((o) => o.ok).length;
    setMessages([
      ...(restored > 0
        ? [{ kind: 'status' as const, text: ui(locale, 'options.restored', { count: restored }) }]
        : []),
      ...outcomes.flatMap((o) =>
        o.ok
          ? []
          : [{ kind: 'error' as const, text: ui(locale, 'options.restoreFailed', { error: o.error ?? '' }) }],
      ),
    ]);
    setGeneration((g) => g + 1);
  };
  const restoreFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseDownload(await file.text());
    if (!parsed.ok)
      return setMessages([{ kind: 'error', text: ui(locale, 'options.notJson', { error: parsed.error }) }]);
    report(await restore(parsed.entries));
  };
  // The link's object URL is made on click and released after, not on every render.
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([JSON.stringify(entries, null, 2)], { type: 'application/json' }),
    );
    link.download = 'multichannel-advisor-set-aside.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <fieldset data-quarantine>
      <legend>{ui(locale, 'options.quarantine')}</legend>
      <StorageNotice locale={locale} refresh={generation} />
      {entries.length > 0 && <p class="hint">{ui(locale, 'options.quarantineHelp')}</p>}
      <ul>
        {entries.map((entry) => (
          <li key={entry.id ?? `${entry.key}-${entry.at}`} data-quarantine-entry={entry.key}>
            {entry.key} – {entry.at}: {entry.error}{' '}
            {restorable(entry) && (
              <button type="button" onClick={() => restore([entry]).then(report)}>
                {ui(locale, 'options.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {messages.map((m) => (
        <p
          key={m.text}
          class={m.kind === 'error' ? 'error' : 'hint'}
          role={m.kind === 'error' ? 'alert' : 'status'}
        >
          {m.text}
        </p>
      ))}
      <label>
        <span class="hint">{ui(locale, 'options.restoreFile')}</span>{' '}
        <input
          type="file"
          name="restore"
          accept="application/json,.json"
          onChange={(e) => restoreFile(e.currentTarget.files?.[0])}
        />
      </label>
      {entries.length > 0 && (
        <p>
          <button type="button" onClick={download}>
            {ui(locale, 'options.download')}
          </button>{' '}
          <button type="button" onClick={() => clearQuarantine().then(() => setGeneration((g) => g + 1))}>
            {ui(locale, 'options.clear')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
