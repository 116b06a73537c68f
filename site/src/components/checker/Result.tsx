// The decision in words: the outcome, or the question that decides; then the rule, steps,
// how each fact matched, assumptions, whether the reader's roles may act, and caveats.
import { type Decision, type DecisionTable, type Locale, learnUrl, message, t } from '@multichannel/rules';
import { type CheckerTexts, fill } from './texts.ts';

interface Props {
  locale: Locale;
  table: DecisionTable;
  decision: Decision;
  texts: CheckerTexts;
  rulePath: string;
}

function stepLinkTitle(table: DecisionTable, stepId: string, locale: Locale): string {
  const linkId = table.steps[stepId]?.link;
  const link = linkId ? table.links[linkId] : undefined;
  return link ? message(table, locale, link.title) : '';
}

export function Result({ locale, table, decision, texts, rulePath }: Props) {
  const decided = decision.status !== 'needs-info';
  const rule = decision.ruleId ? table.rules.find((r) => r.id === decision.ruleId) : undefined;
  return (
    <section class="checker-result" aria-labelledby="checker-result-heading">
      <h2 id="checker-result-heading">{texts['checker.decision']}</h2>
      <p class="checker-outcome" role="status">
        <span class={`status status--${decision.status}`}>{t(locale, `status.${decision.status}`)}</span>{' '}
        <span>{t(locale, `status.${decision.status}.description`)}</span>
      </p>

      {!decided && (
        <div class="checker-decides">
          <h3>{texts['checker.decides']}</h3>
          <p>{fill(texts['checker.decides.more'], { count: decision.possible.length })}</p>
          <ul>
            {decision.missing.map((fact) => (
              <li key={fact}>
                <a href={`#q-${fact}`}>{t(locale, `question.${fact}`)}</a>
              </li>
            ))}
          </ul>
          <h3>{texts['checker.possible']}</h3>
          <ul>
            {decision.possible.map((status) => (
              <li key={status}>{t(locale, `status.${status}`)}</li>
            ))}
          </ul>
        </div>
      )}

      {rule && (
        <p>
          {texts['checker.rule']}: <a href={`${rulePath}${rule.id}/`}>{message(table, locale, rule.title)}</a>
        </p>
      )}

      {decision.steps.length > 0 && (
        <>
          <h3>{texts['checker.steps']}</h3>
          <ol class="steps">
            {decision.steps.map((step) => (
              <li key={step.id}>
                {step.text}
                {step.url && (
                  <>
                    {' '}
                    <a href={step.url} hreflang={locale}>
                      {stepLinkTitle(table, step.id, locale)}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}

      {decision.canAct !== null && (
        <p class={decision.canAct ? 'can-act' : 'can-act can-act--no'}>
          {decision.canAct
            ? texts['checker.canAct.yes']
            : fill(texts['checker.canAct.no'], {
                roles: table.edition.rolesThatMayAct
                  .map((role) => t(locale, `value.roles.${role}`))
                  .join(', '),
              })}
        </p>
      )}

      {decision.trace.length > 0 && (
        <>
          <h3>{texts['checker.why']}</h3>
          <ul>
            {decision.trace.map((entry) => (
              <li key={entry.fact}>{entry.text}</li>
            ))}
          </ul>
        </>
      )}

      {decision.assumptions.length > 0 && (
        <>
          <h3>{texts['checker.assumed']}</h3>
          <ul>
            {decision.assumptions.map((assumption) => (
              <li key={assumption.fact}>{assumption.text}</li>
            ))}
          </ul>
        </>
      )}

      {decision.caveats.length > 0 && (
        <aside class="caveat" aria-labelledby="checker-caveats-heading">
          <h3 id="checker-caveats-heading">{texts['checker.caveats']}</h3>
          {decision.caveats.map((caveat) => (
            <div key={caveat.id}>
              <p>{caveat.text}</p>
              <ul>
                {(table.caveats[caveat.id]?.links ?? []).map((link) => (
                  <li key={link}>
                    <a href={learnUrl(table, link, locale)} hreflang={locale}>
                      {message(table, locale, table.links[link]?.title ?? link)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </aside>
      )}
    </section>
  );
}
