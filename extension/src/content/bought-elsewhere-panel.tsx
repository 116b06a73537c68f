// The "Bought elsewhere" panel on a customer's Subscriptions page: whether the customer is itself
// a CSP partner (a fact about the customer, for every decision on the page), and records of
// subscriptions the customer bought through other channels, each with the same badge and next
// steps as a row. The page session holds the customer's data; this renders it and asks for changes.
import { useEffect, useState } from 'preact/hooks';
import type { AdviceView, FormVocabulary } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord, CustomerData } from '../storage/bought-elsewhere-schema.ts';
import { type AdviceCache, background } from './background-client.ts';
import { BadgeMount } from './badge-mount.tsx';
import { BoughtElsewhereForm } from './bought-elsewhere-form.tsx';
import type { CustomerState } from './page-session.ts';

export interface BoughtElsewhereProps {
  customerId: string;
  locale: Locale;
  advice: AdviceCache;
  customer: CustomerState;
  /** The partner answered "is the customer itself a CSP partner?" (undefined: not known). */
  onCspPartner: (answer: boolean | undefined) => void;
  /** Sends a change to storage; the session takes the customer's data it answers with. */
  write: (request: Promise<CustomerData>) => Promise<CustomerData>;
}

function RecordBadge({
  record,
  customerIsCspPartner,
  advice,
  locale,
}: {
  record: BoughtElsewhereRecord;
  customerIsCspPartner: boolean | undefined;
  advice: AdviceCache;
  locale: Locale;
}) {
  const facts = {
    ...(record.channel ? { channel: record.channel } : {}),
    ...(record.billing ? { billing: record.billing } : {}),
    ...(customerIsCspPartner === undefined ? {} : { customerIsCspPartner }),
  };
  const [view, setView] = useState<AdviceView | undefined>(advice.get(facts));
  useEffect(() => {
    let current = true;
    advice.load(facts).then((next) => current && setView(next));
    return () => {
      current = false;
    };
  }, [record, customerIsCspPartner]);
  return view ? <BadgeMount view={view} subscription={record.product} locale={locale} /> : null;
}

const ANSWERS = [
  { value: 'unknown', answer: undefined, label: 'csp.unknown' },
  { value: 'true', answer: true, label: 'csp.yes' },
  { value: 'false', answer: false, label: 'csp.no' },
] as const;

/** Three radio buttons (arrow keys move between them): not known, yes, no. */
function CspPartnerAnswer(props: {
  locale: Locale;
  answer: boolean | undefined;
  onAnswer: (answer: boolean | undefined) => void;
}) {
  const { locale, answer } = props;
  return (
    <fieldset class="csp" data-multichannel-csp-partner={String(answer ?? 'unknown')}>
      <legend>{ui(locale, 'csp.question')}</legend>
      <div class="choices">
        {ANSWERS.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="customerIsCspPartner"
              value={choice.value}
              checked={answer === choice.answer}
              onChange={() => props.onAnswer(choice.answer)}
            />
            {ui(locale, choice.label)}
          </label>
        ))}
      </div>
      <p class="hint">{ui(locale, 'csp.hint')}</p>
    </fieldset>
  );
}

export function BoughtElsewherePanel(props: BoughtElsewhereProps) {
  const { customerId, locale, advice, customer, write } = props;
  const { records, customerIsCspPartner } = customer;
  const [vocabulary, setVocabulary] = useState<FormVocabulary | null>(null);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<BoughtElsewhereRecord | 'new' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(
    customer.setAsideError ? { kind: 'error', text: ui(locale, 'bought.setAside') } : null,
  );

  useEffect(() => {
    background.vocabulary(locale).then(setVocabulary);
  }, [locale]);

  // A write storage refuses keeps the form open; the session then shows why (storage state).
  const save = (record: BoughtElsewhereRecord) =>
    write(background.saveRecord(customerId, record)).then(
      () => setEditing(null),
      () => undefined,
    );
  const remove = (id: string) => write(background.removeRecord(customerId, id)).catch(() => undefined);
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
    const result = await background.importFile(customerId, await file.text()).catch(() => null);
    if (!result) return setMessage({ kind: 'error', text: ui(locale, 'storage.notStored') });
    if (!result.ok)
      return setMessage({ kind: 'error', text: ui(locale, 'bought.importFailed', { error: result.error }) });
    await write(Promise.resolve(result.data)).catch(() => undefined);
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
      {customerIsCspPartner !== undefined && (
        <span class="hint" data-multichannel-csp-summary>
          {' '}
          {ui(locale, customerIsCspPartner ? 'csp.summaryYes' : 'csp.summaryNo')}
        </span>
      )}
      {customer.storageProblem && (
        <p class="error" role="alert" data-multichannel-storage={customer.storageProblem}>
          {ui(locale, `storage.${customer.storageProblem}`)}
        </p>
      )}
      {open && (
        <section id="mca-bought-elsewhere" class="panel" aria-label={ui(locale, 'bought.title')}>
          <h2>{ui(locale, 'bought.title')}</h2>
          <CspPartnerAnswer locale={locale} answer={customerIsCspPartner} onAnswer={props.onCspPartner} />
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
                    <RecordBadge
                      record={record}
                      customerIsCspPartner={customerIsCspPartner}
                      advice={advice}
                      locale={locale}
                    />
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
