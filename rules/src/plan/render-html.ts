// The plan as one self-contained HTML page that prints well (A4, no cut rows, links spelled
// out). Every text from a file or a table is escaped; the page has no script.
import { planText } from '../import/messages.ts';
import { earlierLine, questionLine } from './lines.ts';
import type { Plan, PlanRow } from './plan.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 18pt; margin: 0 0 .2em; }
h2 { font-size: 14pt; margin: 1.5em 0 .4em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.summary { width: auto; min-width: 24em; table-layout: auto; }
th, td { border: 1px solid #bbb; padding: .3em .5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
col.name { width: 14%; } col.source { width: 11%; } col.facts { width: 30%; }
col.steps { width: 20%; } col.questions { width: 13%; } col.other { width: 12%; }
td.other { font-size: 8.5pt; }
th { background: #eee; }
td.num { text-align: right; }
ul, ol { margin: 0; padding-left: 1.2em; }
.reading { color: #444; font-size: 9pt; }
code { font-size: 9pt; overflow-wrap: anywhere; }
@media print {
  body { margin: 0; font-size: 9pt; }
  @page { size: A4 landscape; margin: 12mm; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; overflow-wrap: anywhere; }
}`;

const COLUMNS = `<colgroup>${['name', 'source', 'facts', 'steps', 'questions', 'other']
  .map((c) => `<col class="${c}">`)
  .join('')}</colgroup>`;

function list(items: string[], ordered = false): string {
  if (items.length === 0) return '';
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
}

function link(url: string | null, text: string): string {
  return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function rowHtml(plan: Plan, r: PlanRow): string {
  const facts = list(
    r.facts.map(
      (f) =>
        `<strong>${escapeHtml(f.label)}</strong>: ${escapeHtml(f.text)}${list(
          f.readings.map(
            (x) =>
              `<span class="reading">${escapeHtml(x.file)}, <code>${escapeHtml(x.field)}</code>: ${escapeHtml(x.text)}</span>`,
          ),
        )}`,
    ),
  );
  const questions = list(r.questions.map((q) => escapeHtml(questionLine(q))));
  const steps =
    list(
      r.steps.map((s) => link(s.url, s.text)),
      true,
    ) +
    list([
      ...r.caveats.map((c) => `${escapeHtml(c.text)} ${c.urls.map((u) => link(u, u)).join(' ')}`),
      ...r.assumptions.map(escapeHtml),
      ...(r.earlier ? [escapeHtml(earlierLine(plan, r.earlier))] : []),
      ...(r.skipped ? [escapeHtml(r.skipped)] : []),
    ]);
  const other = list(
    Object.entries(r.otherFields).map(([k, v]) => `<code>${escapeHtml(k)}</code>: ${escapeHtml(v)}`),
  );
  return `<tr><td>${escapeHtml(r.name)}<br><code>${escapeHtml(r.id)}</code></td><td>${escapeHtml(
    r.files.join(', '),
  )}</td><td>${facts}</td><td>${steps}</td><td>${questions}</td><td class="other">${other}</td></tr>`;
}

export function planHtml(plan: Plan): string {
  const p = (key: string, params?: Record<string, string>) => escapeHtml(planText(plan.locale, key, params));
  const head = `<tr><th>${p('plan.col.name')}</th><th>${p('plan.col.source')}</th><th>${p('plan.col.facts')}</th><th>${p(
    'plan.col.steps',
  )}</th><th>${p('plan.col.questions')}</th><th>${p('plan.col.other')}</th></tr>`;
  const section = (title: string, id: string, rows: PlanRow[]) =>
    `<section id="${escapeHtml(id)}"><h2>${escapeHtml(title)} (${rows.length})</h2><table>${COLUMNS}<thead>${head}</thead><tbody>${rows
      .map((r) => rowHtml(plan, r))
      .join('\n')}</tbody></table></section>`;
  const summary = [
    ...plan.groups.map(
      (g) =>
        `<tr><td><a href="#${escapeHtml(g.status)}">${escapeHtml(g.label)}</a></td><td class="num">${g.count}</td></tr>`,
    ),
    ...(plan.skipped.length
      ? [`<tr><td>${p('plan.skipped')}</td><td class="num">${plan.skipped.length}</td></tr>`]
      : []),
    `<tr><th>${p('plan.total')}</th><td class="num">${plan.total}</td></tr>`,
  ].join('');
  const notes = plan.files.flatMap((f) => f.notes.map((n) => `${escapeHtml(f.file)}: ${escapeHtml(n)}`));
  return `<!doctype html>
<html lang="${plan.locale}">
<head>
<meta charset="utf-8">
<title>${p('plan.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${p('plan.title')}</h1>
<p>${escapeHtml(plan.edition.text)}</p>
<p>${p('plan.generated', { files: plan.files.map((f) => `${f.file} (${f.formatName})`).join(', ') })}</p>
${notes.length ? `<h2>${p('plan.notes')}</h2>${list(notes)}` : ''}
<h2>${p('plan.summary')}</h2>
<table class="summary"><thead><tr><th>${p('plan.col.status')}</th><th>${p('plan.col.count')}</th></tr></thead><tbody>${summary}</tbody></table>
${plan.groups.map((g) => section(g.label, g.status, g.rows)).join('\n')}
${plan.skipped.length ? section(planText(plan.locale, 'plan.skipped'), 'skipped', plan.skipped) : ''}
</body>
</html>
`;
}
