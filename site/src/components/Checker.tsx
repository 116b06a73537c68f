// The checker island: the same evaluator as the table and the extension, running in the
// browser. The URL is the state: every answer is a history entry, so links are shareable and
// the back button undoes an answer.
import {
  CLOUDS,
  type DecisionTable,
  decide,
  type Facts,
  type Locale,
  PARTNER_TYPES,
  ROLES,
} from '@multichannel/rules';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { provideVocabulary } from './checker/island-vocabulary.ts';
import { keepAnswersOnLanguageSwitch } from './checker/language-switch.ts';
import { DECISION_QUESTIONS, Question, RolesQuestion } from './checker/Questions.tsx';
import { Result } from './checker/Result.tsx';
import { type CheckerTexts, fill } from './checker/texts.ts';
import { answersQuery, type ParsedAnswers, parseAnswers } from './checker/url-state.ts';

interface Props {
  locale: Locale;
  /** The edition with only this locale's messages (island-props.ts). */
  table: DecisionTable;
  /** The rules' vocabulary texts in this locale (island-props.ts); the bundle carries none. */
  vocabulary: Record<string, string>;
  texts: CheckerTexts;
  /** Path prefix of rule pages in this locale, e.g. '/hu/rules/'. */
  rulePath: string;
}

const NO_ANSWERS: ParsedAnswers = { facts: {}, rejected: [] };

export default function Checker({ locale, table, vocabulary, texts, rulePath }: Props) {
  provideVocabulary(locale, vocabulary);
  // Rendered at build time with no answers; the URL is read once the island runs.
  const [answers, setAnswers] = useState<ParsedAnswers>(NO_ANSWERS);
  useEffect(() => {
    const fromUrl = () => setAnswers(parseAnswers(window.location.search));
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    const release = keepAnswersOnLanguageSwitch();
    return () => {
      window.removeEventListener('popstate', fromUrl);
      release();
    };
  }, []);

  const { facts, rejected } = answers;
  const decision = useMemo(() => decide(table, facts, { locale }), [table, facts, locale]);

  const record = (next: Facts) => {
    window.history.pushState(null, '', `${window.location.pathname}${answersQuery(next)}`);
    setAnswers({ facts: next, rejected: [] });
  };
  const answer = (fact: keyof Facts, value: unknown) => {
    const next: Record<string, unknown> = { ...facts, [fact]: value };
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[fact];
    record(next as Facts);
  };
  const decides = new Set<string>(decision.missing);

  return (
    <div class="checker">
      {rejected.length > 0 && (
        <p class="checker-invalid" role="alert">
          {fill(texts['checker.invalid'], { params: rejected.join(', ') })}
        </p>
      )}
      <form class="checker-questions" onSubmit={(event) => event.preventDefault()}>
        {DECISION_QUESTIONS.map(([fact, values]) => (
          <Question
            key={fact}
            locale={locale}
            fact={fact}
            values={values}
            current={facts[fact]}
            unknownLabel={texts['checker.unknown']}
            highlighted={decides.has(fact)}
            onAnswer={answer}
          />
        ))}
        <p class="checker-optional">{texts['checker.optional']}</p>
        <Question
          locale={locale}
          fact="partnerType"
          values={PARTNER_TYPES}
          current={facts.partnerType}
          unknownLabel={texts['checker.unknown']}
          highlighted={false}
          onAnswer={answer}
        />
        <RolesQuestion
          locale={locale}
          roles={ROLES}
          current={facts.roles ?? []}
          onChange={(roles) => answer('roles', roles)}
        />
        <Question
          locale={locale}
          fact="cloud"
          values={CLOUDS}
          current={facts.cloud}
          unknownLabel={texts['checker.unknown']}
          highlighted={false}
          onAnswer={answer}
        />
        <p class="checker-actions">
          <button type="button" onClick={() => record({})}>
            {texts['checker.reset']}
          </button>{' '}
          <a href={answersQuery(facts) || '?'}>{texts['checker.share']}</a>
        </p>
      </form>
      <Result locale={locale} table={table} decision={decision} texts={texts} rulePath={rulePath} />
    </div>
  );
}
