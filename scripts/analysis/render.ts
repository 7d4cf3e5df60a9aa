/**
 * The publishable renderings: report.html (self-contained: inline CSS and SVG, no script,
 * no external URL), report.md and one CSV per table. They receive only resolved
 * (already-suppressed) tables, so they cannot print a number suppression hid.
 */
import { csvFormatRows } from 'd3-dsv';
import { escapeHtml } from '../../protocol/html.js';
import type { Chart } from './charts.js';
import type { KeyFindings } from './findings.js';
import type { ResolvedTable } from './tables.js';

export interface ReportContext {
  title: string;
  generatedOn: string;
  reports: number;
  synthetic: number;
  invalid: number;
  filteredOut: number;
  excludedSynthetic: number;
  filters: string;
  populationNote: string | null;
  /** Key findings from the published tables (findings.ts); null only while being built. */
  findings: KeyFindings | null;
}

export const SUPPRESSION_LEGEND = [
  '"<10": a count from 1 to 9, hidden so that no one can be picked out.',
  '"[c]": a larger count hidden so that a "<10" cannot be worked out from the totals.',
  '"n<10": a rate or ratio not shown because fewer than 10 reports lie behind it.',
  '"–": not defined (e.g. nothing to divide by).',
];

const GROUP_TITLES: Record<ResolvedTable['group'], string> = {
  counts: 'Counts',
  crosstab: 'Cross-tabulations',
  rates: 'Rates and disproportionality',
};

export function tableCsv(table: ResolvedTable): string {
  const rows = [
    ['key', table.rowHeader, ...table.columns.map((c) => c.label)],
    ...table.rows.map((r) => [r.key, r.label, ...r.cells.map((c) => c.display)]),
  ];
  return `${csvFormatRows(rows)}\n`;
}

const CSS = `
:root{color-scheme:light}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;margin:0 auto;padding:1rem 1.5rem 4rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #6a3d9a;padding-bottom:.2rem}h3{margin:2rem 0 .3rem}
.synthetic{border:6px solid #b00020;background:#fff0f0;color:#b00020;font-size:1.6rem;font-weight:800;text-align:center;padding:1rem;margin:1rem 0;letter-spacing:.04em}
.synthetic small{display:block;font-size:1rem;font-weight:600;letter-spacing:0}
.caveat{border-left:6px solid #e6a100;background:#fff8e1;padding:.6rem .9rem;margin:.6rem 0}
.legend{background:#f4f1f8;padding:.6rem .9rem}
.meta{color:#444}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0 1rem}
th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{background:#efeaf5;vertical-align:bottom;white-space:normal;min-width:3.2rem}
tr.unknown td{color:#555;font-style:italic}tr.subtotal td{background:#faf8fc}tr.total td{font-weight:700;background:#f2f2f2}
td.hidden{color:#8a2a2a}
figure{margin:1.5rem 0}.chart-missing{border:1px dashed #999;padding:.5rem .8rem;color:#333;max-width:48rem}figcaption{font-size:.85rem;color:#444;max-width:40rem}
.note{font-size:.9rem;color:#333;max-width:60rem}
.findings{border:2px solid #6a3d9a;border-radius:6px;padding:.3rem 1.1rem .6rem;margin:1rem 0;background:#fbf9fd}
.findings h2{margin-top:.6rem;border:0}.findings li{margin:.35rem 0}
@media print{.synthetic{border-width:3px}}
`;

