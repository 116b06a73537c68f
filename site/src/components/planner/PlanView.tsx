// The plan: the edition that decided, counts by status, then each status's rows. Rows are shown
// a page at a time (PAGE per status, "show more"): 50,000 subscriptions must not become 50,000
// DOM rows at once, and a row with its readings is some 40 elements. Printing shows every row.
import type { FactValue, Locale } from '@multichannel/rules';
import { fill } from '@multichannel/rules/ids';
import type { Plan, PlanRow } from '@multichannel/rules/plan';
import { useEffect, useState } from 'preact/hooks';
import { PlanRowView } from './PlanRowView.tsx';
import type { PlannerTexts } from './texts.ts';

export const PAGE = 50;

interface Props {
  locale: Locale;
  plan: Plan;
  texts: PlannerTexts;
  words: (key: string) => string;
  statusClass: (status: string) => string;
  onAnswer: (rowId: string, fact: string, value: FactValue | undefined) => void;
}

const SKIPPED = '\u0000skipped';

export function PlanView({ plan, ...rest }: Props) {
  const { texts, words } = rest;
  const [shown, setShown] = useState<Record<string, number>>({});
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const sections = [
    ...plan.groups.map((g) => ({
      key: g.status,
      title: g.label,
      status: g.status as string | null,
      rows: g.rows,
    })),
    ...(plan.skipped.length
      ? [{ key: SKIPPED, title: words('plan.skipped'), status: null, rows: plan.skipped }]
      : []),
  ];
  const section = (key: string, title: string, status: string | null, rows: PlanRow[]) => {
    const limit = printing ? rows.length : Math.min(rows.length, shown[key] ?? PAGE);
    return (
      <section key={key} class="plan-group" data-status={status ?? ''}>
        <h3>
          {title} (<span class="plan-group-count">{rows.length}</span>)
        </h3>
        <ul class="plan-rows">
          {rows.slice(0, limit).map((row) => (
            <PlanRowView key={row.id} row={row} {...rest} />
          ))}
        </ul>
        {limit < rows.length && (
          <p class="plan-more">
            {fill(texts['plan.shown'], { shown: String(limit), count: String(rows.length) })}{' '}
            <button type="button" onClick={() => setShown({ ...shown, [key]: limit + PAGE })}>
              {fill(texts['plan.more'], { count: String(Math.min(PAGE, rows.length - limit)) })}
            </button>
          </p>
        )}
      </section>
    );
  };
  return (
    <div class="plan">
      <p class="plan-edition">{plan.edition.text}</p>
      <h2>{words('plan.summary')}</h2>
      <table class="plan-summary">
        <thead>
          <tr>
            <th scope="col">{words('plan.col.status')}</th>
            <th scope="col">{words('plan.col.count')}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr key={s.key} data-status={s.status ?? ''}>
              <td>
                {s.status !== null ? (
                  <span class={`status ${rest.statusClass(s.status)}`}>{s.title}</span>
                ) : (
                  s.title
                )}
              </td>
              <td class="plan-count">{s.rows.length}</td>
            </tr>
          ))}
          <tr class="plan-total">
            <td>{words('plan.total')}</td>
            <td class="plan-count">{plan.total}</td>
          </tr>
        </tbody>
      </table>
      {sections.map((s) => section(s.key, s.title, s.status, s.rows))}
    </div>
  );
}
