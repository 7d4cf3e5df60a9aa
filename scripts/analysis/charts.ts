/**
 * Charts, drawn by Vega-Lite and rendered to SVG at build time, so report.html needs no
 * script and makes no request. Charts are fed only from already-suppressed tables: a
 * suppressed cell has no value and draws no bar (the caption says so).
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { ResolvedTable } from './table-model.js';

export interface Chart {
  id: string;
  title: string;
  /** What is missing and why, in one sentence (empty when nothing is). */
  caption: string;
  /** The drawing, or null when too few figures are published to draw one: `caption` says so instead. */
  svg: string | null;
  spec: vl.TopLevelSpec | null;
}

/** Fewer non-zero bars (or intervals) than this and a sentence replaces the chart: one bar, or an axis with a lone 0, says nothing. */
export const MIN_BARS = 2;

function notDrawn(id: string, title: string, drawable: number, missing: string[]): Chart {
  const hidden = missing.length > 0 ? ` (${missing.length} hidden to protect small counts: ${missing.join(', ')})` : '';
  const what = drawable === 0 ? 'no figure to draw' : `only ${drawable} figure to draw`;
  return { id, title, caption: `${title}: not drawn — ${what}${hidden}. The table below gives every published figure.`, svg: null, spec: null };
}

const CONFIG: vl.Config = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 420 },
  title: { fontSize: 14, anchor: 'start' },
  view: { stroke: null },
  bar: { color: '#6a3d9a' },
  point: { color: '#6a3d9a' },
};

async function render(spec: vl.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

type Datum = { label: string; value: number; order: number };

function column(table: ResolvedTable, key: string): number {
  const i = table.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`table ${table.id} has no column ${key}`);
  return i;
}

/** Rows of a table with a shown value in `key`, and how many rows lack one. */
function series(table: ResolvedTable, key: string, include: (row: ResolvedTable['rows'][number]) => boolean): { data: Datum[]; missing: string[] } {
  const ci = column(table, key);
  const data: Datum[] = [];
  const missing: string[] = [];
  table.rows.filter(include).forEach((row, order) => {
    const v = row.cells[ci]!.value;
    if (v === null) missing.push(row.label);
    else data.push({ label: row.label, value: v, order });
  });
  return { data, missing };
}

function missingCaption(missing: string[]): string {
  if (missing.length === 0) return '';
  return `Not drawn because the count is suppressed (fewer than 10, or hidden to protect one that is): ${missing.join(', ')}.`;
}

export async function barChart(
  id: string,
  title: string,
  table: ResolvedTable,
  key: string,
  axisTitle: string,
  options: { horizontal?: boolean; wholeNumbers?: boolean; include?: (row: ResolvedTable['rows'][number]) => boolean } = {},
): Promise<Chart> {
  const { data, missing } = series(table, key, options.include ?? ((r) => r.role === undefined));
  const nonZero = data.filter((d) => d.value > 0).length;
  if (nonZero < MIN_BARS) return notDrawn(id, title, nonZero, missing);
  const horizontal = options.horizontal ?? true;
  const category = { field: 'label', type: 'nominal' as const, sort: { field: 'order', order: 'ascending' as const }, title: null };
  // Whole-number ticks for counts (no 0.5 report), and a scale from 0 to the largest bar.
  const amount = { field: 'value', type: 'quantitative' as const, title: axisTitle, axis: { tickMinStep: options.wholeNumbers === false ? undefined : 1 } };
  const spec: vl.TopLevelSpec = {
    title,
    config: CONFIG,
    width: horizontal ? 420 : Math.max(300, Math.min(720, data.length * 28)),
    height: horizontal ? { step: 20 } : 240,
    data: { values: data },
    mark: { type: 'bar', tooltip: false },
    encoding: horizontal ? { y: category, x: amount } : { x: { ...category, axis: { labelAngle: -45 } }, y: amount },
  };
  return { id, title, caption: missingCaption(missing), svg: await render(spec), spec };
}

