/**
 * The integer-programming attacker (scripts/analysis/attack.ts) on four patterns built by
 * hand, each of which linear algebra alone calls safe: the audit must find each, and the
 * suppression that answers it (scripts/analysis/protection.ts) must leave every hidden
 * small count at least PROTECTION_VALUES possible values.
 */
import { describe, expect, it } from 'vitest';
import { attack, loadSolver, PROTECTION_VALUES, width } from '../../scripts/analysis/attack.js';
import { protect } from '../../scripts/analysis/protection.js';
import { CellSystem, exposedCells, suppress, type CellStatus } from '../../scripts/analysis/suppression.js';

await loadSolver();

/** Linear suppression's pattern, then the attack on it, then the protected pattern and the attack on that. */
function beforeAndAfter(build: () => CellSystem, shownAnyway: string[] = []) {
  const system = build();
  const linear = suppress(system).status;
  // Counts printed outside the tables (a briefing's sentence) are known whatever the tables say.
  const seen = new Map(linear);
  for (const c of shownAnyway) seen.set(c, 'shown');
  expect(exposedCells(system, linear)).toEqual([]); // linear algebra finds nothing…
  const before = attack(system, seen).ranges;
  const fresh = build();
  for (const c of shownAnyway) fresh.keepShown(c);
  const protectedStatus = protect(fresh).status;
  const after = attack(fresh, protectedStatus).ranges;
  return { system, before, after, linear, protectedStatus };
}

const narrowest = (ranges: Map<string, { min: number; max: number }>) => Math.min(...[...ranges.values()].map(width));

/** A rows × columns table with row, column and grand totals. */
function grid(system: CellSystem, rows: number[][]): void {
  const cols = rows[0]!.length;
  rows.forEach((row, r) => {
    row.forEach((v, c) => system.cell(`r${r}c${c}`, v));
    system.subtotal(
      `r${r}`,
      row.map((_, c) => `r${r}c${c}`),
    );
  });
  for (let c = 0; c < cols; c++)
    system.subtotal(
      `c${c}`,
      rows.map((_, r) => `r${r}c${c}`),
    );
  system.subtotal(
    'total',
    rows.map((_, r) => `r${r}`),
  );
  system.sum(
    'total',
    [...Array(cols).keys()].map((c) => `c${c}`),
  );
}

describe('the integer-programming audit finds what linear algebra misses, and protection answers it', () => {
  it('force by month, "all ones": a total of 13 over 13 hidden months makes each month 1', () => {
    const { before, after } = beforeAndAfter(() => {
      const system = new CellSystem();
      grid(system, [Array(13).fill(1), [12, 15, 11, 20, 14, 13, 16, 18, 12, 11, 19, 17, 15], [30, 22, 25, 28, 21, 26, 24, 27, 23, 29, 20, 25, 22]]);
      return system;
    });
    expect([...before.values()].filter((r) => r.min === 1 && r.max === 1)).toHaveLength(13);
    expect(after.size).toBeGreaterThanOrEqual(13);
    expect(narrowest(after)).toBeGreaterThanOrEqual(PROTECTION_VALUES);
  });

  it('a margin of 3 over two hidden cells leaves each 1 or 2', () => {
    const { before, after } = beforeAndAfter(() => {
      const system = new CellSystem();
      ['a', 'b', 'c', 'd'].forEach((k, i) => system.cell(k, [1, 2, 40, 57][i]!));
      system.subtotal('total', ['a', 'b', 'c', 'd']);
      return system;
    });
    expect(before.get('a')).toEqual({ min: 1, max: 2 });
    expect(before.get('b')).toEqual({ min: 1, max: 2 });
    expect(narrowest(after)).toBeGreaterThanOrEqual(PROTECTION_VALUES);
  });

  it("a briefing's total, printed in its letter, gives back a count hidden behind it in the tables", () => {
    // The force total is the cheapest partner for the 3, so the tables hide it as "[c]" —
    // but the briefing's opening sentence and letter print "30 witness reports".
    const build = () => {
      const system = new CellSystem();
      system.cell('force', 30);
      system.weigh('force', 0.1);
      system.cell('white', 15);
      system.cell('black', 12);
      system.cell('unknown', 3);
      system.sum('force', ['white', 'black', 'unknown']);
      return system;
    };
    const { linear, before, after, protectedStatus } = beforeAndAfter(build, ['force']);
    expect(linear.get('force')).toBe('secondary');
    expect(before.get('unknown')).toEqual({ min: 3, max: 3 });
    expect(protectedStatus.get('force')).toBe('shown');
    expect(width(after.get('unknown')!)).toBeGreaterThanOrEqual(PROTECTION_VALUES);
  });

  it('multi-select: every report answering gives at least one answer, so two hidden options under 18 answers are both 9', () => {
    const { before, after } = beforeAndAfter(() => {
      const system = new CellSystem();
      system.cell('total', 30);
      system.cell('answered', 18);
      system.cell('not-answered', 12);
      system.sum('total', ['answered', 'not-answered']);
      const options = ['o1', 'o2', 'o3'];
      [9, 9, 0].forEach((v, i) => system.cell(options[i]!, v));
      for (const o of options) system.atMost(o, 'answered');
      system.coveredBy('answered', options);
      return system;
    });
    expect(before.get('o1')).toEqual({ min: 9, max: 9 });
    expect(before.get('o2')).toEqual({ min: 9, max: 9 });
    expect(narrowest(after)).toBeGreaterThanOrEqual(PROTECTION_VALUES);
  });

  it('a "[c]" is read as at least 10', () => {
    // 5 + [c] = 20 would leave the 5 anything from 1 to 9 if "[c]" could be small; it cannot.
    const system = new CellSystem();
    system.cell('a', 5);
    system.cell('b', 15);
    system.subtotal('total', ['a', 'b']);
    const status = new Map<string, CellStatus>([
      ['a', 'primary'],
      ['b', 'secondary'],
      ['total', 'shown'],
    ]);
    expect(attack(system, status).ranges.get('a')).toEqual({ min: 1, max: 9 });
  });
});
