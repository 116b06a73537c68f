// The checker island: the same evaluator as the table and the extension, running in the
// browser, for the edition the URL names (the newest by default). The URL is the state: every
// answer is a history entry, so links are shareable and the back button undoes an answer. It asks
// the facts that edition declares: a decision fact while its answer can still change the outcome
// (or once answered), then the context facts that shape the steps.
import {
  contextFacts,
  type DecisionTable,
  decideAnew,
  decisionFacts,
  type Facts,
  type FactValue,
  factOf,
  type Locale,
  message,
  relevantFacts,
} from '@multichannel/rules';
import { fill } from '@multichannel/rules/ids';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EditionLinks } from './checker/island-props.ts';
import { provideVocabulary } from './checker/island-vocabulary.ts';
import { keepAnswersOnLanguageSwitch } from './checker/language-switch.ts';
import { ManyQuestion, Question } from './checker/Questions.tsx';
import { Result } from './checker/Result.tsx';
import type { CheckerTexts } from './checker/texts.ts';
import {
  answersQuery,
  type EditionChoice,
  editionFromQuery,
  type ParsedAnswers,
  parseAnswers,
} from './checker/url-state.ts';

interface Props {
  locale: Locale;
  /** Every edition, newest first, each with only this locale's messages (island-props.ts). */
  editions: DecisionTable[];
  /** The rules' shared texts in this locale (island-props.ts); the bundle carries none. */
  vocabulary: Record<string, string>;
  texts: CheckerTexts;
  links: Record<string, EditionLinks>;
}

interface State {
  edition: EditionChoice;
  answers: ParsedAnswers;
}

export default function Checker({ locale, editions, vocabulary, texts, links }: Props) {
  provideVocabulary(locale, vocabulary);
  const ids = editions.map((table) => table.edition.id);
  const byId = (id: string) =>
    editions.find((table) => table.edition.id === id) ?? (editions[0] as DecisionTable);
  // Rendered at build time for the newest edition with no answers; the URL is read once the island runs.
  const [state, setState] = useState<State>({
    edition: { id: ids[0] as string, unknown: null },
    answers: { facts: {}, rejected: [] },
  });
  useEffect(() => {
    const fromUrl = () => {
      const edition = editionFromQuery(window.location.search, ids);
      setState({ edition, answers: parseAnswers(byId(edition.id), window.location.search) });
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    const release = keepAnswersOnLanguageSwitch();
    return () => {
      window.removeEventListener('popstate', fromUrl);
      release();
    };
  }, []);

  const table = byId(state.edition.id);
  const { facts, rejected } = state.answers;
  const earlier = useMemo(() => editions.slice(editions.indexOf(table) + 1), [editions, table]);
  // One decision per answer: built for the call (decideAnew), so the island ships without the
  // evaluator's cache of decisions, which pays off only for many calls (its size budget).
  const decision = useMemo(
    () => decideAnew(table, facts, { locale, earlier }),
    [table, facts, locale, earlier],
  );
  const asked = useMemo(() => {
    const relevant = new Set(relevantFacts(table, facts));
    return decisionFacts(table).filter((fact) => relevant.has(fact) || facts[fact] !== undefined);
  }, [table, facts]);

  const record = (next: Facts, into: DecisionTable = table) => {
    const editionId = into === editions[0] ? undefined : into.edition.id;
    window.history.pushState(null, '', `${window.location.pathname}${answersQuery(into, next, editionId)}`);
    setState({ edition: { id: into.edition.id, unknown: null }, answers: { facts: next, rejected: [] } });
  };
  const answer = (fact: string, value: FactValue | readonly FactValue[] | undefined) => {
    const next: Record<string, Facts[string]> = { ...facts, [fact]: value };
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[fact];
    record(next);
  };
  // Another edition keeps the answers it also declares (with values it knows).
  const switchEdition = (id: string) => {
    const into = byId(id);
    record(parseAnswers(into, answersQuery(table, facts)).facts, into);
  };
  const decides = new Set<string>(decision.missing);
  const single = (fact: string) => {
    const value = facts[fact];
    return Array.isArray(value) ? undefined : (value as FactValue | undefined);
  };

  return (
    <div class="checker">
      {state.edition.unknown !== null && (
        <p class="checker-invalid checker-invalid--edition" role="alert">
          {fill(texts['checker.edition.unknown'], { id: state.edition.unknown, ids: ids.join(', ') })}
        </p>
      )}
      {rejected.length > 0 && (
        <p class="checker-invalid" role="alert">
          {fill(texts['checker.invalid'], { params: rejected.join(', ') })}
        </p>
      )}
      <form class="checker-questions" onSubmit={(event) => event.preventDefault()}>
        <p class="checker-edition">
          <label for="checker-edition">{texts['checker.edition']}</label>{' '}
          <select
            id="checker-edition"
            value={table.edition.id}
            onChange={(event) => switchEdition((event.target as HTMLSelectElement).value)}
          >
            {editions.map((edition) => (
              <option key={edition.edition.id} value={edition.edition.id}>
                {edition.edition.id}: {message(edition, locale, edition.edition.title)}
              </option>
            ))}
          </select>
        </p>
        {asked.map((fact) => (
          <Question
            key={fact}
            locale={locale}
            table={table}
            fact={fact}
            current={single(fact)}
            unknownLabel={texts['checker.unknown']}
            highlighted={decides.has(fact)}
            onAnswer={answer}
          />
        ))}
        <p class="checker-optional">{texts['checker.optional']}</p>
        {contextFacts(table).map((fact) =>
          factOf(table, fact)?.many ? (
            <ManyQuestion
              key={fact}
              locale={locale}
              table={table}
              fact={fact}
              current={(facts[fact] as readonly FactValue[] | undefined) ?? []}
              onChange={answer}
            />
          ) : (
            <Question
              key={fact}
              locale={locale}
              table={table}
              fact={fact}
              current={single(fact)}
              unknownLabel={texts['checker.unknown']}
              highlighted={false}
              onAnswer={answer}
            />
          ),
        )}
        <p class="checker-actions">
          <button type="button" onClick={() => record({})}>
            {texts['checker.reset']}
          </button>{' '}
          <a href={answersQuery(table, facts, table === editions[0] ? undefined : table.edition.id) || '?'}>
            {texts['checker.share']}
          </a>
        </p>
      </form>
      <Result
        locale={locale}
        table={table}
        editions={editions}
        decision={decision}
        texts={texts}
        links={links}
      />
    </div>
  );
}
