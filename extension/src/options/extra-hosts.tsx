// Extra Partner Center hosts: each asks the browser for permission at the moment it is added
// (optional_host_permissions), with `scripting` to register the content script there.
import type { Locale } from '@multichannel/rules';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FactQuestion } from '../decisions/fact-questions.ts';
import { ui } from '../i18n/page-strings.ts';
import { parseHostOrigin } from '../storage/host-origin.ts';
import type { ExtraHost, Settings } from '../storage/settings.ts';

export function ExtraHosts(props: {
  locale: Locale;
  settings: Settings;
  save: (s: Settings) => void;
  /** The edition's clouds, with their labels. */
  clouds: FactQuestion;
}) {
  const { locale, settings, save, clouds } = props;
  const [origin, setOrigin] = useState('');
  // Extra hosts are mostly the US Government cloud's Partner Center.
  const [cloud, setCloud] = useState<string>('us-government');
  const cloudLabel = (id: string) => clouds.values.find((c) => c.id === id)?.label ?? id;
  const [error, setError] = useState<string | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseHostOrigin(origin);
    if (!parsed.ok) {
      return setError(
        ui(locale, parsed.error === 'built-in' ? 'options.hostBuiltIn' : 'options.hostInvalid'),
      );
    }
    const host: ExtraHost = { origin: parsed.origin, cloud };
    // Must run straight from the user's gesture, before any other await.
    const granted = await browser.permissions.request({
      origins: [`${host.origin}/*`],
      permissions: ['scripting'],
    });
    if (!granted) return setError(ui(locale, 'options.hostDenied'));
    setError(null);
    setOrigin('');
    const others = settings.extraHosts.filter((h) => h.origin !== host.origin);
    save({ ...settings, extraHosts: [...others, host] });
  };
  const remove = async (host: ExtraHost) => {
    save({ ...settings, extraHosts: settings.extraHosts.filter((h) => h.origin !== host.origin) });
    await browser.permissions.remove({ origins: [`${host.origin}/*`] });
  };

  return (
    <fieldset>
      <legend>{ui(locale, 'options.hosts')}</legend>
      <p class="hint">{ui(locale, 'options.hostsHelp')}</p>
      <ul>
        {settings.extraHosts.map((host) => (
          <li key={host.origin}>
            {host.origin} ({cloudLabel(host.cloud)}){' '}
            <button type="button" onClick={() => remove(host)}>
              {ui(locale, 'options.removeHost')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          {ui(locale, 'options.hostOrigin')}{' '}
          <input name="origin" type="url" value={origin} onInput={(e) => setOrigin(e.currentTarget.value)} />
        </label>
        <label>
          {ui(locale, 'options.hostCloud')}{' '}
          <select name="cloud" value={cloud} onChange={(e) => setCloud(e.currentTarget.value)}>
            {clouds.values.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{ui(locale, 'options.addHost')}</button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}
