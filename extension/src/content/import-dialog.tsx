// The bought-elsewhere panel's inventory import: a file picked here is read with the File API and
// its text sent to the background, which reads it with the rules package's importers and answers
// with a preview (each subscription, its facts and how each was read, its status). Saving asks
// the background to read the same text again and merge it into the customer's records.
import { useEffect, useState } from 'preact/hooks';
import type { ImportPreview } from '../background/import-preview.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { CustomerData } from '../storage/bought-elsewhere-schema.ts';
import { background, type SessionEdition } from './background-client.ts';

export interface ImportDialogProps {
  customerId: string;
  locale: Locale;
  session: SessionEdition;
  write: (request: Promise<CustomerData>) => Promise<CustomerData>;
  onDone: (message: { kind: 'error' | 'status'; text: string }) => void;
}

type Loaded = { fileName: string; text: string; preview: ImportPreview & { ok: true } };

export function ImportDialog({ customerId, locale, session, write, onDone }: ImportDialogProps) {
  const [query, setQuery] = useState('');
  const [copied, setCopied] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    background.inventoryQuery().then(setQuery, () => undefined);
  }, []);

  const pick = async (file: File | undefined) => {
    setLoaded(null);
    setError(null);
    if (!file) return;
    const text = await file.text();
    const preview = await background.previewInventory(file.name, text, session).catch(() => null);
    if (!preview) return setError(ui(locale, 'storage.notStored'));
    if (!preview.ok) return setError(ui(locale, 'inventory.failed', { error: preview.error }));
    setLoaded({ fileName: file.name, text, preview });
  };

  const save = async () => {
    if (!loaded) return;
    const result = await background
      .saveInventory(customerId, loaded.fileName, loaded.text, session)
      .catch(() => null);
    if (!result) return setError(ui(locale, 'storage.notStored'));
    if (!result.ok) return setError(ui(locale, 'inventory.failed', { error: result.error }));
    await write(Promise.resolve(result.data)).catch(() => undefined);
    setLoaded(null);
    onDone({ kind: 'status', text: ui(locale, 'inventory.saved', { count: result.count }) });
  };

  const copy = () =>
    navigator.clipboard.writeText(query).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <section class="inventory" data-multichannel-inventory aria-label={ui(locale, 'inventory.title')}>
      <h3>{ui(locale, 'inventory.title')}</h3>
      <p class="hint">{ui(locale, 'inventory.intro')}</p>
      <p class="hint">{ui(locale, 'inventory.query')}</p>
      <pre data-multichannel-inventory-query>{query}</pre>
      <button type="button" onClick={copy}>
        {ui(locale, 'inventory.copy')}
      </button>
      {copied && <span role="status">{ui(locale, 'inventory.copied')}</span>}
      <label>
        <span class="hint">{ui(locale, 'inventory.file')}</span>
        <input
          type="file"
          data-multichannel-inventory-file
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => pick(e.currentTarget.files?.[0])}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loaded && (
        <div data-multichannel-inventory-preview>
          <p>
            {ui(locale, 'inventory.preview', {
              count: loaded.preview.rows.length,
              file: loaded.preview.file,
              format: loaded.preview.format,
              skipped: loaded.preview.skipped,
            })}
          </p>
          <ul class="records">
            {loaded.preview.rows.map((row) => (
              <li key={row.subscriptionId} data-multichannel-preview-row={row.subscriptionId}>
                <div class="row">
                  <span>{row.name}</span>
                  <span class="hint"> {row.subscriptionId} </span>
                  <strong data-multichannel-preview-status={row.status}>{row.statusLabel}</strong>
                </div>
                <ul>
                  {row.facts.map((f) => (
                    <li key={f.fact}>
                      {f.label}: {f.text}
                      {f.readings.length > 0 && <span class="hint"> ({f.readings.join('; ')})</span>}
                    </li>
                  ))}
                </ul>
                {row.questions.length > 0 && (
                  <p class="hint">
                    {ui(locale, 'inventory.open')}
                    {row.questions.join(' ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" data-multichannel-inventory-save onClick={save}>
              {ui(locale, 'inventory.save', { count: loaded.preview.rows.length })}
            </button>
            <button type="button" onClick={() => setLoaded(null)}>
              {ui(locale, 'inventory.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
