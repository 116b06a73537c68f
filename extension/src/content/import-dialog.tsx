// The bought-elsewhere panel's inventory import: the files picked here (one or several: a
// subscription list and the billing accounts that settle what it leaves open, a Graph file...)
// are read with the File API and their texts sent to the background, which reads them together
// with the rules package's importers and answers with one preview (each subscription, its facts
// and how each was read, its status). A file that cannot be read is left out whole and named;
// the others are used, as in the site's planner. Saving asks the background to read the same
// texts again and merge them into the customer's records.
import { useEffect, useState } from 'preact/hooks';
import type { FailedFile, ImportPreview, InventoryDialog } from '../background/import-preview.ts';
import type { InventoryKey } from '../i18n/inventory-strings.ts';
import type { Locale } from '../i18n/locale.ts';
import { fillText, ui } from '../i18n/ui-strings.ts';
import { MAX_INVENTORY_CHARS, MAX_INVENTORY_FILES, MAX_INVENTORY_TOTAL_CHARS } from '../inventory-limits.ts';
import type { CustomerData } from '../storage/bought-elsewhere-schema.ts';
import { background, type InventoryFile, type SessionEdition } from './background-client.ts';

export interface ImportDialogProps {
  customerId: string;
  locale: Locale;
  session: SessionEdition;
  write: (request: Promise<CustomerData>) => Promise<CustomerData>;
  onDone: (message: { kind: 'error' | 'status'; text: string }) => void;
}

type Loaded = { files: InventoryFile[]; preview: ImportPreview; unread: string[] };

export function ImportDialog({ customerId, locale, session, write, onDone }: ImportDialogProps) {
  const [dialog, setDialog] = useState<InventoryDialog | null>(null);
  const [copied, setCopied] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    background.inventoryDialog(locale).then(setDialog, () => setError(ui(locale, 'storage.notStored')));
  }, [locale]);
  const text = (key: InventoryKey, values: Record<string, string | number> = {}) =>
    dialog ? fillText(dialog.texts[key], values) : '';

  // The files left out, each named by its error (the importers' text: the file, where, what was
  // expected), and those past the most one import reads, by name.
  const leftOut = (failed: FailedFile[], unread: string[] = []) => {
    const parts = [
      ...(failed.length
        ? [text('inventory.fileFailed', { error: failed.map((f) => f.error).join('; ') })]
        : []),
      ...(unread.length
        ? [text('inventory.tooMany', { max: MAX_INVENTORY_FILES, files: unread.join(', ') })]
        : []),
    ];
    setError(parts.length ? parts.join(' ') : null);
  };

  const pick = async (list: FileList | null | undefined) => {
    setLoaded(null);
    setError(null);
    const files: InventoryFile[] = [];
    let total = 0;
    // More files than one import takes: the first ones (the message names at most that many);
    // the others are named as left out.
    const picked = [...(list ?? [])];
    const unread = picked.slice(MAX_INVENTORY_FILES).map((f) => f.name);
    for (const file of picked.slice(0, MAX_INVENTORY_FILES)) {
      const fileName = file.name;
      // Checked before reading (bytes are never fewer than the characters they decode to); a
      // file over a limit goes by its size, and the background says why it was left out.
      if (file.size > MAX_INVENTORY_CHARS || total + file.size > MAX_INVENTORY_TOTAL_CHARS)
        files.push({ fileName, size: file.size });
      else {
        total += file.size;
        files.push({ fileName, text: await file.text() });
      }
    }
    if (files.length === 0) return;
    const preview = await background.previewInventory(customerId, files, session).catch(() => null);
    if (!preview) return setError(ui(locale, 'storage.notStored'));
    leftOut(preview.failed, unread);
    if (preview.files.length > 0) setLoaded({ files, preview, unread });
  };

  const save = async () => {
    if (!loaded) return;
    const result = await background.saveInventory(customerId, loaded.files, session).catch(() => null);
    if (!result) return setError(ui(locale, 'storage.notStored'));
    setLoaded(null);
    // What was left out stays said after the save (the files that could not be read).
    leftOut(result.failed, loaded.unread);
    if (!result.ok) return;
    await write(Promise.resolve(result.data)).catch(() => undefined);
    onDone({ kind: 'status', text: text('inventory.saved', { count: result.count }) });
  };

  const copy = () =>
    navigator.clipboard.writeText(dialog?.query ?? '').then(
      () => setCopied(true),
      () => setCopied(false),
    );

  // Nothing to show until the background has sent the texts (a few milliseconds).
  if (!dialog)
    return error ? (
      <p class="error" role="alert">
        {error}
      </p>
    ) : null;
  return (
    <section class="inventory" data-multichannel-inventory aria-label={text('inventory.title')}>
      <h3>{text('inventory.title')}</h3>
      <p class="hint">{text('inventory.intro')}</p>
      <p class="hint">{text('inventory.query')}</p>
      <pre data-multichannel-inventory-query>{dialog.query}</pre>
      <button type="button" onClick={copy}>
        {text('inventory.copy')}
      </button>
      {copied && <span role="status">{text('inventory.copied')}</span>}
      <label>
        <span class="hint">{text('inventory.file')}</span>
        <input
          type="file"
          multiple
          data-multichannel-inventory-file
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => pick(e.currentTarget.files)}
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
            {text('inventory.preview', {
              count: loaded.preview.rows.length,
              files: loaded.preview.files.join(', '),
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
                    {text('inventory.open')}
                    {row.questions.join(' ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" data-multichannel-inventory-save onClick={save}>
              {text('inventory.save', { count: loaded.preview.rows.length })}
            </button>
            <button type="button" onClick={() => setLoaded(null)}>
              {text('inventory.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
