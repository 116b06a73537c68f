// Add or edit one bought-elsewhere record. The questions come from the edition, asked only while
// their answer can still change the status (the background works that out as answers come in);
// an Azure offer ID fills the facts it implies, through the rules package's classifier.
import type { FactValue } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import type { FactQuestion } from '../decisions/fact-questions.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord, StoredFacts } from '../storage/bought-elsewhere-schema.ts';
import { FactSelect } from '../ui/fact-select.tsx';
import { background, factsKey, type SessionEdition } from './background-client.ts';

type Answers = Readonly<Record<string, StoredFacts[string]>>;

export function BoughtElsewhereForm(props: {
  locale: Locale;
  session: SessionEdition;
  /** The customer's answers, which hold for this record too. */
  customerFacts: StoredFacts;
  record?: BoughtElsewhereRecord;
  onSave: (record: BoughtElsewhereRecord) => void;
  onCancel: () => void;
}) {
  const { locale, record, session, customerFacts } = props;
  const [product, setProduct] = useState(record?.product ?? '');
  const [answers, setAnswers] = useState<Answers>(record?.facts ?? {});
  const [questions, setQuestions] = useState<FactQuestion[] | null>(null);
  const [offerId, setOfferId] = useState(record?.offerId ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    background.form(session, answers, customerFacts).then((next) => current && setQuestions(next));
    return () => {
      current = false;
    };
  }, [factsKey(answers), factsKey(customerFacts)]);

  const answer = (fact: string, value: FactValue | undefined) => {
    const { [fact]: _, ...others } = answers;
    setAnswers(value === undefined ? others : { ...others, [fact]: value });
  };

  const applyOfferId = async (value: string) => {
    setOfferId(value);
    if (value.trim() === '') return setError(null);
    const offer = await background.offer(value, session);
    if (!offer.ok) return setError(offer.error);
    setError(null);
    setOfferId(offer.offerId);
    setAnswers({ ...answers, ...offer.facts });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (product.trim() === '') return setError(ui(locale, 'bought.productRequired'));
    // Only the answers to the questions asked: the others no longer matter for this record.
    const asked = new Set((questions ?? []).map((q) => q.fact));
    const facts = Object.fromEntries(Object.entries(answers).filter(([fact]) => asked.has(fact)));
    // The background checks the record (and its facts, against the edition) before saving it.
    props.onSave({
      id: record?.id ?? crypto.randomUUID(),
      product: product.trim(),
      facts,
      ...(offerId.trim() ? { offerId: offerId.trim() } : {}),
      updatedAt: new Date().toISOString(),
    });
  };

  return (
    <form onSubmit={submit} data-multichannel-form="bought-elsewhere">
      <label>
        {ui(locale, 'bought.product')}
        <input
          name="product"
          value={product}
          required
          maxLength={200}
          onInput={(e) => setProduct(e.currentTarget.value)}
        />
      </label>
      <label>
        {ui(locale, 'bought.offerId')}
        <input name="offerId" value={offerId} onChange={(e) => applyOfferId(e.currentTarget.value)} />
        <span class="hint">{ui(locale, 'bought.offerIdHint')}</span>
      </label>
      {(questions ?? []).map((question) => (
        <FactSelect
          key={question.fact}
          question={question}
          text={question.label}
          current={Object.hasOwn(answers, question.fact) ? answers[question.fact] : undefined}
          unknown={ui(locale, 'bought.unknown')}
          onChange={(value) => answer(question.fact, value)}
        />
      ))}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{ui(locale, 'bought.save')}</button>
        <button type="button" onClick={props.onCancel}>
          {ui(locale, 'bought.cancel')}
        </button>
      </div>
    </form>
  );
}
