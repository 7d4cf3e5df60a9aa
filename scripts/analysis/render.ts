/**
 * The publishable renderings: report.html (self-contained: inline CSS and SVG, no script,
 * no external URL), report.md and one CSV per table. They receive only resolved
 * (already-suppressed) tables, so they cannot print a number suppression hid.
 */
import { csvFormatRows } from 'd3-dsv';
import { escapeHtml } from '../../protocol/html.js';
import type { Chart } from './charts.js';
import type { KeyFindings } from './findings.js';
import { CAMPAIGN_ASKS, MIN_BRIEFING_REPORTS } from './briefing.js';
import type { ResolvedTable } from './table-model.js';

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
  briefing: 'Briefings',
};

/** The CSV keeps raw numbers: a published figure without its thousands separators. */
const csvCell = (c: ResolvedTable['rows'][number]['cells'][number]) => (c.value === null ? c.display : c.display.replaceAll(',', ''));

export function tableCsv(table: ResolvedTable): string {
  const rows = [['key', table.rowHeader, ...table.columns.map((c) => c.label)], ...table.rows.map((r) => [r.key, r.label, ...r.cells.map(csvCell)])];
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
.table-part{max-width:100%;overflow-x:auto;margin:.4rem 0 1rem}
table{border-collapse:collapse;font-size:.85rem}
caption{text-align:left;font-weight:600;padding:.2rem 0;color:#333}
th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:right}
td{white-space:nowrap}
tbody th{text-align:left;font-weight:normal;min-width:9rem;max-width:20rem}
thead th{background:#efeaf5;vertical-align:bottom;min-width:3.2rem;max-width:9rem}
thead th:first-child{text-align:left}
tr.unknown td,tr.unknown th{color:#555;font-style:italic}tr.subtotal td,tr.subtotal th{background:#faf8fc}tr.total td,tr.total th{font-weight:700;background:#f2f2f2}
td.hidden{color:#8a2a2a}
figure{margin:1.5rem 0}figcaption{font-size:.85rem;color:#444;max-width:40rem}
figure svg{max-width:100%;height:auto}
.note{font-size:.9rem;color:#333;max-width:60rem}
.briefing{margin-top:3rem}.briefing h2{margin-top:0}
.briefing-tables{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-start}.briefing-tables h3{margin-top:.6rem}
.letter{border:1px solid #bbb;padding:.2rem 1rem;font-family:Georgia,"Times New Roman",serif;max-width:48rem}.letter p{margin:.45rem 0}
.small{font-size:.85rem}
.summary-page .findings li{margin:.3rem 0}.asks ol{padding-left:1.4rem}.asks li{margin:.3rem 0}
.contents ol{padding-left:1.4rem}.contents ol ol{columns:2;column-gap:2rem;font-size:.9rem}.contents a{color:#3d1f66}
.too-early{border-left:6px solid #6a3d9a;background:#f4f1f8;padding:.4rem 1rem;max-width:48rem}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .synthetic{border-width:3px;font-size:14pt}
  h2{break-before:auto;break-after:avoid}h3,caption{break-after:avoid}
  .table-part{overflow:visible;break-inside:avoid}
  table{font-size:8.5pt}
  thead{display:table-header-group}tr{break-inside:avoid}
  figure,.findings,.caveat{break-inside:avoid}
  .summary-page,.contents{break-after:page}
  .summary-page h1{font-size:18pt;margin-top:0}.summary-page h2{margin-top:1rem;font-size:13pt}.summary-page .findings li,.asks li{margin:.2rem 0}
  .contents ol ol{font-size:8.5pt}.contents a{color:inherit;text-decoration:none}
  .briefing{break-before:page;margin-top:0;font-size:8.5pt}
  .briefing th,.briefing td{padding:.05rem .35rem;line-height:1.25}.briefing p{margin:.3rem 0}.briefing ul{margin:.2rem 0}
  .briefing table{font-size:7.5pt}.briefing tbody th{min-width:0;max-width:11rem}.briefing .table-part{margin:.2rem 0 .4rem}.briefing h3{margin:.35rem 0 .1rem;font-size:10pt}.briefing h2{font-size:14pt}
  .briefing .findings{padding:.1rem .6rem;font-size:8pt}.briefing .findings li{margin:.1rem 0}.briefing .findings p.sub{margin:.2rem 0 0}
  .letter{font-size:8.5pt;padding:0 .6rem}.letter p{margin:.25rem 0}
}
`;

/** Wider tables are printed in parts of at most this many columns (plus the row labels). */
export const MAX_PRINT_COLUMNS = 7;

/** The column parts a table is printed in: its own `parts`, or even chunks of MAX_PRINT_COLUMNS. */
export function tableParts(t: ResolvedTable): { title: string | null; columns: number[] }[] {
  const index = (key: string) => t.columns.findIndex((c) => c.key === key);
  if (t.parts) return t.parts.map((p) => ({ title: p.title, columns: p.columns.map(index).filter((i) => i >= 0) }));
  const n = t.columns.length;
  if (n <= MAX_PRINT_COLUMNS) return [{ title: null, columns: t.columns.map((_, i) => i) }];
  const chunks = Math.ceil(n / MAX_PRINT_COLUMNS);
  const size = Math.ceil(n / chunks);
  return Array.from({ length: chunks }, (_, k) => {
    const columns = t.columns.map((_, i) => i).slice(k * size, (k + 1) * size);
    return { title: `Part ${k + 1} of ${chunks}: ${t.columns[columns[0]!]!.label} to ${t.columns[columns[columns.length - 1]!]!.label}`, columns };
  });
}

function htmlTable(t: ResolvedTable): string {
  return tableParts(t)
    .map((part, k) => {
      const head = `<tr><th scope="col">${escapeHtml(t.rowHeader)}</th>${part.columns.map((i) => `<th scope="col">${escapeHtml(t.columns[i]!.label)}</th>`).join('')}</tr>`;
      const body = t.rows
        .map((r) => {
          const cells = part.columns
            .map((i) => r.cells[i]!)
            .map((c) => `<td${c.display === '<10' || c.display === '[c]' || c.display === 'n<10' ? ' class="hidden"' : ''}>${escapeHtml(c.display)}</td>`)
            .join('');
          return `<tr${r.role ? ` class="${r.role}"` : ''}><th scope="row">${escapeHtml(r.label)}</th>${cells}</tr>`;
        })
        .join('\n');
      const caption = part.title ? `<caption>${escapeHtml(part.title)}</caption>` : '';
      return `<div class="table-part"><table id="table-${escapeHtml(t.id)}${k === 0 ? '' : `-part${k + 1}`}">${caption}<thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
    })
    .join('\n');
}

function syntheticBanner(ctx: ReportContext): string {
  if (ctx.synthetic === 0) return '';
  return `<div class="synthetic" role="alert">SYNTHETIC DATA — NOT REAL REPORTS<small>${ctx.synthetic.toLocaleString('en-GB')} of ${ctx.reports.toLocaleString('en-GB')} reports were made up by <code>npm run simulate</code> for testing. Do not publish these figures.</small></div>`;
}

export function findingsHtml(f: KeyFindings | null): string {
  if (!f) return '';
  const list =
    f.findings.length > 0
      ? `<ul>${f.findings.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
      : '<p>No finding can be stated without a figure that is hidden to protect small counts.</p>';
  return `<section class="findings" aria-labelledby="key-findings"><h2 id="key-findings">Key findings</h2><p>${escapeHtml(f.opening)}</p>${list}</section>`;
}

function findingsMarkdown(f: KeyFindings | null): string[] {
  if (!f) return [];
  return [
    '## Key findings',
    '',
    f.opening,
    '',
    ...(f.findings.length > 0 ? f.findings.map((x) => `- ${x}`) : ['No finding can be stated without a figure that is hidden to protect small counts.']),
    '',
  ];
}

function contextLines(ctx: ReportContext): string[] {
  const lines = [`Reports analysed: ${ctx.reports.toLocaleString('en-GB')}.`, `Filters: ${ctx.filters}.`];
  if (ctx.filteredOut > 0) lines.push(`Reports outside the filters: ${ctx.filteredOut.toLocaleString('en-GB')}.`);
  if (ctx.excludedSynthetic > 0) lines.push(`Synthetic reports left out: ${ctx.excludedSynthetic.toLocaleString('en-GB')}.`);
  if (ctx.invalid > 0) lines.push(`Input lines that failed validation and were not counted: ${ctx.invalid.toLocaleString('en-GB')} (see summary.json).`);
  lines.push(ctx.populationNote ?? 'No population file was given, so there are no rates.');
  return lines;
}

function htmlHead(title: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface Briefing {
  force: string;
  label: string;
  reports: number;
  /** Comparisons against the force's population (ratios with intervals), and counts said as counts. */
  findings: KeyFindings & { counts: string[] };
  /** Whether the population file covers the force (so there is a rates table to compare with). */
  hasPopulation: boolean;
  letter: string[];
  /** The force's published tables: month, ethnicity, scan result, outcome, and its rates table if any. */
  tables: ResolvedTable[];
}

/**
 * What a briefing may state: comparisons against the force's population (ratios with their
 * intervals) as findings; without population figures, a plain sentence saying there is no
 * comparison; what the reports describe as counts, labelled as counts.
 */
function briefingFindingsHtml(b: Briefing): string {
  const list = (items: string[]) => `<ul>${items.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`;
  const comparisons =
    b.findings.findings.length > 0
      ? `<p class="sub"><strong>Compared with the people who live in the area:</strong></p>${list(b.findings.findings.slice(0, 2))}`
      : `<p class="no-comparison"><strong>No comparison with the population.</strong> ${escapeHtml(
          b.hasPopulation
            ? `There are not yet enough reports about ${b.label} to compare with the people who live there, so this page states no finding about who is scanned more: it gives counts only.`
            : `There are no population figures for ${b.label} in this analysis, so these reports are not compared with the people who live there and this page states no finding about who is scanned more: it gives counts only.`,
        )}</p>`;
  const counts = b.findings.counts.length > 0 ? `<p class="sub"><strong>What the reports describe (counts):</strong></p>${list(b.findings.counts)}` : '';
  return comparisons + counts;
}

/** briefings.html: one A4 page per force (print), the same disclosure control as the report. */
export function renderBriefingsHtml(ctx: ReportContext, briefings: Briefing[]): string {
  const pages = briefings.map((b) => {
    const byKind = (suffix: string) => b.tables.find((t) => t.id.endsWith(suffix));
    const small = ['ethnicity-5', 'scan-result'].map(byKind).filter((t): t is ResolvedTable => t !== undefined);
    const rates = b.tables.find((t) => t.group === 'rates');
    const ratesHtml = rates
      ? `<h3>Rates per ${rates.columns.find((c) => c.key === 'rate')?.label.replace('Rate per ', '') ?? ''} people and ratios against ${escapeHtml(rates.rows.find((r) => r.cells.some((c) => c.display === 'reference'))?.label ?? 'the reference')}</h3>${htmlTable({ ...rates, parts: [{ title: '', columns: ['reports', 'rate', 'ratio', 'ratioLower', 'ratioUpper'] }] })}`
      : '<p class="note">There are no population figures for this force, so there are no rates or ratios for it.</p>';
    return `<section class="briefing" id="briefing-${escapeHtml(b.force)}">
<h2>${escapeHtml(b.label)}: what witnesses reported</h2>
<div class="findings"><p>${escapeHtml(b.findings.opening)}</p>${briefingFindingsHtml(b)}</div>
<div class="briefing-tables">${small.map((t) => `<div><h3>${escapeHtml(capitalised(t.title.replace(`${b.label}: `, '')))}</h3>${htmlTable(t)}</div>`).join('')}</div>
${ratesHtml}
<h3>Draft letter to the MP or police and crime commissioner</h3>
<div class="letter">${b.letter.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>
</section>`;
  });
  return `${htmlHead(`${ctx.title}: briefings by police force`)}
${syntheticBanner(ctx)}
<h1>${escapeHtml(ctx.title)}: briefings by police force</h1>
<p class="meta">Generated on ${escapeHtml(ctx.generatedOn)}. One page per police force with at least ${MIN_BRIEFING_REPORTS} reports (${briefings.length}). Small numbers are hidden as in the full report: ${SUPPRESSION_LEGEND.slice(0, 3).map(escapeHtml).join(' ')}</p>
${pages.join('\n')}
</body>
</html>
`;
}

export function renderHtml(ctx: ReportContext, tables: ResolvedTable[], charts: Chart[]): string {
  const groups = (['counts', 'crosstab', 'rates'] as const).map((g) => ({ g, ts: tables.filter((t) => t.group === g) })).filter(({ ts }) => ts.length > 0);
  const sections = groups
    .map(({ g, ts }) => {
      return `<h2 id="group-${g}">${GROUP_TITLES[g]}</h2>\n${ts
        .map((t) => {
          const notes = t.notes
            .map((n, i) =>
              g === 'rates' && i === 0
                ? `<p class="caveat"><strong>Self-selected sample.</strong> ${escapeHtml(n)}</p>`
                : `<p class="note">${escapeHtml(n)}</p>`,
            )
            .join('\n');
          return `<section id="section-${escapeHtml(t.id)}"><h3>${escapeHtml(t.title)}</h3>\n${notes}\n${htmlTable(t)}</section>`;
        })
        .join('\n')}`;
    })
    .join('\n');
  const figures = charts
    .map((c) =>
      c.svg === null
        ? `<p class="chart-missing" id="${escapeHtml(c.id)}">${escapeHtml(c.caption)}</p>`
        : `<figure id="${escapeHtml(c.id)}">${c.svg}${c.caption ? `<figcaption>${escapeHtml(c.caption)}</figcaption>` : ''}</figure>`,
    )
    .join('\n');
  const hasRates = tables.some((t) => t.group === 'rates');
  const contents = [
    '<li><a href="#about">About these figures</a></li>',
    '<li><a href="#charts">Charts</a></li>',
    ...groups.map(
      ({ g, ts }) =>
        `<li><a href="#group-${g}">${GROUP_TITLES[g]}</a><ol>${ts.map((t) => `<li><a href="#section-${escapeHtml(t.id)}">${escapeHtml(t.title)}</a></li>`).join('')}</ol></li>`,
    ),
  ];
  return `${htmlHead(ctx.title)}
${syntheticBanner(ctx)}
<section class="summary-page" aria-labelledby="report-title">
<h1 id="report-title">${escapeHtml(ctx.title)}</h1>
<p class="meta">Summary for MPs, police and crime commissioners and the press. Generated on ${escapeHtml(ctx.generatedOn)} from ${escapeHtml(ctx.reports.toLocaleString('en-GB'))} witness reports.</p>
${findingsHtml(ctx.findings)}
<p class="caveat"><strong>Witness reports are a self-selected sample, not a census of scans.</strong> They show what people chose to report to the campaign; they cannot say how many scans happened${hasRates ? ', and a rate here is reports per population, not scans per population' : ''}.</p>
<section class="asks" aria-labelledby="asks"><h2 id="asks">What the campaign asks of every police force</h2><ol>${CAMPAIGN_ASKS.map((a) => `<li>${escapeHtml(capitalised(a))}</li>`).join('')}</ol></section>
</section>
<nav class="contents" aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>${contents.join('')}</ol></nav>
<h2 id="about">About these figures</h2>
<p class="meta">${contextLines(ctx).map(escapeHtml).join(' ')}</p>
<div class="legend"><strong>How small numbers are hidden</strong><ul>${SUPPRESSION_LEGEND.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>Unknown, unsure, "prefer not to say" and unanswered questions are shown as their own rows and left out of "% of known answers" and of rates.</div>
<h2 id="charts">Charts</h2>
${figures}
${sections}
${syntheticBanner(ctx)}
</body>
</html>
`;
}

/** What the report says below the minimum number of reports: too early, and how many more are needed. */
export function tooEarlyText(ctx: ReportContext, needed: number): { heading: string; paragraphs: string[] } {
  const n = ctx.reports.toLocaleString('en-GB');
  const minimum = (ctx.reports + needed).toLocaleString('en-GB');
  return {
    heading: 'Too early to publish figures',
    paragraphs: [
      `The campaign has ${n} witness report${ctx.reports === 1 ? '' : 's'} so far. At least ${minimum} are needed before this report publishes any figure: ` +
        `with fewer, nearly every number would have to be hidden so that no witness can be picked out, and what remained could mislead.`,
      `${needed.toLocaleString('en-GB')} more report${needed === 1 ? ' is' : 's are'} needed. Run the analysis again when they have arrived.`,
      'Witness reports are a self-selected sample, not a census of scans: even then, they show what people chose to report, not how often police scan each group.',
    ],
  };
}

export function renderTooEarlyHtml(ctx: ReportContext, needed: number): string {
  const t = tooEarlyText(ctx, needed);
  return `${htmlHead(ctx.title)}
${syntheticBanner(ctx)}
<h1>${escapeHtml(ctx.title)}</h1>
<section class="too-early" aria-labelledby="too-early"><h2 id="too-early">${escapeHtml(t.heading)}</h2>${t.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>
<p class="meta">Generated on ${escapeHtml(ctx.generatedOn)}. Filters: ${escapeHtml(ctx.filters)}.</p>
</body>
</html>
`;
}

export function renderTooEarlyMarkdown(ctx: ReportContext, needed: number): string {
  const t = tooEarlyText(ctx, needed);
  const synthetic = ctx.synthetic > 0 ? ['> **⚠ SYNTHETIC DATA — NOT REAL REPORTS.** Do not publish.', ''] : [];
  return [
    ...synthetic,
    `# ${ctx.title}`,
    '',
    `## ${t.heading}`,
    '',
    ...t.paragraphs.flatMap((p) => [p, '']),
    `Generated on ${ctx.generatedOn}. Filters: ${ctx.filters}.`,
    '',
  ].join('\n');
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function renderMarkdown(ctx: ReportContext, tables: ResolvedTable[], charts: Chart[]): string {
  const out: string[] = [];
  if (ctx.synthetic > 0) {
    out.push(
      `> **⚠ SYNTHETIC DATA — NOT REAL REPORTS.** ${ctx.synthetic.toLocaleString('en-GB')} of ${ctx.reports.toLocaleString('en-GB')} reports were made up by \`npm run simulate\`. Do not publish these figures.`,
      '',
    );
  }
  out.push(`# ${ctx.title}`, '', ...findingsMarkdown(ctx.findings), `Generated on ${ctx.generatedOn}. ${contextLines(ctx).join(' ')}`, '');
  out.push(
    '> **Witness reports are a self-selected sample, not a census of scans.** They show what people chose to report to the campaign; they cannot say how many scans happened.',
    '',
  );
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
      for (const part of tableParts(t)) {
        if (part.title) out.push(`*${mdCell(part.title)}*`, '');
        out.push(`| ${[t.rowHeader, ...part.columns.map((i) => t.columns[i]!.label)].map(mdCell).join(' | ')} |`);
        out.push(`|${['---', ...part.columns.map(() => '---:')].join('|')}|`);
        for (const r of t.rows) {
          const rowLabel = r.role === 'total' ? `**${r.label}**` : r.label;
          out.push(`| ${[rowLabel, ...part.columns.map((i) => r.cells[i]!.display)].map(mdCell).join(' | ')} |`);
        }
        out.push('');
      }
    }
  }
  return out.join('\n');
}
