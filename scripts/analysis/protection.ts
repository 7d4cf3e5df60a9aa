/**
 * Suppression that an integer-programming attacker cannot narrow (docs/analysis.md,
 * "Suppression"). suppression.ts hides the small counts and enough neighbours that no sum
 * gives one back exactly; this module then runs the attack (attack.ts) and, while it leaves
 * a hidden small count fewer than PROTECTION_VALUES possible values, hides one more cell —
 * the cheapest that widens that count — and finally shows again every extra cell the
 * protection does not need, most valuable first, re-running the attack each time.
 *
 * Part of the narrowing comes from the labels alone (a "<10" total over 7 hidden parts bounds
 * each part by 3): where hiding every other cell still leaves a count fewer than
 * PROTECTION_VALUES values, that count is accepted at the width the labels allow, and said so.
 */
import { Attack, PROTECTION_VALUES, width, type Range } from './attack.js';
import { COST_WEIGHT } from './table-model.js';
import { exposedCells, suppress, type CellStatus, type CellSystem, type SuppressionResult } from './suppression.js';

/** A cell weighing this much per report carries a headline (table-model.ts). */
const HEADLINE = COST_WEIGHT.ratioCount;

/** How many secondary cells the reveal pass tries to show at once. */
const REVEAL_RUN = 16;

/** How many candidate cells are tried for one narrowed count before settling for the widest. */
const MAX_TRIALS = 8;

export interface ProtectionResult extends SuppressionResult {
  /** Cells hidden on top of suppression.ts's pattern so the solver is left ≥ PROTECTION_VALUES values. */
  addedForSolver: number;
  /** Hidden small counts the labels alone narrow below PROTECTION_VALUES values, with that width. */
  labelLimited: Map<string, number>;
  /** Solver runs spent choosing the pattern. */
  solves: number;
  ms: number;
}

/** Hide cells until every hidden small count keeps PROTECTION_VALUES values against the solver. */
export function protect(system: CellSystem): ProtectionResult {
  const start = performance.now();
  const base = suppress(system);
  const status = base.status;
  const attacker = new Attack(system, status);
  const neighbours = neighbourIndex(system);
  try {
    const hide = (cell: string, s: CellStatus) => {
      status.set(cell, s);
      attacker.set(cell, s);
    };
    const labelLimited = new Map<string, number>();
    const needed = (cell: string) => labelLimited.get(cell) ?? PROTECTION_VALUES;
    const check = (targets?: string[]) => attacker.ranges(targets ?? attacker.targets(), 'check');
    const narrowed = (ranges: Map<string, Range>) => [...ranges].filter(([c, r]) => width(r) < needed(c)).map(([c]) => c);
    const hideable = (c: string) => status.get(c) === 'shown' && system.value(c) !== 0 && !system.keptShown.has(c);
    const cheapestFirst = (cells: Iterable<string>) => [...new Set(cells)].filter(hideable).sort((a, b) => system.cost(a) - system.cost(b) || (a < b ? -1 : 1));
    const widthOf = (target: string) => width(check([target]).get(target)!);
    /** The width of `target`'s range with every hideable cell hidden: what the labels alone allow. */
    const widestPossible = (target: string) => {
      const kept = attacker.witnesses;
      const all = [...status.keys()].filter(hideable);
      for (const c of all) attacker.set(c, 'secondary');
      const w = widthOf(target);
      for (const c of all) attacker.set(c, 'shown');
      attacker.witnesses = kept;
      return w;
    };

    const added = new Set<string>();
    for (let bad = narrowed(check()); bad.length > 0; bad = narrowed(check())) {
      const target = bad[0]!;
      const pool = cheapestFirst(neighbours(target));
      const candidates = (pool.length > 0 ? pool : cheapestFirst(system.values.keys())).slice(0, MAX_TRIALS);
      const before = widthOf(target);
      let best: { cell: string; w: number } | null = null;
      for (const cell of candidates) {
        hide(cell, 'secondary');
        const w = widthOf(target);
        hide(cell, 'shown');
        if (best === null || w > best.w) best = { cell, w };
        if (w >= PROTECTION_VALUES) break;
      }
      if (best !== null && best.w > before) {
        hide(best.cell, 'secondary');
        added.add(best.cell);
        continue;
      }
      // No single cell widens it: hide its whole neighbourhood, then the next ring out, then
      // every cell (the reveal pass trims what is not needed); if even that cannot widen it,
      // accept the width the labels allow.
      const ring1 = neighbours(target);
      const everything = [...status.keys()];
      // The headline's counts (the reference group, a published ratio's groups) are left out until last.
      const ordinary = (cells: string[]) => cells.filter((c) => system.cost(c) < HEADLINE * system.value(c));
      const rings = [ordinary(ring1), ordinary(ring1.flatMap((c) => neighbours(c))), ordinary(everything), everything];
      const limit = widestPossible(target);
      if (limit > before) {
        for (const ring of rings) {
          const more = ring.filter(hideable);
          for (const c of more) {
            hide(c, 'secondary');
            added.add(c);
          }
          if (widthOf(target) > before) break;
        }
      } else labelLimited.set(target, Math.max(before, Math.min(limit, PROTECTION_VALUES)));
    }

    // Reveal: show again every secondary cell the protection does not need, most valuable first.
    // Runs of cells are tried together and split only when the run cannot all be shown: most
    // cells the repair hid are not needed in the end, so this saves most attacks.
    let revealed = base.revealed;
    const secondary = () => [...status].filter(([, s]) => s === 'secondary').map(([c]) => c);
    const safe = (cells: string[]) => {
      if (exposedCells(system, status).length > 0) return false;
      const near = new Set(cells.flatMap((cell) => neighbours(cell).flatMap((c) => neighbours(c))));
      // The counts next to the cells first: where showing them costs protection, those show it soonest.
      return narrowed(check(attacker.targets().filter((c) => near.has(c)))).length === 0 && narrowed(check()).length === 0;
    };
    const reveal = (cells: string[]): void => {
      for (const c of cells) hide(c, 'shown');
      if (safe(cells)) {
        revealed += cells.length;
        return;
      }
      for (const c of cells) hide(c, 'secondary');
      if (cells.length === 1) return;
      const half = Math.ceil(cells.length / 2);
      reveal(cells.slice(0, half));
      reveal(cells.slice(half));
    };
    const order = secondary().sort((a, b) => system.cost(b) - system.cost(a) || (a < b ? -1 : 1));
    for (let i = 0; i < order.length; i += REVEAL_RUN) reveal(order.slice(i, i + REVEAL_RUN));
    const final = secondary();
    return {
      ...base,
      status,
      secondary: final.length,
      secondaryTotal: final.reduce((s, c) => s + system.value(c), 0),
      revealed,
      addedForSolver: final.filter((c) => added.has(c)).length,
      labelLimited,
      solves: attacker.solves,
      ms: performance.now() - start,
    };
  } finally {
    attacker.dispose();
  }
}

/** For each cell, the cells sharing an equation or inequality with it (itself included). */
function neighbourIndex(system: CellSystem): (cell: string) => string[] {
  const index = new Map<string, Set<string>>();
  for (const c of [...system.constraints, ...system.inequalities]) {
    const ids = c.terms.map(([id]) => id);
    for (const id of ids) {
      const set = index.get(id) ?? new Set<string>();
      for (const other of ids) set.add(other);
      index.set(id, set);
    }
  }
  return (cell) => [...(index.get(cell) ?? [])];
}
