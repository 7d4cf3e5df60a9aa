/**
 * Statistical disclosure control for every publishable count (docs/analysis.md,
 * "Suppression").
 *
 * All published tables share one system of cells: a quantity that appears in several
 * tables (a force's total is a row margin of force × month and a cell of the force table)
 * is one cell with one id, so it is suppressed everywhere or nowhere. Additive relations
 * between cells ("the cells of a row add up to its total", "the 19 groups add up to the 5")
 * are linear constraints Σ coeff·cell = 0.
 *
 * 1. Primary: a published count from 1 to 9 is shown as "<10".
 * 2. Secondary, by cost: a constraint with exactly one hidden cell would give that cell away by
 *    subtraction, so the cheapest other non-zero visible cell in it is hidden too ("[c]"). A
 *    cell's cost is its value times a weight the tables give it: the grand total, the
 *    reference group of the ratios and the ethnic groups are expensive (hiding them hides the
 *    headline), unknown / not-answered rows cheap — as statistical agencies' tools
 *    (τ-ARGUS, sdcTable) weigh cells, because choosing "the smallest neighbour" equation by
 *    equation over-suppresses large cells. Zero cells are never hidden: zero identifies
 *    nobody, and hiding one protects nothing because an attacker can bound it from the others.
 * 3. Audit: a hidden cell is recoverable by any combination of subtractions exactly when its
 *    unit vector lies in the row space of the constraints restricted to the hidden cells.
 *    The reduced row echelon form answers that for all cells at once; every sensitive cell
 *    (value 1–9) found recoverable gets another neighbour hidden (the cheapest that stops the
 *    recovery), and the audit repeats.
 * 4. Reveal: the rules above hide some cells that the end result does not need. Each
 *    secondary cell, most expensive first, is shown again if the audit still finds no
 *    sensitive cell recoverable without it.
 *
 * The information loss (how many secondary cells, and the reports inside them) is published
 * with that sum rounded to the nearest INFORMATION_LOSS_ROUNDING: the exact sum would be one more
 * equation, often the last one an attacker needs (in a table where the small cell and the
 * subtotals hiding it are the only unknowns, their exact sum pins the small cell down).
 *
 * Cells that no table prints (e.g. per-force ethnicity counts for forces without
 * population figures) are registered as unpublished: the attacker does not see them, but
 * they take part in the constraints and are protected like any other.
 */

export const PRIMARY_MIN = 1;
export const PRIMARY_MAX = 9;
export const INFORMATION_LOSS_ROUNDING = 100;

export type CellStatus = 'shown' | 'primary' | 'secondary' | 'unpublished';

export interface Constraint {
  /** [cell id, coefficient]; the weighted sum is 0. */
  terms: [string, number][];
}

export class CellSystem {
  readonly values = new Map<string, number>();
  readonly published = new Set<string>();
  readonly constraints: Constraint[] = [];
  /** Σ coeff·cell ≤ 0: what the attacker knows beyond the sums (e.g. a multi-select option is mentioned by at most the reports answering). */
  readonly inequalities: Constraint[] = [];
  /** Counts printed as they are outside the tables (a briefing's opening sentence): never hidden. */
  readonly keptShown = new Set<string>();
  /** Cost weights (default 1): how much publishing a cell is worth, per report in it. */
  readonly weights = new Map<string, number>();

  /** Register a cell (again is fine if the value agrees: tables share cells). */
  cell(id: string, value: number, published = true): string {
    const existing = this.values.get(id);
    if (existing !== undefined && existing !== value) throw new Error(`cell ${id} registered twice with different values (${existing}, ${value})`);
    this.values.set(id, value);
    if (published) this.published.add(id);
    return id;
  }

  /** parts add up to whole. */
  sum(whole: string, parts: string[]): void {
    if (parts.length === 0) return;
    this.constraints.push({ terms: [[whole, -1], ...parts.map((p): [string, number] => [p, 1])] });
  }

  /** small ≤ big. */
  atMost(small: string, big: string): void {
    this.inequalities.push({
      terms: [
        [small, 1],
        [big, -1],
      ],
    });
  }

  /** parts add up to at least whole. */
  coveredBy(whole: string, parts: string[]): void {
    this.inequalities.push({ terms: [[whole, 1], ...parts.map((p): [string, number] => [p, -1])] });
  }

