/**
 * The table model every analysis module shares. Every table cell is either a count (a cell
 * of the shared CellSystem, so suppression sees it) or a figure derived from counts (a
 * percentage, a rate, a ratio) that names the counts it would reveal: it is printed only
 * when they are. The count tables themselves are built in count-tables.ts.
 */
import { display, type CellStatus, type CellSystem } from './suppression.js';

export type ColumnKind = 'count' | 'percent' | 'number' | 'text';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

/** A cell as the table builder describes it, before suppression is applied. */
export type CellSpec =
  | { kind: 'count'; id: string }
  /** 100 · num / den, shown when both counts are shown. */
  | { kind: 'percent'; num: string; den: string }
  /**
   * A derived number (rate, ratio, interval bound, population). Shown when every count in
   * `reveals` is shown and each count in `minCount` is at least MIN_FOR_RATES.
   */
  | { kind: 'number'; value: number | null; decimals: number; reveals: string[]; minCount: string[] }
  /** Fixed text; blank when any count in `reveals` is hidden (the text could say something about it). */
  | { kind: 'text'; text: string; reveals?: string[]; minCount?: string[] };

export interface RowSpec {
  key: string;
  label: string;
  /** total: a margin row; unknown: unknown / prefer-not-to-say / not answered (excluded from rates). */
  role?: 'total' | 'unknown' | 'subtotal';
  cells: CellSpec[];
}

export interface TableSpec {
  id: string;
  title: string;
  /** Shown under the title; rate tables carry the self-selected-sample caveat here. */
  notes: string[];
  rowHeader: string;
  columns: Column[];
  rows: RowSpec[];
  /** briefing: a per-force table printed only in briefings.html (briefing.ts). */
  group: 'counts' | 'crosstab' | 'rates' | 'briefing';
  /**
   * How to print a wide table as narrower ones side by side in meaning (each repeats the row
   * labels), so it fits an A4 page and a 1,280 px screen; the CSV keeps every column in one.
   * Absent: render.ts splits tables wider than MAX_PRINT_COLUMNS evenly.
   */
  parts?: { title: string; columns: string[] }[];
}

/**
 * Cost weights for secondary suppression (suppression.ts, protection.ts): a cell's cost is its
 * value times its weight. The grand total and the ratios' reference group carry every
 * headline, whatever their size; the counts a published ratio needs come next (a key finding
 * is built from each); the ethnic groups are what the campaign's case rests on; unknown and
 * unanswered rows say least.
 */
export const COST_WEIGHT = { grandTotal: 1000, reference: 1000, ratioCount: 50, ethnicGroup: 3, unknown: 0.2 } as const;

/** Rates and ratios are published only when their numerator is at least this. */
export const MIN_FOR_RATES = 10;

export interface ResolvedCell {
  /** The number itself; null when suppressed (public) or undefined (e.g. ratio with 0 reference). */
  value: number | null;
  /** What a person reads: "123", "<10", "[c]", "12.3", "–". */
  display: string;
  status?: CellStatus;
}

export interface ResolvedTable extends Omit<TableSpec, 'rows'> {
  rows: { key: string; label: string; role?: RowSpec['role']; cells: ResolvedCell[] }[];
}

/** The ids of the shared counts, as every table builder names them. */
export const id = {
  total: 'total',
  one: (d: string, k: string) => `${d}:${k}`,
  known: (d: string) => `${d}:known`,
  month: (m: string) => `month:${m}`,
  multiAnswered: (d: string) => `${d}:answered`,
  eth5Scan: (e: string, s: string) => `eth5xscan:${e}|${s}`,
  eth5Outcome: (e: string, o: string) => `eth5xoutcome:${e}|${o}`,
  eth5OutcomeAnswered: (e: string) => `eth5xoutcome:${e}|answered`,
  quarter: (q: string) => `quarter:${q}`,
  forceQuarter: (f: string, q: string) => `forcexquarter:${f}|${q}`,
};

/** The force × quarter row of the forces with too few reports for a row of their own. */
export const OTHER_FORCES = 'other-forces';

function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '–';
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * Turn a table description into printed cells. `status` is the suppression decision;
 * pass null for internal, unsuppressed output.
 */
export function resolveTable(table: TableSpec, system: CellSystem, status: Map<string, CellStatus> | null): ResolvedTable {
  const shown = (cellId: string) => status === null || status.get(cellId) === 'shown';
  const resolveCell = (c: CellSpec): ResolvedCell => {
    switch (c.kind) {
      case 'count': {
        const v = system.value(c.id);
        if (status === null) return { value: v, display: v.toLocaleString('en-GB') };
        const s = status.get(c.id);
        return { value: s === 'shown' ? v : null, display: display(v, s), status: s };
      }
      case 'percent': {
        const num = system.value(c.num);
        const den = system.value(c.den);
        if (!shown(c.num) || !shown(c.den)) return { value: null, display: '[c]' };
        if (den === 0) return { value: null, display: '–' };
        const v = (100 * num) / den;
        return { value: round(v, 1), display: formatNumber(v, 1) };
      }
      case 'number': {
        if (c.value === null) return { value: null, display: '–' };
        if (status !== null) {
          // "<10" is already printed for a primary cell, so saying n<10 tells nothing new;
          // a secondary cell's size must stay unsaid.
          if (c.reveals.some((r) => status.get(r) === 'primary')) return { value: null, display: 'n<10' };
          if (!c.reveals.every(shown)) return { value: null, display: '[c]' };
          if (c.minCount.some((m) => system.value(m) < MIN_FOR_RATES)) return { value: null, display: 'n<10' };
        }
        return { value: round(c.value, c.decimals + 2), display: formatNumber(c.value, c.decimals) };
      }
      case 'text':
        if (status !== null && (c.minCount ?? []).some((m) => system.value(m) < MIN_FOR_RATES)) return { value: null, display: '' };
        return { value: null, display: (c.reveals ?? []).every(shown) ? c.text : '' };
    }
  };
  return { ...table, rows: table.rows.map((r) => ({ key: r.key, label: r.label, role: r.role, cells: r.cells.map(resolveCell) })) };
}

function round(v: number, decimals: number): number {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}
