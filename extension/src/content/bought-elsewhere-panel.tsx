// The "Bought elsewhere" panel on a customer's Subscriptions page: records of subscriptions the
// customer bought through other channels, each with the same badge and next steps as a row.
import { useEffect, useState } from 'preact/hooks';
import type { AdviceView, FormVocabulary } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord } from '../storage/bought-elsewhere-schema.ts';
import { type AdviceCache, background } from './background-client.ts';
import { BadgeMount } from './badge-mount.tsx';
import { BoughtElsewhereForm } from './bought-elsewhere-form.tsx';

export interface BoughtElsewhereProps {
  customerId: string;
  locale: Locale;
  advice: AdviceCache;
  onCount: (count: number) => void;
}

function RecordBadge({
  record,
  advice,
  locale,
}: {
  record: BoughtElsewhereRecord;
  advice: AdviceCache;
  locale: Locale;
}) {
  const [view, setView] = useState<AdviceView | undefined>(advice.get(record));
  useEffect(() => {
    advice.load(record).then(setView);
  }, [record]);
  return view ? <BadgeMount view={view} subscription={record.product} locale={locale} /> : null;
}

export function BoughtElsewherePanel({ customerId, locale, advice, onCount }: BoughtElsewhereProps) {
  const [records, setRecords] = useState<BoughtElsewhereRecord[]>([]);
  const [vocabulary, setVocabulary] = useState<FormVocabulary | null>(null);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<BoughtElsewhereRecord | 'new' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);

  useEffect(() => {
    background.records(customerId).then(({ records, setAsideError }) => {
      setRecords(records);
      if (setAsideError) setMessage({ kind: 'error', text: ui(locale, 'bought.setAside') });
    });
    background.vocabulary(locale).then(setVocabulary);
  }, [customerId, locale]);
  useEffect(() => onCount(records.length), [records.length]);

  const save = async (record: BoughtElsewhereRecord) => {
    setRecords(await background.saveRecord(customerId, record));
    setEditing(null);
  };
  const remove = async (id: string) => setRecords(await background.removeRecord(customerId, id));
  const download = async () => {
    const blob = new Blob([await background.exportRecords(customerId)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `bought-elsewhere-${customerId}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = await background.importRecords(customerId, await file.text());
    if (!result.ok)
      return setMessage({ kind: 'error', text: ui(locale, 'bought.importFailed', { error: result.error }) });
    setRecords(result.records);
    setMessage({ kind: 'status', text: ui(locale, 'bought.imported', { count: result.count }) });
  };

  return (
    <div class="box">
      <button
        type="button"
        class="toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="mca-bought-elsewhere"
        onClick={() => setOpen(!open)}
      >
        {ui(locale, 'bought.toggle', { count: records.length })}
      </button>
      {open && (
        <section id="mca-bought-elsewhere" class="panel" aria-label={ui(locale, 'bought.title')}>
          <h2>{ui(locale, 'bought.title')}</h2>
          <p class="hint">{ui(locale, 'bought.intro')}</p>
          {message && (
            <p class={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          {records.length === 0 ? (
            <p>{ui(locale, 'bought.empty')}</p>
          ) : (
            <ul class="records">
              {records.map((record) => (
                <li key={record.id} data-multichannel-record={record.id}>
                  <div class="row">
                    <span>{record.product}</span>
                    <RecordBadge record={record} advice={advice} locale={locale} />
                  </div>
                  <div class="actions">
                    <button type="button" onClick={() => setEditing(record)}>
                      {ui(locale, 'bought.edit')}
                    </button>
                    <button type="button" onClick={() => remove(record.id)}>
                      {ui(locale, 'bought.remove')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {editing && vocabulary ? (
            <BoughtElsewhereForm
              key={editing === 'new' ? 'new' : editing.id}
              locale={locale}
              vocabulary={vocabulary}
              {...(editing === 'new' ? {} : { record: editing })}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div class="actions">
              <button type="button" onClick={() => setEditing('new')}>
                {ui(locale, 'bought.add')}
              </button>
              <button type="button" onClick={download}>
                {ui(locale, 'bought.export')}
              </button>
              <label>
                <span class="hint">{ui(locale, 'bought.import')}</span>
                <input
                  type="file"
                  accept="application/json,.json"
                  onChange={(e) => upload(e.currentTarget.files?.[0])}
                />
              </label>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