  /** A count printed as it is outside the tables: suppression must leave it shown. */
  keepShown(id: string): void {
    this.keptShown.add(id);
  }

  /** Register `whole` as the sum of cells already registered, with that equation. */
  subtotal(whole: string, parts: string[]): void {
    this.cell(
      whole,
      parts.reduce((s, p) => s + this.value(p), 0),
    );
    this.sum(whole, parts);
  }

  /** Weigh a cell's cost: > 1 keeps it visible longer (totals, headline groups), < 1 offers it first (unknowns). */
  weigh(id: string, weight: number): void {
    this.weights.set(id, weight);
  }

  /** What hiding this cell costs the reader: its value times its weight. */
  cost(id: string): number {
    return this.value(id) * (this.weights.get(id) ?? 1);
  }

  value(id: string): number {
    const v = this.values.get(id);
    if (v === undefined) throw new Error(`no cell ${id}`);
    return v;
  }
}

export function isSensitive(value: number): boolean {
  return value >= PRIMARY_MIN && value <= PRIMARY_MAX;
}

export interface SuppressionResult {
  status: Map<string, CellStatus>;
  /** Information loss: how many cells secondary suppression hid, and the reports inside them (exact: internal only). */
  secondary: number;
  secondaryTotal: number;
  /** Secondary cells the reveal pass showed again, and how many audit rounds ran. */
  revealed: number;
  auditRounds: number;
}

/**
 * Decide which cells to hide. Deterministic: ties between candidate cells break on id.
 */
export function suppress(system: CellSystem): SuppressionResult {
  const status = new Map<string, CellStatus>();
  for (const [id, v] of system.values) {
    // An unpublished zero is treated as known: an attacker may well guess it (a force with no
    // reports is simply absent from the force table), and assuming so is the cautious side.
    status.set(id, !system.published.has(id) ? (v === 0 ? 'shown' : 'unpublished') : isSensitive(v) ? 'primary' : 'shown');
  }
  const hidden = (id: string) => status.get(id) !== 'shown';
  const byCell = new Map<string, number[]>();
  system.constraints.forEach((c, i) => {
    for (const [id] of c.terms) {
      const list = byCell.get(id) ?? [];
      list.push(i);
      byCell.set(id, list);
    }
  });

  /** Visible non-zero cells of the given constraints, cheapest first (ties by id). */
  const candidates = (constraintIds: Iterable<number>): string[] => {
    const seen = new Set<string>();
    for (const ci of constraintIds)
      for (const [id] of system.constraints[ci]!.terms) if (!hidden(id) && system.value(id) !== 0 && !system.keptShown.has(id)) seen.add(id);
    return [...seen].sort((a, b) => system.cost(a) - system.cost(b) || (a < b ? -1 : 1));
  };
  const pick = (constraintIds: Iterable<number>): string | null => candidates(constraintIds)[0] ?? null;
  const secondaryCells = () => [...status].filter(([, s]) => s === 'secondary').map(([id]) => id);
  /** Sensitive cells an attacker recovers from every published equation. */
  const exposed = () => exposedCells(system, status);

  // Pass 2: the degree rule, repeated until stable. Only hidden cells that matter (sensitive
  // or already secondary) need a partner; an unpublished large count may stand alone.
  const degreeRule = () => {
    let changed = true;
    while (changed) {
      changed = false;
      system.constraints.forEach((c, ci) => {
        const hiddenHere = c.terms.filter(([id]) => hidden(id));
        if (hiddenHere.length !== 1) return;
        const [only] = hiddenHere[0]!;
        const s = status.get(only);
        if (!(isSensitive(system.value(only)) || s === 'secondary')) return;
        const partner = pick([ci]);
        if (partner !== null) {
          status.set(partner, 'secondary');
          changed = true;
        }
      });
    }
  };
  degreeRule();

  // Pass 3: audit with linear algebra and repair until no sensitive cell is recoverable.
  let auditRounds = 0;
  for (;;) {
    auditRounds += 1;
    const recoverable = exposed();
    if (recoverable.length === 0) break;
    const id = recoverable[0]!;
    const near = byCell.get(id) ?? [];
    // Everything next to it may be hidden or zero: widen to the constraints of its neighbours.
    const wider = new Set<number>();
    for (const ci of near) for (const [other] of system.constraints[ci]!.terms) for (const cj of byCell.get(other) ?? []) wider.add(cj);
    let pool = candidates(near);
    if (pool.length === 0) pool = candidates(wider);
    if (pool.length === 0) pool = candidates(system.constraints.keys());
    if (pool.length === 0) throw new Error('suppression could not protect every small cell; this is a bug — please report it');
    // Prefer the cheapest cell whose hiding actually stops this recovery (the equation
    // that gives a cell away may be implied by several constraints, not one of its own).
    const works = pool.slice(0, MAX_TRIALS).find((candidate) => {
      status.set(candidate, 'secondary');
      const still = exposed().includes(id);
      status.set(candidate, 'shown');
      return !still;
    });
    status.set(works ?? pool[0]!, 'secondary');
    degreeRule();
  }

  // Pass 4: show again every secondary cell the protection does not need, most valuable first.
  let revealed = 0;
  for (const id of secondaryCells().sort((a, b) => system.cost(b) - system.cost(a) || (a < b ? -1 : 1))) {
    status.set(id, 'shown');
    if (exposed().length > 0) status.set(id, 'secondary');
    else revealed += 1;
  }
  const final = secondaryCells();
  return { status, secondary: final.length, secondaryTotal: final.reduce((s, id) => s + system.value(id), 0), revealed, auditRounds };
}

