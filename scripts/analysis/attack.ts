/**
 * The attacker, in the project: how far a statistician with an integer-programming solver can
 * narrow each hidden small count, from everything the publishable files say together
 * (docs/analysis.md, "Suppression"; docs/threat-model.md).
 *
 * The attacker's model is an integer program over the hidden cells:
 * - every equation of the shared CellSystem (rows add up to totals, the 19 groups to the 5, a
 *   briefing's groups to the force, …), with the shown cells as constants;
 * - every inequality it states (a multi-select option is mentioned by at most the reports
 *   answering; each of those reports gives at least one answer);
 * - what the labels say: "<10" is 1 to 9; "[c]" is a count of at least 10 (suppression only
 *   ever hides a shown, non-zero count, and shown counts are 0 or at least 10); a count no
 *   table prints is at least 0; no count exceeds the grand total; every count is a whole number;
 * - optionally, the rounded information loss (the sum of the "[c]" cells to the nearest 100).
 *
 * For each hidden cell holding 1 to 9 it finds the smallest and largest value the program
 * allows, with the HiGHS solver (the `highs` package: HiGHS compiled to WebAssembly). Every
 * solution found is a possible table, so it also shows every other cell can take its value:
 * a cell whose possible values seen so far already reach its label's own bounds needs no
 * solve of its own. That keeps the number of solves far below two per cell.
 */
import highsPackage, { type Highs, type Model } from 'highs';
import { isSensitive, PRIMARY_MAX, PRIMARY_MIN, type CellStatus, type CellSystem } from './suppression.js';

/** The standard: an attacker must be left at least this many possible values for every hidden small count. */
export const PROTECTION_VALUES = 4;

/** Witnesses kept (the oldest go first, the true table stays): enough to settle most cells without a solve. */
const WITNESSES_KEPT = 400;

/** At most this many rounds of broad solves before solving target by target. */
const BROAD_ROUNDS = 4;

/** The values a "<10" label allows. */
const LABEL_VALUES = PRIMARY_MAX - PRIMARY_MIN + 1;

/** How close to a whole number a relaxation's value must be to count as one. */
const INTEGRAL = 1e-6;

/** A "[c]" cell is a shown, non-zero count that suppression hid: at least this. */
const SECONDARY_MIN = PRIMARY_MAX + 1;

export interface Range {
  min: number;
  max: number;
}

/** How many values an attacker is left with. */
export const width = (r: Range) => r.max - r.min + 1;

export interface AttackOptions {
  /** The published rounding of the reports inside "[c]" cells: their sum is within half of `to` of `value`. */
  roundedLoss?: { value: number; to: number };
  /** Only these targets (default: every hidden cell holding 1 to 9). */
  targets?: string[];
  /**
   * measure: the exact range of every target. check: stop at proof that a target keeps at
   * least PROTECTION_VALUES values (the range returned may then be narrower than the attacker's).
   */
  mode?: 'measure' | 'check';
}

export interface AttackResult {
  ranges: Map<string, Range>;
  solves: number;
  mipSolves: number;
  ms: number;
}

// The package is CommonJS with an ES-module build; its types describe the loader as the
// default export of the CommonJS module, which TypeScript sees as the module itself.
const loadHighs = highsPackage as unknown as typeof highsPackage.default;

let solver: Highs | null = null;

/** Load the WebAssembly solver once per process. */
export async function loadSolver(): Promise<Highs> {
  solver ??= await loadHighs();
  return solver!;
}

/** The solver, once loadSolver has run. */
function highs(): Highs {
  if (solver === null) throw new Error('the HiGHS solver is not loaded: await loadSolver() first');
  return solver;
}

/** A possible table: a value for every cell of the system, in its registration order. */
type Witness = Float64Array;

