// The options page: the rules edition, who the partner is (type, roles), language, annotation
// on/off, extra hosts. The partner's choices are the edition's values, with its labels.
import { editions, latestEdition } from '@multichannel/rules/editions';
import { useState } from 'preact/hooks';
import { editionFor } from '../decisions/advice.ts';
import { editionView } from '../decisions/advice-view.ts';
import { factQuestion } from '../decisions/fact-questions.ts';
import { ui } from '../i18n/page-strings.ts';
import { LanguageSetting, type Settings, saveSettings } from '../storage/settings.ts';
import { problemOf, type StorageProblem } from '../storage/storage-problem.ts';
import { useSettings } from '../ui/use-settings.ts';
import { ExtraHosts } from './extra-hosts.tsx';
import { PartnerTenantField } from './partner-tenant.tsx';
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
  const toggleRole = (role: string, on: boolean) =>
    save({ ...settings, roles: on ? [...settings.roles, role] : settings.roles.filter((r) => r !== role) });
  const table = editionFor(settings.edition);
  const partnerTypes = factQuestion(table, locale, 'partnerType');
  const roles = factQuestion(table, locale, 'roles');

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
        <legend>{ui(locale, 'options.edition')}</legend>
        <select
          name="edition"
          aria-label={ui(locale, 'options.edition')}
          value={settings.edition ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const { edition: _old, ...rest } = settings;
            save(value ? { ...rest, edition: value } : rest);
          }}
        >
          <option value="">{ui(locale, 'options.editionNewest', { id: latestEdition.edition.id })}</option>
          {editions.map((edition) => {
            const view = editionView(edition, locale);
            return (
              <option key={view.id} value={view.id}>
                {view.id}: {view.title} ({ui(locale, `edition.date.${view.dateKnown}`, { date: view.date })})
              </option>
            );
          })}
        </select>
        <p class="hint">{ui(locale, 'options.editionHelp')}</p>
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
            const value = e.currentTarget.value;
            const { partnerType: _old, ...rest } = settings;
            save(value ? { ...rest, partnerType: value } : rest);
          }}
        >
          <option value="">{ui(locale, 'bought.unknown')}</option>
          {partnerTypes.values.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </fieldset>
      <PartnerTenantField settings={settings} locale={locale} save={save} />
      <fieldset>
        <legend>{ui(locale, 'options.roles')}</legend>
        {roles.values.map((role) => (
          <label key={role.id}>
            <input
              type="checkbox"
              name="roles"
              value={role.id}
              checked={settings.roles.includes(role.id)}
              onChange={(e) => toggleRole(role.id, e.currentTarget.checked)}
            />{' '}
            {role.label}
          </label>
        ))}
      </fieldset>
      <ExtraHosts
        locale={locale}
        settings={settings}
        save={save}
        clouds={factQuestion(table, locale, 'cloud')}
      />
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