/** Hidden cells holding 1 to 9 that an attacker recovers exactly by subtraction (linear algebra). */
export function exposedCells(system: CellSystem, status: ReadonlyMap<string, CellStatus>): string[] {
  return recoverableCells(system, (id) => status.get(id) !== 'shown').filter((id) => isSensitive(system.value(id)));
}

const TOLERANCE = 1e-9;
/** How many candidate partners the audit tries before settling for the smallest. */
const MAX_TRIALS = 12;

/**
 * Hidden cells whose value follows from the visible ones through the constraints.
 * Cell k is determined iff e_k is in the row space of A restricted to hidden columns,
 * i.e. iff k is a pivot column of the RREF and its pivot row has no other non-zero entry.
 */
export function recoverableCells(system: CellSystem, isHidden: (id: string) => boolean): string[] {
  const columns: string[] = [];
  const index = new Map<string, number>();
  for (const id of system.values.keys()) {
    if (isHidden(id)) {
      index.set(id, columns.length);
      columns.push(id);
    }
  }
  const n = columns.length;
  if (n === 0) return [];
  const rows: Float64Array[] = [];
  for (const c of system.constraints) {
    const row = new Float64Array(n);
    let any = false;
    for (const [id, coeff] of c.terms) {
      const j = index.get(id);
      if (j !== undefined) {
        row[j]! += coeff;
        any = true;
      }
    }
    if (any) rows.push(row);
  }

  const pivotOfRow: number[] = [];
  let r = 0;
  for (let col = 0; col < n && r < rows.length; col++) {
    let best = -1;
    let bestAbs = TOLERANCE;
    for (let i = r; i < rows.length; i++) {
      const a = Math.abs(rows[i]![col]!);
      if (a > bestAbs) {
        best = i;
        bestAbs = a;
      }
    }
    if (best < 0) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const p = pivot[col]!;
    for (let j = col; j < n; j++) pivot[j]! /= p;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i]!;
      const f = row[col]!;
      if (Math.abs(f) <= TOLERANCE) continue;
      for (let j = col; j < n; j++) row[j]! -= f * pivot[j]!;
      row[col] = 0;
    }
    pivotOfRow.push(col);
    r += 1;
  }
  const out: string[] = [];
  for (let i = 0; i < pivotOfRow.length; i++) {
    const row = rows[i]!;
    let others = 0;
    for (let j = 0; j < n; j++) if (j !== pivotOfRow[i] && Math.abs(row[j]!) > TOLERANCE) others += 1;
    if (others === 0) out.push(columns[pivotOfRow[i]!]!);
  }
  return out;
}

/** The reports inside secondary cells as published: rounded, so the sum is no extra equation (see above). */
export function roundedLoss(total: number): number {
  return Math.round(total / INFORMATION_LOSS_ROUNDING) * INFORMATION_LOSS_ROUNDING;
}

/** What a publishable output prints for a cell. */
export function display(value: number, status: CellStatus | undefined): string {
  if (status === 'primary') return '<10';
  if (status === 'secondary' || status === 'unpublished') return '[c]';
  return value.toLocaleString('en-GB');
}
