// The decision in words: the edition that decided, the outcome (or the question that decides),
// what an earlier edition said when this one does not address the case, then the rule, steps,
// how each fact matched, assumptions, whether the reader's roles may act, and caveats.
import {
  type Decision,
  type DecisionTable,
  type Locale,
  learnUrl,
  message,
  questionText,
  statusDescription,
  statusKind,
  statusLabel,
  valueLabel,
} from '@multichannel/rules';
import { fill } from '@multichannel/rules/ids';
import { stepLinkTitle } from '../../lib/learn.ts';
import type { EditionLinks } from './island-props.ts';
import type { CheckerTexts } from './texts.ts';

interface Props {
  locale: Locale;
  table: DecisionTable;
  /** Every edition the checker knows, to name the one an earlier outcome comes from. */
  editions: readonly DecisionTable[];
  decision: Decision;
  texts: CheckerTexts;
  links: Record<string, EditionLinks>;
}

const editionName = (table: DecisionTable, locale: Locale) =>
  `${message(table, locale, table.edition.title)} (${table.edition.id})`;

function StatusLabel({ table, locale, status }: { table: DecisionTable; locale: Locale; status: string }) {
  return (
    <span class={`status status--${statusKind(table, status) ?? 'unknown'}`}>
      {statusLabel(table, locale, status)}
    </span>
  );
}

export function Result({ locale, table, editions, decision, texts, links }: Props) {
  const decided = statusKind(table, decision.status) !== 'undecided';
  const rule = decision.ruleId ? table.rules.find((r) => r.id === decision.ruleId) : undefined;
  const own = links[table.edition.id];
  const earlier = decision.earlier;
  const earlierTable = earlier ? editions.find((t) => t.edition.id === earlier.edition) : undefined;
  const earlierLinks = earlier ? links[earlier.edition] : undefined;
  return (
    <section class="checker-result" aria-labelledby="checker-result-heading">
      <h2 id="checker-result-heading">{texts['checker.decision']}</h2>
      <p class="checker-edition-used">
        {texts['checker.decidedIn']}: <a href={own?.page}>{editionName(table, locale)}</a>
      </p>
      <p class="checker-outcome" role="status">
        <StatusLabel table={table} locale={locale} status={decision.status} />{' '}
        <span>{statusDescription(table, locale, decision.status)}</span>
      </p>

      {earlier !== undefined && (
        <div class="checker-earlier">
          {earlier && earlierTable ? (
            <p>
              {fill(texts['checker.earlier'], { edition: editionName(earlierTable, locale) })}{' '}
              <StatusLabel table={earlierTable} locale={locale} status={earlier.status} />
              {earlier.ruleId && earlierLinks && (
                <>
                  {' '}
                  (<a href={`${earlierLinks.rules}${earlier.ruleId}/`}>{texts['checker.earlier.rule']}</a>)
                </>
              )}
            </p>
          ) : (
            <p>{texts['checker.earlier.none']}</p>
          )}
        </div>
      )}

      {!decided && (
        <div class="checker-decides">
          <h3>{texts['checker.decides']}</h3>
          <p>{fill(texts['checker.decides.more'], { count: String(decision.possible.length) })}</p>
          <ul>
            {decision.missing.map((fact) => (
              <li key={fact}>
                <a href={`#q-${fact}`}>{questionText(table, locale, fact)}</a>
              </li>
            ))}
          </ul>
          <h3>{texts['checker.possible']}</h3>
          <ul>
            {decision.possible.map((status) => (
              <li key={status}>{statusLabel(table, locale, status)}</li>
            ))}
          </ul>
        </div>
      )}

      {rule && own && (
        <p>
          {texts['checker.rule']}:{' '}
          <a href={`${own.rules}${rule.id}/`}>{message(table, locale, rule.title)}</a>
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

      {decision.canAct !== null && table.mayAct && (
        <p class={decision.canAct ? 'can-act' : 'can-act can-act--no'}>
          {decision.canAct
            ? texts['checker.canAct.yes']
            : fill(texts['checker.canAct.no'], {
                roles: table.mayAct.values
                  .map((value) => valueLabel(table, locale, table.mayAct?.fact ?? '', value))
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
          <ul class="checker-assumptions">
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