/**
 * The attacker's integer program, kept in the solver while the pattern changes: every cell is
 * a column, a shown cell fixed at its value, so hiding or showing one is a change of bounds
 * and the next solve starts from the last one. Solutions found are kept as witnesses: a
 * witness stays possible when a cell is hidden, and when a cell is shown if it holds the
 * cell's true value.
 */
export class Attack {
  private readonly cells: string[];
  private readonly index = new Map<string, number>();
  private readonly truth: Float64Array;
  private readonly status: Map<string, CellStatus>;
  private readonly largest: number;
  private readonly model: Model;
  witnesses: Witness[];
  solves = 0;
  /** Solves whose linear relaxation was not whole, so the integer program ran. */
  mipSolves = 0;

  constructor(
    private readonly system: CellSystem,
    status: ReadonlyMap<string, CellStatus>,
    options: Pick<AttackOptions, 'roundedLoss'> = {},
  ) {
    this.cells = [...system.values.keys()];
    this.cells.forEach((c, i) => this.index.set(c, i));
    this.truth = Float64Array.from(this.cells, (c) => system.value(c));
    this.status = new Map(status);
    // No count exceeds the grand total, the largest count of all.
    this.largest = Math.max(SECONDARY_MIN, ...this.truth);
    const h = highs();
    this.model = h.createModel();
    this.model.options.set({ output_flag: false, mip_rel_gap: 0 });
    const bounds = this.cells.map((c) => this.bounds(c));
    this.model.addVars(
      bounds.map((b) => b.min),
      bounds.map((b) => b.max),
    );
    const addRow = (terms: [string, number][], lo: number, hi: number) => {
      const entries = new Map<number, number>();
      for (const [c, coeff] of terms) entries.set(this.index.get(c)!, (entries.get(this.index.get(c)!) ?? 0) + coeff);
      for (const [j, v] of entries) if (v === 0) entries.delete(j);
      if (entries.size > 0) this.model.addRow(lo, hi, { indices: [...entries.keys()], values: [...entries.values()] });
    };
    for (const c of system.constraints) addRow(c.terms, 0, 0);
    for (const c of system.inequalities) addRow(c.terms, -h.infinity, 0);
    if (options.roundedLoss) {
      const { value, to } = options.roundedLoss;
      const secondary = this.cells.filter((c) => this.status.get(c) === 'secondary');
      addRow(
        secondary.map((c) => [c, 1]),
        Math.max(0, value - to / 2),
        value + to / 2 - 1,
      );
    }
    this.witnesses = [Float64Array.from(this.truth)];
  }

  /** What the label of a cell in this status tells the attacker. */
  private bounds(cell: string): Range {
    const s = this.status.get(cell);
    const v = this.system.value(cell);
    if (s === 'shown') return { min: v, max: v };
    if (s === 'primary') return { min: PRIMARY_MIN, max: PRIMARY_MAX };
    return { min: s === 'secondary' ? SECONDARY_MIN : 0, max: this.largest };
  }

  /** Change a cell's status: hide it, or show it again. */
  set(cell: string, status: CellStatus): void {
    if (this.status.get(cell) === status) return;
    this.status.set(cell, status);
    const i = this.index.get(cell)!;
    const b = this.bounds(cell);
    this.model.changeColBounds(i, b.min, b.max);
    this.witnesses = this.witnesses.filter((w) => w[i]! >= b.min && w[i]! <= b.max);
    if (this.witnesses.length === 0) this.witnesses = [Float64Array.from(this.truth)];
  }

  /** Free the solver's memory for this model. */
  dispose(): void {
    this.model.dispose();
  }

  /** The hidden cells holding 1 to 9: what the attack is about. */
  targets(): string[] {
    return this.cells.filter((c) => this.status.get(c) !== 'shown' && isSensitive(this.system.value(c)));
  }

  /** The values of `cell` seen in witnesses so far. */
  private seen(cell: string): Range {
    const i = this.index.get(cell)!;
    let min = Infinity;
    let max = -Infinity;
    for (const w of this.witnesses) {
      min = Math.min(min, w[i]!);
      max = Math.max(max, w[i]!);
    }
    return { min, max };
  }

