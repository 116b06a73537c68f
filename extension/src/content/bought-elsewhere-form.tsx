// Add or edit one bought-elsewhere record. An Azure offer ID fills where it was bought and the
// billing type, through the rules package's classifier (asked via the background).
import { useState } from 'preact/hooks';
import type { FormVocabulary } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord } from '../storage/bought-elsewhere-schema.ts';
import { background } from './background-client.ts';

type Record = BoughtElsewhereRecord;

export function BoughtElsewhereForm(props: {
  locale: Locale;
  vocabulary: FormVocabulary;
  record?: Record;
  onSave: (record: Record) => void;
  onCancel: () => void;
}) {
  const { locale, record, vocabulary } = props;
  const [product, setProduct] = useState(record?.product ?? '');
  const [channel, setChannel] = useState<string>(record?.channel ?? '');
  const [billing, setBilling] = useState<string>(record?.billing ?? '');
  const [offerId, setOfferId] = useState(record?.offerId ?? '');
  const [error, setError] = useState<string | null>(null);

  const applyOfferId = async (value: string) => {
    setOfferId(value);
    if (value.trim() === '') return setError(null);
    const offer = await background.offer(value);
    if (!offer.ok) return setError(offer.error);
    setError(null);
    setOfferId(offer.offerId);
    setBilling(offer.billing);
    if (offer.channel) setChannel(offer.channel);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (product.trim() === '') return setError(ui(locale, 'bought.productRequired'));
    // The background validates the record against the stored schema before saving it.
    props.onSave({
      id: record?.id ?? crypto.randomUUID(),
      product: product.trim(),
      ...(channel ? { channel: channel as Record['channel'] } : {}),
      ...(billing ? { billing: billing as Record['billing'] } : {}),
      ...(offerId.trim() ? { offerId: offerId.trim() } : {}),
      updatedAt: new Date().toISOString(),
    });
  };

  const unknown = <option value="">{ui(locale, 'bought.unknown')}</option>;
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
      <label>
        {vocabulary.facts.channel}
        <select name="channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
          {unknown}
          {vocabulary.channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {vocabulary.facts.billing}
        <select name="billing" value={billing} onChange={(e) => setBilling(e.currentTarget.value)}>
          {unknown}
          {vocabulary.billingTypes.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
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