/** Point estimates with 95% interval bars; `reference` draws a rule (1 for ratios). */
export async function intervalChart(
  id: string,
  title: string,
  table: ResolvedTable,
  keys: { value: string; lower: string; upper: string },
  axisTitle: string,
  options: { log?: boolean; reference?: number; minimum?: number } = {},
): Promise<Chart> {
  const [vi, li, ui] = [column(table, keys.value), column(table, keys.lower), column(table, keys.upper)];
  const data: (Datum & { lower: number; upper: number })[] = [];
  const missing: string[] = [];
  table.rows.forEach((row, order) => {
    const [v, l, u] = [row.cells[vi]!.value, row.cells[li]!.value, row.cells[ui]!.value];
    if (v === null || l === null || u === null || !Number.isFinite(u)) {
      if (row.cells[vi]!.display !== 'reference' && row.cells[vi]!.display !== '') missing.push(row.label);
    } else data.push({ label: row.label, value: v, lower: l, upper: u, order });
  });
  if (data.length < (options.minimum ?? MIN_BARS)) return notDrawn(id, title, data.length, missing);
  // On a log scale, keep the reference line (1) inside the plot rather than on its edge.
  const lows = data.map((d) => d.lower).filter((v) => v > 0);
  const highs = data.map((d) => d.upper);
  const logDomain = [Math.min(options.reference ?? Infinity, ...lows) / 1.5, Math.max(options.reference ?? 0, ...highs) * 1.5];
  const scale = options.log ? (data.length > 0 ? { type: 'log' as const, domain: logDomain, nice: false } : { type: 'log' as const }) : { zero: true };
  const y = { field: 'label', type: 'nominal' as const, sort: { field: 'order', order: 'ascending' as const }, title: null };
  // Typed loosely here (vega-lite's layer types are deep); vl.compile checks the spec when it runs.
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'rule', strokeWidth: 2, color: '#999' },
      encoding: { y, x: { field: 'lower', type: 'quantitative', scale, title: axisTitle }, x2: { field: 'upper' } },
    },
    { mark: { type: 'point', filled: true, size: 60 }, encoding: { y, x: { field: 'value', type: 'quantitative', scale } } },
  ];
  if (options.reference !== undefined) {
    layers.push({
      data: { values: [{ ref: options.reference }] },
      mark: { type: 'rule', strokeDash: [4, 4], color: '#333' },
      encoding: { x: { field: 'ref', type: 'quantitative', scale } },
    });
  }
  const spec: vl.TopLevelSpec = {
    title,
    config: CONFIG,
    width: 420,
    height: { step: 22 },
    data: { values: data },
    layer: layers as unknown as Extract<vl.TopLevelSpec, { layer: unknown }>['layer'],
  };
  const caption = missing.length === 0 ? '' : `Not drawn because the counts behind them are under 10 or suppressed: ${missing.join(', ')}.`;
  return { id, title, caption, svg: await render(spec), spec };
}

/** The report's charts, from the public (suppressed) tables. */
export async function buildCharts(tables: ResolvedTable[]): Promise<Chart[]> {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const charts: Chart[] = [];
  const t = (tableId: string) => byId.get(tableId);
  const month = t('month');
  if (month) charts.push(await barChart('chart-month', 'Reports by month of the incident', month, 'reports', 'Reports', { horizontal: false }));
  const force = t('force');
  if (force)
    charts.push(
      await barChart('chart-force', 'Reports by police force', force, 'reports', 'Reports', { include: (r) => r.role === undefined || r.key === 'unknown' }),
    );
  const eth5 = t('ethnicity-5');
  if (eth5)
    charts.push(
      await barChart('chart-ethnicity-5', 'Ethnicity of the person scanned (% of known answers)', eth5, 'shareKnown', '% of reports with a known ethnicity', {
        wholeNumbers: false,
      }),
    );
  const scan = t('scan-result');
  if (scan)
    charts.push(
      await barChart('chart-scan-result', 'Scan result', scan, 'reports', 'Reports', { include: (r) => r.role !== 'total' && r.role !== 'subtotal' }),
    );
  const outcome = t('outcome');
  if (outcome)
    charts.push(
      await barChart('chart-outcome', 'What happened next (mentions)', outcome, 'mentions', 'Mentions', {
        include: (r) => r.role === undefined || r.key === 'unknown',
      }),
    );
  const rates = tables.find((x) => x.group === 'rates');
  if (rates) {
    const k = rates.columns[column(rates, 'rate')]!.label.replace('Rate ', '');
    charts.push(
      await intervalChart(
        'chart-rates',
        `Reports ${k} people, with 95% intervals (${rates.title.split(': ').pop()})`,
        rates,
        { value: 'rate', lower: 'rateLower', upper: 'rateUpper' },
        `Reports ${k}`,
      ),
    );
    charts.push(
      await intervalChart(
        'chart-ratios',
        `Disproportionality ratio, with 95% intervals (${rates.title.split(': ').pop()})`,
        rates,
        { value: 'ratio', lower: 'ratioLower', upper: 'ratioUpper' },
        'Ratio (log scale; 1 = same rate as the reference)',
        { log: true, reference: 1, minimum: 1 },
      ),
    );
  }
  return charts;
}