function htmlTable(t: ResolvedTable): string {
  const head = `<tr><th scope="col">${escapeHtml(t.rowHeader)}</th>${t.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map((r) => {
      const cells = r.cells
        .map((c) => `<td${c.display === '<10' || c.display === '[c]' || c.display === 'n<10' ? ' class="hidden"' : ''}>${escapeHtml(c.display)}</td>`)
        .join('');
      return `<tr${r.role ? ` class="${r.role}"` : ''}><th scope="row">${escapeHtml(r.label)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table id="table-${escapeHtml(t.id)}"><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

function syntheticBanner(ctx: ReportContext): string {
  if (ctx.synthetic === 0) return '';
  return `<div class="synthetic" role="alert">SYNTHETIC DATA — NOT REAL REPORTS<small>${ctx.synthetic.toLocaleString('en-GB')} of ${ctx.reports.toLocaleString('en-GB')} reports were made up by <code>npm run simulate</code> for testing. Do not publish these figures.</small></div>`;
}

export function findingsHtml(f: KeyFindings | null): string {
  if (!f) return '';
  const list = f.findings.length > 0 ? `<ul>${f.findings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : '<p>No finding can be stated without a figure that is hidden to protect small counts.</p>';
  return `<section class="findings" aria-labelledby="key-findings"><h2 id="key-findings">Key findings</h2><p>${escapeHtml(f.opening)}</p>${list}</section>`;
}

function findingsMarkdown(f: KeyFindings | null): string[] {
  if (!f) return [];
  return ['## Key findings', '', f.opening, '', ...(f.findings.length > 0 ? f.findings.map((x) => `- ${x}`) : ['No finding can be stated without a figure that is hidden to protect small counts.']), ''];
}

function contextLines(ctx: ReportContext): string[] {
  const lines = [
    `Reports analysed: ${ctx.reports.toLocaleString('en-GB')}.`,
    `Filters: ${ctx.filters}.`,
  ];
  if (ctx.filteredOut > 0) lines.push(`Reports outside the filters: ${ctx.filteredOut.toLocaleString('en-GB')}.`);
  if (ctx.excludedSynthetic > 0) lines.push(`Synthetic reports left out: ${ctx.excludedSynthetic.toLocaleString('en-GB')}.`);
  if (ctx.invalid > 0) lines.push(`Input lines that failed validation and were not counted: ${ctx.invalid.toLocaleString('en-GB')} (see summary.json).`);
  lines.push(ctx.populationNote ?? 'No population file was given, so there are no rates.');
  return lines;
}

export function renderHtml(ctx: ReportContext, tables: ResolvedTable[], charts: Chart[]): string {
  const sections = (['counts', 'crosstab', 'rates'] as const)
    .map((g) => {
      const ts = tables.filter((t) => t.group === g);
      if (ts.length === 0) return '';
      return `<h2>${GROUP_TITLES[g]}</h2>\n${ts
        .map((t) => {
          const notes = t.notes.map((n, i) => (g === 'rates' && i === 0 ? `<p class="caveat"><strong>Self-selected sample.</strong> ${escapeHtml(n)}</p>` : `<p class="note">${escapeHtml(n)}</p>`)).join('\n');
          return `<section><h3>${escapeHtml(t.title)}</h3>\n${notes}\n${htmlTable(t)}</section>`;
        })
        .join('\n')}`;
    })
    .join('\n');
  const figures = charts
    .map((c) => (c.svg === null
      ? `<p class="chart-missing" id="${escapeHtml(c.id)}">${escapeHtml(c.caption)}</p>`
      : `<figure id="${escapeHtml(c.id)}">${c.svg}${c.caption ? `<figcaption>${escapeHtml(c.caption)}</figcaption>` : ''}</figure>`))
    .join('\n');
  const hasRates = tables.some((t) => t.group === 'rates');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(ctx.title)}</title>
<style>${CSS}</style>
</head>
<body>
${syntheticBanner(ctx)}
<h1>${escapeHtml(ctx.title)}</h1>
${findingsHtml(ctx.findings)}
<p class="meta">Generated on ${escapeHtml(ctx.generatedOn)}. ${contextLines(ctx).map(escapeHtml).join(' ')}</p>
<p class="caveat"><strong>Witness reports are a self-selected sample, not a census of scans.</strong> They show what people chose to report to the campaign; they cannot say how many scans happened${hasRates ? ', and a rate here is reports per population, not scans per population' : ''}.</p>
<div class="legend"><strong>How small numbers are hidden</strong><ul>${SUPPRESSION_LEGEND.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>Unknown, unsure, "prefer not to say" and unanswered questions are shown as their own rows and left out of "% of known answers" and of rates.</div>
<h2>Charts</h2>
${figures}
${sections}
${syntheticBanner(ctx)}
</body>
</html>
`;
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function renderMarkdown(ctx: ReportContext, tables: ResolvedTable[], charts: Chart[]): string {
  const out: string[] = [];
  if (ctx.synthetic > 0) {
    out.push(`> **⚠ SYNTHETIC DATA — NOT REAL REPORTS.** ${ctx.synthetic.toLocaleString('en-GB')} of ${ctx.reports.toLocaleString('en-GB')} reports were made up by \`npm run simulate\`. Do not publish these figures.`, '');
  }
  out.push(`# ${ctx.title}`, '', ...findingsMarkdown(ctx.findings), `Generated on ${ctx.generatedOn}. ${contextLines(ctx).join(' ')}`, '');
  out.push('> **Witness reports are a self-selected sample, not a census of scans.** They show what people chose to report to the campaign; they cannot say how many scans happened.', '');
  out.push('**How small numbers are hidden**', '', ...SUPPRESSION_LEGEND.map((l) => `- ${mdCell(l)}`), '');
  out.push('## Charts', '');
  for (const c of charts) {
    if (c.svg === null) {
      out.push(`*${mdCell(c.caption)}*`, '');
      continue;
    }
    out.push(`![${c.title}](charts/${c.id}.svg)`, '');
    if (c.caption) out.push(`*${mdCell(c.caption)}*`, '');
  }
  for (const g of ['counts', 'crosstab', 'rates'] as const) {
    const ts = tables.filter((t) => t.group === g);
    if (ts.length === 0) continue;
    out.push(`## ${GROUP_TITLES[g]}`, '');
    for (const t of ts) {
      out.push(`### ${t.title}`, '');
      t.notes.forEach((n, i) => out.push(g === 'rates' && i === 0 ? `> **Self-selected sample.** ${mdCell(n)}` : mdCell(n), ''));
      out.push(`| ${[t.rowHeader, ...t.columns.map((c) => c.label)].map(mdCell).join(' | ')} |`);
      out.push(`|${['---', ...t.columns.map(() => '---:')].join('|')}|`);
      for (const r of t.rows) {
        const rowLabel = r.role === 'total' ? `**${r.label}**` : r.label;
        out.push(`| ${[rowLabel, ...r.cells.map((c) => c.display)].map(mdCell).join(' | ')} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
