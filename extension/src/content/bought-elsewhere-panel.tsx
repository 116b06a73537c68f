// The "Bought elsewhere" panel on a customer's Subscriptions page: the answers about the customer
// itself (facts for every decision on the page, asked as the edition words them), and records of
// subscriptions the customer bought through other channels, each with the same badge and next
// steps as a row. The page session holds the customer's data; this renders it and asks for changes.
import type { FactValue } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { FactQuestion } from '../decisions/fact-questions.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord, CustomerData, StoredFacts } from '../storage/bought-elsewhere-schema.ts';
import { type AdviceCache, background, type PanelVocabulary } from './background-client.ts';
import { BadgeMount } from './badge-mount.tsx';
import { BoughtElsewhereForm } from './bought-elsewhere-form.tsx';
import type { CustomerState } from './customer-reply.ts';

export interface BoughtElsewhereProps {
  customerId: string;
  locale: Locale;
  advice: AdviceCache;
  customer: CustomerState;
  /** The partner answered a question about the customer (undefined: not known). */
  onCustomerFact: (fact: string, answer: FactValue | undefined) => void;
  /** Sends a change to storage; the session takes the customer's data it answers with. */
  write: (request: Promise<CustomerData>) => Promise<CustomerData>;
}

function RecordBadge({
  record,
  customerFacts,
  advice,
  locale,
}: {
  record: BoughtElsewhereRecord;
  customerFacts: StoredFacts;
  advice: AdviceCache;
  locale: Locale;
}) {
  // The customer's answers hold for every record (they win over a record's own).
  const facts = { ...record.facts, ...customerFacts };
  const [view, setView] = useState<AdviceView | undefined>(advice.get(facts));
  useEffect(() => {
    let current = true;
    advice.load(facts).then((next) => current && setView(next));
    return () => {
      current = false;
    };
  }, [record, customerFacts]);
  return view ? <BadgeMount view={view} subscription={record.product} locale={locale} /> : null;
}

/** Radio buttons (arrow keys move between them): not known, then each of the edition's values. */
function CustomerQuestion(props: {
  locale: Locale;
  question: FactQuestion;
  answer: StoredFacts[string] | undefined;
  onAnswer: (answer: FactValue | undefined) => void;
}) {
  const { locale, question, answer } = props;
  const choices = [
    { id: 'unknown', value: undefined, label: ui(locale, 'customer.unknown') },
    ...question.values,
  ];
  return (
    <fieldset
      class="customer-fact"
      data-multichannel-customer-fact={question.fact}
      data-multichannel-answer={answer === undefined ? 'unknown' : String(answer)}
    >
      <legend>{question.question}</legend>
      <div class="choices">
        {choices.map((choice) => (
          <label key={choice.id}>
            <input
              type="radio"
              name={question.fact}
              value={choice.id}
              checked={answer === choice.value}
              onChange={() => props.onAnswer(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <p class="hint">{ui(locale, 'customer.hint')}</p>
    </fieldset>
  );
}

/** The customer's answers in a few words, beside the toggle. */
function answersInWords(vocabulary: PanelVocabulary | null, facts: StoredFacts): string[] {
  if (!vocabulary) return [];
  return vocabulary.customerQuestions.flatMap((question) => {
    const answer = Object.hasOwn(facts, question.fact) ? facts[question.fact] : undefined;
    const value = question.values.find((v) => v.value === answer);
    return value ? [value.label] : [];
  });
}

export function BoughtElsewherePanel(props: BoughtElsewhereProps) {
  const { customerId, locale, advice, customer, write } = props;
  const { records, facts: customerFacts } = customer;
  const [vocabulary, setVocabulary] = useState<PanelVocabulary | null>(null);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<BoughtElsewhereRecord | 'new' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(
    customer.setAsideError ? { kind: 'error', text: ui(locale, 'bought.setAside') } : null,
  );

  useEffect(() => {
    background.vocabulary(advice.session).then(setVocabulary);
  }, [locale]);

  // A write storage refuses keeps the form open; the session then shows why (storage state).
  const save = (record: BoughtElsewhereRecord) =>
    write(background.saveRecord(customerId, record, advice.session)).then(
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
      {answersInWords(vocabulary, customerFacts).length > 0 && (
        <span class="hint" data-multichannel-customer-summary>
          {' '}
          {answersInWords(vocabulary, customerFacts).join('; ')}
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
          {vocabulary && (
            <p class="hint" data-multichannel-edition={vocabulary.edition.id}>
              {ui(locale, 'edition.name', { id: vocabulary.edition.id, title: vocabulary.edition.title })}
            </p>
          )}
          {vocabulary?.customerQuestions.map((question) => (
            <CustomerQuestion
              key={question.fact}
              locale={locale}
              question={question}
              answer={Object.hasOwn(customerFacts, question.fact) ? customerFacts[question.fact] : undefined}
              onAnswer={(answer) => props.onCustomerFact(question.fact, answer)}
            />
          ))}
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
                      customerFacts={customerFacts}
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
              session={advice.session}
              customerFacts={customerFacts}
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
