// The options page: who the partner is (type, roles), language, annotation on/off, extra hosts.
import { PARTNER_TYPES, type PartnerType, ROLES, type Role, t } from '@multichannel/rules';
import { useState } from 'preact/hooks';
import { ui } from '../i18n/ui-strings.ts';
import { LanguageSetting, type Settings, saveSettings } from '../storage/settings.ts';
import { problemOf, type StorageProblem } from '../storage/storage-problem.ts';
import { useSettings } from '../ui/use-settings.ts';
import { ExtraHosts } from './extra-hosts.tsx';
import { QuarantineList } from './quarantine-list.tsx';

export function Options() {
  const { settings, locale } = useSettings();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  if (!settings) return null;
  // A save the browser refuses (storage full) is said, and the page keeps showing what is stored.
  const save = (next: Settings) =>
    saveSettings(next).then(
      () => {
        setSaved(true);
        setProblem(null);
      },
      (error: unknown) => {
        setSaved(false);
        setProblem(problemOf(error));
      },
    );
  const toggleRole = (role: Role, on: boolean) =>
    save({ ...settings, roles: on ? [...settings.roles, role] : settings.roles.filter((r) => r !== role) });

  return (
    <main>
      <h1>{ui(locale, 'options.title')}</h1>
      <fieldset>
        <legend>{ui(locale, 'options.language')}</legend>
        <select
          name="language"
          aria-label={ui(locale, 'options.language')}
          value={settings.language}
          onChange={(e) => save({ ...settings, language: LanguageSetting.parse(e.currentTarget.value) })}
        >
          {LanguageSetting.options.map((value) => (
            <option key={value} value={value}>
              {ui(locale, `options.language.${value}`)}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{ui(locale, 'options.annotate')}</legend>
        <label>
          <input
            type="checkbox"
            name="annotate"
            checked={settings.annotate}
            onChange={(e) => save({ ...settings, annotate: e.currentTarget.checked })}
          />{' '}
          {ui(locale, 'options.annotate')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{ui(locale, 'options.partnerType')}</legend>
        <select
          name="partnerType"
          aria-label={ui(locale, 'options.partnerType')}
          value={settings.partnerType ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value as PartnerType | '';
            const { partnerType: _old, ...rest } = settings;
            save(value ? { ...rest, partnerType: value } : rest);
          }}
        >
          <option value="">{ui(locale, 'bought.unknown')}</option>
          {PARTNER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(locale, `value.partnerType.${type}`)}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{ui(locale, 'options.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={settings.roles.includes(role)}
              onChange={(e) => toggleRole(role, e.currentTarget.checked)}
            />{' '}
            {t(locale, `value.roles.${role}`)}
          </label>
        ))}
      </fieldset>
      <ExtraHosts locale={locale} settings={settings} save={save} />
      <QuarantineList locale={locale} />
      {problem && (
        <p class="error" role="alert" data-storage-problem={problem}>
          {ui(locale, `storage.${problem}`)}
        </p>
      )}
      {saved && (
        <p class="hint" role="status">
          {ui(locale, 'options.saved')}
        </p>
      )}
    </main>
  );
}
