// The plan as text: md | json | csv | html. Formatting only; every word comes from the plan.
import Papa from 'papaparse';
import { planText } from '../import/messages.ts';
import { earlierLine, factLine, questionLine } from './lines.ts';
import type { Plan, PlanRow } from './plan.ts';
import { planHtml } from './render-html.ts';

export const PLAN_FORMATS = ['md', 'json', 'csv', 'html'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export function renderPlan(plan: Plan, format: PlanFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(plan, null, 2)}\n`;
    case 'csv':
      return planCsv(plan);
    case 'html':
      return planHtml(plan);
    case 'md':
      return planMarkdown(plan);
  }
}

/** Every row, decided ones first by status, then the entries that are not purchases. */
export function planRows(plan: Plan): PlanRow[] {
  return [...plan.groups.flatMap((g) => g.rows), ...plan.skipped];
}

function planCsv(plan: Plan): string {
  const p = (key: string) => planText(plan.locale, key);
  const fields = [
    'status',
    p('plan.col.status'),
    p('plan.col.name'),
    p('plan.col.id'),
    p('plan.col.source'),
    p('plan.col.facts'),
    p('plan.col.steps'),
    p('plan.col.questions'),
    p('plan.col.other'),
    'edition',
  ];
  const data = planRows(plan).map((r) => [
    r.status ?? '',
    r.skipped ?? r.statusLabel,
    r.name,
    r.id,
    r.files.join('; '),
    r.facts.map((f) => `${factLine(f)} (${f.readings.map((x) => x.text).join('; ')})`).join('\n'),
    [
      ...r.steps.map((s) => (s.url ? `${s.text} <${s.url}>` : s.text)),
      ...(r.earlier ? [earlierLine(plan, r.earlier)] : []),
    ].join('\n'),
    r.questions.map(questionLine).join('\n'),
    Object.entries(r.otherFields)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    plan.edition.id,
  ]);
  // escapeFormulae: names from customers' files must not run as spreadsheet formulas.
  return `${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

/** Markdown cells and text: no markup from the files may take effect. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function planMarkdown(plan: Plan): string {
  const p = (key: string, params?: Record<string, string>) => planText(plan.locale, key, params);
  const out = [
    `# ${md(p('plan.title'))}`,
    '',
    md(plan.edition.text),
    '',
    md(p('plan.generated', { files: plan.files.map((f) => `${f.file} (${f.formatName})`).join(', ') })),
    '',
  ];
  const notes = plan.files.flatMap((f) => f.notes.map((n) => `- ${md(f.file)}: ${md(n)}`));
  if (notes.length) out.push(`## ${md(p('plan.notes'))}`, '', ...notes, '');
  out.push(
    `## ${md(p('plan.summary'))}`,
    '',
    `| ${p('plan.col.status')} | ${p('plan.col.count')} |`,
    '|---|---:|',
  );
  for (const g of plan.groups) out.push(`| ${md(g.label)} \`${g.status}\` | ${g.count} |`);
  if (plan.skipped.length) out.push(`| ${md(p('plan.skipped'))} | ${plan.skipped.length} |`);
  out.push(`| ${md(p('plan.total'))} | ${plan.total} |`, '');
  const section = (title: string, rows: PlanRow[]) => {
    out.push(`## ${md(title)} (${rows.length})`, '');
    for (const r of rows) {
      out.push(`### ${md(r.name)}`, '', `- ${md(p('plan.col.id'))}: \`${r.id.replace(/`/g, "'")}\``);
      out.push(`- ${md(p('plan.col.source'))}: ${md(r.files.join(', '))}`);
      if (r.skipped) out.push(`- ${md(r.skipped)}`);
      for (const f of r.facts) {
        out.push(`- ${md(factLine(f))}`);
        for (const x of f.readings) out.push(`  - ${md(x.file)}, ${md(x.field)}: ${md(x.text)}`);
      }
      for (const a of r.assumptions) out.push(`- ${md(p('plan.assumed'))}: ${md(a)}`);
      if (r.earlier) out.push(`- ${md(earlierLine(plan, r.earlier))}`);
      if (r.questions.length) {
        out.push(`- ${md(p('plan.col.questions'))}:`);
        for (const q of r.questions) out.push(`  - ${md(questionLine(q))}`);
      }
      if (r.steps.length) {
        out.push(`- ${md(p('plan.col.steps'))}:`);
        r.steps.forEach((s, i) => {
          out.push(`  ${i + 1}. ${md(s.text)}${s.url ? ` <${s.url}>` : ''}`);
        });
      }
      for (const c of r.caveats) out.push(`- ${md(c.text)} ${c.urls.map((u) => `<${u}>`).join(' ')}`);
      const other = Object.entries(r.otherFields);
      if (other.length)
        out.push(`- ${md(p('plan.col.other'))}: ${other.map(([k, v]) => `${md(k)}=${md(v)}`).join(', ')}`);
      out.push('');
    }
  };
  for (const g of plan.groups) section(`${g.label} (${g.status})`, g.rows);
  if (plan.skipped.length) section(p('plan.skipped'), plan.skipped);
  return `${out.join('\n')}\n`;
}
