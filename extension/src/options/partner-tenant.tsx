// The partner's own Entra tenant id on the options page: checked with the settings' schema as
// typed, saved when valid (or cleared when empty), and the reason shown when not.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/page-strings.ts';
import { PartnerTenant, type Settings } from '../storage/settings.ts';

export function PartnerTenantField(props: {
  settings: Settings;
  locale: Locale;
  save: (next: Settings) => unknown;
}) {
  const { settings, locale, save } = props;
  const [error, setError] = useState<string | null>(null);
  const change = (value: string) => {
    const { partnerTenant: _old, ...rest } = settings;
    if (value.trim() === '') {
      setError(null);
      save(rest);
      return;
    }
    const parsed = PartnerTenant.safeParse(value);
    if (!parsed.success) return setError(ui(locale, 'options.partnerTenant.invalid'));
    setError(null);
    save({ ...rest, partnerTenant: parsed.data });
  };
  return (
    <fieldset>
      <legend>{ui(locale, 'options.partnerTenant')}</legend>
      <input
        type="text"
        name="partnerTenant"
        aria-label={ui(locale, 'options.partnerTenant')}
        value={settings.partnerTenant ?? ''}
        spellcheck={false}
        onChange={(e) => change(e.currentTarget.value)}
      />
      <p class="hint">{ui(locale, 'options.partnerTenant.hint')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
