// Stored data that could not be read, shown so the user can keep a copy before clearing it.
import type { Locale } from '@multichannel/rules';
import { useEffect, useState } from 'preact/hooks';
import { ui } from '../i18n/ui-strings.ts';
import { clearQuarantine, listQuarantine, type QuarantineEntry } from '../storage/quarantine.ts';

export function QuarantineList({ locale }: { locale: Locale }) {
  const [entries, setEntries] = useState<QuarantineEntry[]>([]);
  useEffect(() => {
    listQuarantine().then(setEntries);
  }, []);
  if (entries.length === 0) return null;
  const href = URL.createObjectURL(
    new Blob([JSON.stringify(entries, null, 2)], { type: 'application/json' }),
  );
  return (
    <fieldset data-quarantine>
      <legend>{ui(locale, 'options.quarantine')}</legend>
      <p class="hint">{ui(locale, 'options.quarantineHelp')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.key}-${entry.at}`}>
            {entry.key} – {entry.at}: {entry.error}
          </li>
        ))}
      </ul>
      <a href={href} download="multichannel-advisor-set-aside.json">
        {ui(locale, 'options.download')}
      </a>{' '}
      <button type="button" onClick={() => clearQuarantine().then(() => setEntries([]))}>
        {ui(locale, 'options.clear')}
      </button>
    </fieldset>
  );
}
