// One subscription of the plan: its facts and how each was read, the status, the next steps with
// their links, and each open question as a choice of the candidates the files leave possible.

import type { FactValue, Locale } from '@multichannel/rules';
import { fill } from '@multichannel/rules/ids';
import type { PlanRow } from '@multichannel/rules/plan';
import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { PlannerTexts } from './texts.ts';

interface Props {
  locale: Locale;
  row: PlanRow;
  texts: PlannerTexts;
  /** The plan's own words (rules package), by key. */
  words: (key: string) => string;
  statusClass: (status: string) => string;
  onAnswer: (rowId: string, fact: string, value: FactValue | undefined) => void;
}

export function PlanRowView({ locale, row, texts, words, statusClass, onAnswer }: Props) {
  const base = useId();
  const questionId = (fact: string) => `${base}-${fact}`;
  return (
    <li class="plan-row" data-id={row.id} data-status={row.status ?? ''}>
      <h4>
        {row.name}{' '}
        {row.status !== null && <span class={`status ${statusClass(row.status)}`}>{row.statusLabel}</span>}
      </h4>
      <p class="plan-row-meta">
        <code>{row.id}</code> · {words('plan.col.source')}: {row.files.join(', ')}
      </p>
      {row.skipped && <p>{row.skipped}</p>}
      {row.facts.length > 0 && (
        <dl class="plan-facts">
          {row.facts.map((f) => (
            <div
              key={f.fact}
              class={f.answered ? 'plan-fact plan-fact--answered' : 'plan-fact'}
              data-fact={f.fact}
            >
              <dt>{f.label}</dt>
              <dd>
                <span class="plan-fact-value">{f.text}</span>
                {f.answered && (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="plan-undo"
                      onClick={() => onAnswer(row.id, f.fact, undefined)}
                    >
                      {fill(texts['plan.answer.undo'], { fact: f.label })}
                    </button>
                  </>
                )}
                <ul class="plan-readings" aria-label={texts['plan.readings']}>
                  {f.readings.map((x) => (
                    <li key={`${x.file}\u0000${x.field}\u0000${x.text}`}>
                      {x.file}, <code>{x.field}</code>: {x.text}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {row.questions.map((q) => (
        <p key={q.fact} class="plan-question" data-fact={q.fact}>
          <label for={questionId(q.fact)}>{q.text}</label>{' '}
          <select
            id={questionId(q.fact)}
            aria-label={`${texts['plan.answer']}: ${q.text}`}
            onChange={(event) => {
              const index = Number((event.target as HTMLSelectElement).value);
              if (index >= 0) onAnswer(row.id, q.fact, q.values[index]);
            }}
          >
            <option value="-1">{texts['plan.answer.choose']}</option>
            {q.values.map((value, i) => {
              const outcome = q.outcomes[i];
              return (
                <option key={String(value)} value={i}>
                  {outcome
                    ? fill(texts['plan.answer.leads'], {
                        answer: q.candidates[i] ?? '',
                        status: outcome.statusLabel,
                      })
                    : q.candidates[i]}
                </option>
              );
            })}
          </select>
        </p>
      ))}
      {row.assumptions.map((a) => (
        <p key={a} class="plan-assumed">
          {words('plan.assumed')}: {a}
        </p>
      ))}
      {row.earlier && (
        <p class="plan-earlier">
          {fill(words('plan.earlier'), { edition: row.earlier.edition, status: row.earlier.statusLabel })}
        </p>
      )}
      {row.steps.length > 0 && (
        <ol class="steps">
          {row.steps.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} hreflang={locale}>
                  {s.text}
                </a>
              ) : (
                s.text
              )}
            </li>
          ))}
        </ol>
      )}
      {row.caveats.map((c) => (
        <p key={c.text} class="caveat">
          {c.text}{' '}
          {c.urls.map((url) => (
            <Fragment key={url}>
              {' '}
              <a href={url}>{url}</a>
            </Fragment>
          ))}
        </p>
      ))}
    </li>
  );
}
