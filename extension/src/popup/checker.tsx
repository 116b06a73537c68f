// The quick checker: the edition's questions, any of them answerable with "not sure"; the
// decision (possibly undecided) updates as the user answers. The edition is the options' one.
import { decisionFacts, type FactValue, type Locale } from '@multichannel/rules';
import { useState } from 'preact/hooks';
import { advise, editionFor } from '../decisions/advice.ts';
import { toView } from '../decisions/advice-view.ts';
import { factQuestion } from '../decisions/fact-questions.ts';
import { ui } from '../i18n/page-strings.ts';
import type { Settings } from '../storage/settings.ts';
import { DecisionDetails } from '../ui/decision-details.tsx';
import { FactSelect } from '../ui/fact-select.tsx';

export function Checker({ locale, settings }: { locale: Locale; settings: Settings }) {
  const [answers, setAnswers] = useState<Readonly<Record<string, FactValue>>>({});
  const table = editionFor(settings.edition);
  const context = {
    ...(settings.partnerType ? { partnerType: settings.partnerType } : {}),
    roles: settings.roles,
    cloud: 'commercial',
  };
  const view = toView(table, advise(table, answers, context, locale), locale);
  const questions = decisionFacts(table).map((fact) => factQuestion(table, locale, fact));

  return (
    <section aria-labelledby="checker-title">
      <h2 id="checker-title">{ui(locale, 'popup.checker')}</h2>
      <p class="hint">{ui(locale, 'popup.checkerIntro')}</p>
      {questions.map((question) => (
        <FactSelect
          key={question.fact}
          question={question}
          text={question.question}
          current={Object.hasOwn(answers, question.fact) ? answers[question.fact] : undefined}
          unknown={ui(locale, 'popup.notSure')}
          onChange={(value) => {
            const { [question.fact]: _, ...others } = answers;
            setAnswers(value === undefined ? others : { ...others, [question.fact]: value });
          }}
        />
      ))}
      <div
        class="decision"
        data-checker-status={view.status}
        data-checker-kind={view.kind}
        aria-live="polite"
      >
        <p class="status-label">{view.label}</p>
        <DecisionDetails view={view} locale={locale} />
      </div>
    </section>
  );
}
