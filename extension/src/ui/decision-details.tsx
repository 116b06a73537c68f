// What a decision says, in words: next steps with links, the deciding rule and why, what is
// missing, assumptions and caveats, and which edition decided (with how its date is known).
// Shared by the badge panel and the popup's checker.
// Renders a prepared view only, so it adds nothing of the rules package to the content script.
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

function EditionLine({ view, locale }: { view: AdviceView; locale: Locale }) {
  const { edition } = view;
  return (
    <p
      class="subject"
      data-multichannel-edition={edition.id}
      data-multichannel-date-known={edition.dateKnown}
    >
      {ui(locale, 'edition.name', { id: edition.id, title: edition.title })}{' '}
      {ui(locale, `edition.date.${edition.dateKnown}`, { date: edition.date })}
    </p>
  );
}

export function DecisionDetails({ view, locale }: { view: AdviceView; locale: Locale }) {
  const { rule } = view;
  return (
    <>
      <p>{view.description}</p>
      <EditionLine view={view} locale={locale} />
      {view.kind === 'not-addressed' && (
        <p class="warn" data-multichannel-earlier={view.earlier?.edition ?? 'none'}>
          {view.earlier
            ? ui(locale, 'panel.earlier', { edition: view.earlier.edition, status: view.earlier.statusLabel })
            : ui(locale, 'panel.earlierNone')}
        </p>
      )}
      {view.canAct === false && <p class="warn">{ui(locale, 'panel.canActNo')}</p>}

      <h3>{ui(locale, 'panel.steps')}</h3>
      {view.steps.length === 0 ? (
        <p>{ui(locale, 'panel.noSteps')}</p>
      ) : (
        <ol>
          {view.steps.map((step) => (
            <li key={step.id}>
              {step.url ? (
                <a href={step.url} {...external}>
                  {step.text}
                </a>
              ) : (
                step.text
              )}
            </li>
          ))}
        </ol>
      )}

      <h3>{ui(locale, 'panel.why')}</h3>
      {rule ? (
        <>
          <p>{ui(locale, 'panel.rule', { rule: rule.title, edition: view.edition.id })}</p>
          {rule.rationale && <p>{rule.rationale}</p>}
        </>
      ) : (
        <p>{ui(locale, 'panel.noRule')}</p>
      )}
      {view.trace.length > 0 && (
        <ul>
          {view.trace.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {view.missingQuestions.length > 0 && (
        <p>
          {ui(locale, 'panel.missing')}
          {view.missingQuestions.join(' ')}
        </p>
      )}
      {view.possible.length > 0 && (
        <p>
          {ui(locale, 'panel.possible')}
          {view.possible.join(', ')}
        </p>
      )}
      {rule && (
        <p>
          <a href={rule.source.url} {...external}>
            {rule.source.title}
          </a>
        </p>
      )}

      {view.assumptions.length > 0 && (
        <>
          <h3>{ui(locale, 'panel.assumptions')}</h3>
          <ul>
            {view.assumptions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {view.ignored.length > 0 && (
        <>
          <h3>{ui(locale, 'panel.ignored')}</h3>
          <ul>
            {view.ignored.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {view.caveats.length > 0 && (
        <>
          <h3>{ui(locale, 'panel.caveats')}</h3>
          <ul>
            {view.caveats.map((c) => (
              <li key={c.id}>
                {c.text}{' '}
                {c.urls.map((url) => (
                  <a key={url} href={url} {...external}>
                    {new URL(url).pathname.split('/').pop()}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
