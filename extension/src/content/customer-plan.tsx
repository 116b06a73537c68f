// The customer's plan in the bought-elsewhere panel: its records grouped by status (as the
// edition in use decides each, through the session's advice cache), with counts.
import { useEffect, useState } from 'preact/hooks';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import type { BoughtElsewhereRecord, StoredFacts } from '../storage/bought-elsewhere-schema.ts';
import type { AdviceCache } from './background-client.ts';

interface Group {
  status: string;
  label: string;
  products: string[];
}

export function groupByStatus(
  records: readonly BoughtElsewhereRecord[],
  views: readonly AdviceView[],
): Group[] {
  const groups = new Map<string, Group>();
  records.forEach((record, i) => {
    const view = views[i];
    if (!view) return;
    const group = groups.get(view.status) ?? { status: view.status, label: view.label, products: [] };
    group.products.push(record.product);
    groups.set(view.status, group);
  });
  return [...groups.values()];
}

export function CustomerPlan(props: {
  records: readonly BoughtElsewhereRecord[];
  customerFacts: StoredFacts;
  advice: AdviceCache;
  locale: Locale;
}) {
  const { records, customerFacts, advice, locale } = props;
  const [groups, setGroups] = useState<Group[]>([]);
  useEffect(() => {
    let current = true;
    // The customer's answers hold for every record (they win over a record's own).
    Promise.all(records.map((r) => advice.load({ ...r.facts, ...customerFacts }))).then(
      (views) => current && setGroups(groupByStatus(records, views)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [records, customerFacts]);
  if (records.length === 0) return null;
  return (
    <section
      class="plan"
      data-multichannel-plan
      aria-label={ui(locale, 'plan.title', { count: records.length })}
    >
      <h3>{ui(locale, 'plan.title', { count: records.length })}</h3>
      <ul>
        {groups.map((g) => (
          <li
            key={g.status}
            data-multichannel-plan-status={g.status}
            data-multichannel-plan-count={g.products.length}
          >
            <strong>
              {g.label}: {g.products.length}
            </strong>{' '}
            <span class="hint">{g.products.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
