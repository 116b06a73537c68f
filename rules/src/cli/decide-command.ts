import { decide } from '../decide.ts';
import { loadEditions } from '../editions-node.ts';
import { statusLabel, t } from '../texts.ts';
import { factsFrom, localeFrom, type ParsedValues } from './args.ts';

export function decideCommand(values: ParsedValues, out: (s: string) => void): number {
  const facts = factsFrom(values);
  const locale = localeFrom(values);
  const set = loadEditions();
  const table = values.edition ? set.getEdition(values.edition) : set.latestEdition;
  const decision = decide(table, facts, { locale });
  if (values.json) {
    const { edition, status, ruleId, missing, possible, canAct, steps, assumptions, trace, caveats } =
      decision;
    out(
      `${JSON.stringify({ edition, status, ruleId, missing, possible, canAct, steps, assumptions, trace, caveats, locale }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = [`${statusLabel(locale, decision.status)} [${decision.status}]`];
  lines.push(`  ${t(locale, `status.${decision.status}.description`)}`);
  lines.push(`  edition ${decision.edition}${decision.ruleId ? `, rule ${decision.ruleId}` : ''}`);
  if (decision.missing.length) {
    lines.push('', 'To decide, answer:');
    for (const fact of decision.missing) lines.push(`  --${flagOf(fact)}: ${t(locale, `question.${fact}`)}`);
    lines.push('', `Still possible: ${decision.possible.join(', ')}`);
  }
  if (decision.steps.length) {
    lines.push('', 'Next steps:');
    decision.steps.forEach((step, i) => {
      lines.push(`  ${i + 1}. ${step.text}`);
      if (step.url) lines.push(`     ${step.url}`);
    });
  }
  if (decision.trace.length) {
    lines.push('', 'Why:');
    for (const entry of decision.trace) lines.push(`  - ${entry.text}`);
  }
  for (const assumption of decision.assumptions) lines.push('', `Assumed: ${assumption.text}`);
  for (const caveat of decision.caveats)
    lines.push('', `Caveat: ${caveat.text}`, ...caveat.urls.map((u) => `  ${u}`));
  if (decision.canAct !== null) {
    lines.push(
      '',
      decision.canAct
        ? 'Your roles may act on this.'
        : `Your roles may not act on this; needed: ${table.edition.rolesThatMayAct.join(', ')}.`,
    );
  }
  out(`${lines.join('\n')}\n`);
  return 0;
}

function flagOf(fact: string): string {
  return fact.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
