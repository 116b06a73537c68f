// The quick checker: the rules package's questions, any of them answerable with "not sure";
// the decision (possibly `needs-info`) updates as the user answers.
import {
  DECISION_FACT_NAMES,
  DECISION_FACTS,
  type DecisionFact,
  type Locale,
  statusLabel,
  t,
} from '@multichannel/rules';
import { useState } from 'preact/hooks';
import { advise, type SubscriptionFacts } from '../decisions/advice.ts';
import { toView } from '../decisions/advice-view.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { Settings } from '../storage/settings.ts';
import { DecisionDetails } from '../ui/decision-details.tsx';

export function Checker({ locale, settings }: { locale: Locale; settings: Settings }) {
  const [answers, setAnswers] = useState<Partial<Record<DecisionFact, string>>>({});
  const facts = Object.fromEntries(
    Object.entries(answers)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([fact, v]) => [fact, v === 'true' ? true : v === 'false' ? false : v]),
  ) as SubscriptionFacts;
  const decision = advise(
    facts,
    {
      ...(settings.partnerType ? { partnerType: settings.partnerType } : {}),
      roles: settings.roles,
      cloud: 'commercial',
    },
    locale,
  );

  return (
    <section aria-labelledby="checker-title">
      <h2 id="checker-title">{ui(locale, 'popup.checker')}</h2>
      <p class="hint">{ui(locale, 'popup.checkerIntro')}</p>
      {DECISION_FACT_NAMES.map((fact) => (
        <label key={fact}>
          {t(locale, `question.${fact}`)}{' '}
          <select
            name={fact}
            value={answers[fact] ?? ''}
            onChange={(e) => setAnswers({ ...answers, [fact]: e.currentTarget.value })}
          >
            <option value="">{ui(locale, 'popup.notSure')}</option>
            {DECISION_FACTS[fact].map((value) => (
              <option key={String(value)} value={String(value)}>
                {t(locale, `value.${fact}.${value}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div class="decision" data-checker-status={decision.status} aria-live="polite">
        <p class="status-label">{statusLabel(locale, decision.status)}</p>
        <DecisionDetails view={toView(decision, locale)} locale={locale} />
      </div>
    </section>
  );
}