  /**
   * Optimise the given objective; keep the solution as a witness; return the objective value.
   * The linear relaxation is solved first (fast, and warm-started from the last solve): when
   * its optimum is already whole, it is the integer optimum too; otherwise the integer program
   * is solved.
   */
  private solve(objective: Map<string, number>, sense: 'min' | 'max'): number {
    const h = highs();
    const costs = this.cells.map((c) => objective.get(c) ?? 0);
    const all = { kind: 'range', from: 0, to: this.cells.length - 1 } as const;
    this.model.changeColsCost(all, costs);
    this.model.changeObjectiveSense(sense === 'min' ? h.constants.objectiveSense.minimize : h.constants.objectiveSense.maximize);
    const run = () => {
      this.model.run();
      this.solves += 1;
      const status = this.model.getModelStatus();
      // The true tables are always a solution, so anything but optimal is a bug in the model.
      if (status !== h.constants.modelStatus.optimal)
        throw new Error(`the disclosure audit's solver stopped with status ${status}; this is a bug — please report it`);
      return this.model.getSolution().colValue;
    };
    let x = run();
    if (!x.every((v) => Math.abs(v - Math.round(v)) < INTEGRAL)) {
      this.mipSolves += 1;
      this.model.changeColsIntegrality(
        all,
        this.cells.map(() => h.constants.variableType.integer),
      );
      x = run();
      this.model.clearIntegrality();
    }
    const w = Float64Array.from(x, Math.round);
    this.witnesses.push(w);
    if (this.witnesses.length > WITNESSES_KEPT) this.witnesses.splice(1, 1);
    return costs.reduce((s, c, j) => s + c * w[j]!, 0);
  }

  /**
   * The range of each target. In check mode a target is left as soon as witnesses show it
   * can take PROTECTION_VALUES values.
   */
  ranges(targets = this.targets(), mode: 'measure' | 'check' = 'measure'): Map<string, Range> {
    const out = new Map<string, Range>();
    if (targets.length === 0) return out;
    // Broad solves first: every target not yet seen taking PROTECTION_VALUES values pushed low
    // together, then high. One solution settles many cells; repeat while that pays.
    const unsettled = () => targets.filter((c) => width(this.seen(c)) < (mode === 'check' ? PROTECTION_VALUES : LABEL_VALUES));
    for (let open = unsettled(), round = 0; open.length > 2 && round < BROAD_ROUNDS; round++) {
      const all = new Map(open.map((c) => [c, 1]));
      this.solve(all, 'min');
      this.solve(all, 'max');
      const still = unsettled();
      if (still.length > open.length / 2) break;
      open = still;
    }
    for (const c of targets) {
      const s = this.status.get(c);
      const floor = s === 'primary' ? PRIMARY_MIN : 0;
      const ceiling = s === 'primary' ? PRIMARY_MAX : Infinity;
      const enough = () => mode === 'check' && width(this.seen(c)) >= PROTECTION_VALUES;
      let r = this.seen(c);
      const one = new Map([[c, 1]]);
      if (!enough() && r.max < ceiling) r = { ...r, max: this.solve(one, 'max') };
      if (!enough() && r.min > floor) r = { ...r, min: this.solve(one, 'min') };
      out.set(c, mode === 'check' ? this.seen(c) : r);
    }
    return out;
  }
}

/** Run the attack on one suppression pattern. Call loadSolver() once before. */
export function attack(system: CellSystem, status: ReadonlyMap<string, CellStatus>, options: AttackOptions = {}): AttackResult {
  const start = performance.now();
  const a = new Attack(system, status, options);
  try {
    const ranges = a.ranges(options.targets ?? a.targets(), options.mode ?? 'measure');
    return { ranges, solves: a.solves, mipSolves: a.mipSolves, ms: performance.now() - start };
  } finally {
    a.dispose();
  }
}
