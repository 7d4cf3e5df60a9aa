/**
 * Disclosure control: every test publishes a table the way the outputs do, then plays the
 * attacker — subtracting published cells from published margins, and (independently of
 * the code under test) checking by matrix rank whether any linear combination pins a
 * hidden cell down — and must fail to recover any count from 1 to 9.
 */
import { describe, expect, it } from 'vitest';
import { CellSystem, display, recoverableCells, suppress, type CellStatus } from '../../scripts/analysis/suppression.js';
import { addReport, emptyCounts } from '../../scripts/analysis/aggregate.js';
import { parsePopulationCsv } from '../../scripts/analysis/population.js';
import { tabulate } from '../../scripts/analysis/run.js';
import { syntheticReports } from '../../scripts/dev/synthetic.js';
import { attack, loadSolver, PROTECTION_VALUES, width } from '../../scripts/analysis/attack.js';

// tabulate() runs the disclosure audit's solver, loaded once.
await loadSolver();

/** Register an R×C table with row totals, column totals and a grand total; returns cell ids. */
function table2d(system: CellSystem, name: string, cells: number[][]) {
  const ids = cells.map((row, r) => row.map((v, c) => system.cell(`${name}:${r},${c}`, v)));
  const rowTotals = cells.map((row, r) =>
    system.cell(
      `${name}:${r},T`,
      row.reduce((s, v) => s + v, 0),
    ),
  );
  const colTotals = cells[0]!.map((_, c) =>
    system.cell(
      `${name}:T,${c}`,
      cells.reduce((s, row) => s + row[c]!, 0),
    ),
  );
  const grand = system.cell(
    `${name}:T,T`,
    cells.flat().reduce((s, v) => s + v, 0),
  );
  ids.forEach((row, r) => system.sum(rowTotals[r]!, row));
  colTotals.forEach((t, c) =>
    system.sum(
      t,
      ids.map((row) => row[c]!),
    ),
  );
  system.sum(grand, rowTotals);
  system.sum(grand, colTotals);
  return { ids, rowTotals, colTotals, grand };
}

/** The attacker's first tool: any equation with one unknown left gives it away; repeat. */
function attackBySubtraction(system: CellSystem, status: Map<string, CellStatus>): Map<string, number> {
  const known = new Map<string, number>();
  for (const [id, s] of status) if (s === 'shown') known.set(id, system.value(id));
  let progress = true;
  while (progress) {
    progress = false;
    for (const c of system.constraints) {
      const unknown = c.terms.filter(([id]) => !known.has(id));
      if (unknown.length !== 1) continue;
      const [id, coeff] = unknown[0]!;
      const rest = c.terms.filter(([other]) => other !== id).reduce((s, [other, k]) => s + k * known.get(other)!, 0);
      known.set(id, -rest / coeff);
      progress = true;
    }
  }
  const recovered = new Map<string, number>();
  for (const [id, v] of known) if (status.get(id) !== 'shown') recovered.set(id, v);
  return recovered;
}

/** Rank by Gaussian elimination (a separate implementation from the one under test). */
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    const p = m.findIndex((row, i) => i >= rk && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    for (let i = 0; i < m.length; i++) {
      if (i === rk) continue;
      const f = m[i]![c]! / m[rk]![c]!;
      for (let j = 0; j < cols; j++) m[i]![j]! -= f * m[rk]![j]!;
    }
    rk += 1;
  }
  return rk;
}

/**
 * The attacker's best tool: hidden cell k is pinned down by some combination of the
 * published equations iff dropping its column lowers the rank of the hidden-cell matrix
 * (no null-space direction moves it).
 */
function attackByLinearAlgebra(system: CellSystem, status: Map<string, CellStatus>): string[] {
  const hidden = [...status].filter(([, s]) => s !== 'shown').map(([id]) => id);
  const matrix = system.constraints.map((c) => hidden.map((id) => c.terms.filter(([t]) => t === id).reduce((s, [, k]) => s + k, 0)));
  const full = rank(matrix);
  return hidden.filter((_, k) => rank(matrix.map((row) => row.filter((__, j) => j !== k))) < full);
}

function sensitiveRecovered(system: CellSystem, status: Map<string, CellStatus>): string[] {
  const bySubtraction = [...attackBySubtraction(system, status).keys()];
  const byAlgebra = attackByLinearAlgebra(system, status);
  return [...new Set([...bySubtraction, ...byAlgebra])].filter((id) => {
    const v = system.value(id);
    return v >= 1 && v <= 9;
  });
}

describe('primary suppression', () => {
  it('shows 1–9 as "<10", and 0 and 10+ as themselves', () => {
    const system = new CellSystem();
    const ids = [0, 1, 9, 10, 42].map((v, i) => system.cell(`c${i}`, v));
    const { status } = suppress(system);
    expect(ids.map((id) => display(system.value(id), status.get(id)))).toEqual(['0', '<10', '<10', '10', '42']);
  });
});

describe('secondary suppression', () => {
  it('a one-way table: the smallest other non-zero cell is hidden, zeros are not', () => {
    // 3 + 0 + 25 + 40 + 12 = 80. Publishing 80, 25, 40, 12 would give 80 − 25 − 40 − 12 = 3.
    const system = new CellSystem();
    const cells = [3, 0, 25, 40, 12].map((v, i) => system.cell(`row:${i}`, v));
    system.cell('total', 80);
    system.sum('total', cells);
    const { status } = suppress(system);
    expect(cells.map((id) => display(system.value(id), status.get(id)))).toEqual(['<10', '0', '25', '40', '[c]']);
    expect(status.get('total')).toBe('shown');
    // The attacker gets 80 − 25 − 40 − 0 = 15 = (<10) + [c]: not one answer.
    expect(attackBySubtraction(system, status).size).toBe(0);
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });

  it('a 3×3 table with margins: the small cell cannot be recovered from any row, column or total', () => {
    const system = new CellSystem();
    const t = table2d(system, 't', [
      [2, 15, 20],
      [11, 30, 14],
      [25, 12, 40],
    ]);
    const { status } = suppress(system);
    expect(status.get(t.ids[0]![0]!)).toBe('primary');
    // Without secondary suppression the attacker would win: row total 37 − 15 − 20 = 2.
    const primaryOnly = new Map([...status].map(([id, s]): [string, CellStatus] => [id, s === 'secondary' ? 'shown' : s]));
    expect(attackBySubtraction(system, primaryOnly).get(t.ids[0]![0]!)).toBe(2);
    // With it, neither subtraction nor any linear combination recovers it.
    expect(sensitiveRecovered(system, status)).toEqual([]);
    // Each row and column holding a hidden cell holds at least two.
    for (const line of [...t.ids, ...t.ids[0]!.map((_, c) => t.ids.map((row) => row[c]!))]) {
      const hidden = line.filter((id) => status.get(id) !== 'shown').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it('margins that are themselves small are protected too', () => {
    // Row 1 adds up to 7: its total is a primary cell, and the column totals must not give it away.
    const system = new CellSystem();
    const t = table2d(system, 'm', [
      [40, 35, 20],
      [3, 0, 4],
      [22, 18, 30],
    ]);
    const { status } = suppress(system);
    expect(status.get(t.rowTotals[1]!)).toBe('primary');
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });

  it('the audit catches a cell that every row and column rule misses (a bridge between two hidden cycles)', () => {
    // Hidden cells: a 2×2 block in rows 0–1 × cols 0–1, another in rows 2–3 × cols 2–3, and (0,2).
    // Every row and column then holds ≥ 2 hidden cells, yet
    //   (row 0 + row 1 totals) − (col 0 + col 1 totals) = the cells of rows 0–1 in cols 2–3,
    // which are all published except (0,2): it is recovered exactly.
    const system = new CellSystem();
    const cells = [
      [5, 6, 7, 30],
      [8, 4, 25, 40],
      [50, 60, 3, 2],
      [45, 35, 9, 6],
    ];
    const t = table2d(system, 'b', cells);
    const primaryOnly = new Map<string, CellStatus>();
    for (const id of system.values.keys()) {
      const v = system.value(id);
      primaryOnly.set(id, v >= 1 && v <= 9 ? 'primary' : 'shown');
    }
    expect(attackByLinearAlgebra(system, primaryOnly)).toContain(t.ids[0]![2]!);
    expect(recoverableCells(system, (id) => primaryOnly.get(id) !== 'shown')).toContain(t.ids[0]![2]!);
    const { status, auditRounds } = suppress(system);
    expect(auditRounds).toBeGreaterThan(1);
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });

  it('linked tables (19 groups and their 5-group roll-up) cannot be subtracted from each other', () => {
    // white = white-british 120 + white-irish 14 + white-roma 3 + white-other 40 = 177.
    // The 19-group table alone is safe once 3 and 14 are hidden, but the 5-group table
    // publishes "white 177"; the roll-up equation is in the system, so it must stay safe.
    const system = new CellSystem();
    const white19 = { 'white-british': 120, 'white-irish': 14, 'white-roma': 3, 'white-other': 40 };
    const ids19 = Object.entries(white19).map(([k, v]) => system.cell(`e19:${k}`, v));
    const black19 = [system.cell('e19:black-african', 60), system.cell('e19:black-caribbean', 33)];
    system.cell('e5:white', 177);
    system.cell('e5:black', 93);
    system.cell('total', 270);
    system.sum('e5:white', ids19);
    system.sum('e5:black', black19);
    system.sum('total', [...ids19, ...black19]);
    system.sum('total', ['e5:white', 'e5:black']);
    const { status } = suppress(system);
    expect(status.get('e19:white-roma')).toBe('primary');
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });

  it('unpublished cells take part in the equations and small ones are protected', () => {
    // A force's reports split into 4 published ethnic groups and an unpublished "unknown" of 4.
    const system = new CellSystem();
    const groups = [50, 20, 30, 12].map((v, i) => system.cell(`f:g${i}`, v));
    system.cell('f:unknown', 4, false);
    system.cell('f:total', 116);
    system.sum('f:total', [...groups, 'f:unknown']);
    const { status } = suppress(system);
    expect(status.get('f:unknown')).toBe('unpublished');
    expect(status.get('f:g3')).toBe('secondary');
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });
});

/**
 * Null-space attacker for big systems: a hidden cell is free iff some null-space vector of
 * the hidden-cell matrix moves it. Free columns of the RREF span the null space; a pivot
 * cell is pinned iff its row has no entry in any free column. (Own elimination code.)
 */
function pinnedByNullSpace(system: CellSystem, status: Map<string, CellStatus>): string[] {
  const hidden = [...status].filter(([, s]) => s !== 'shown').map(([id]) => id);
  const col = new Map(hidden.map((id, i) => [id, i]));
  const m = system.constraints
    .map((c) => {
      const row = new Array<number>(hidden.length).fill(0);
      for (const [id, k] of c.terms) if (col.has(id)) row[col.get(id)!]! += k;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < hidden.length && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pv = m[r]![c]!;
    m[r] = m[r]!.map((v) => v / pv);
    for (let i = 0; i < m.length; i++)
      if (i !== r && Math.abs(m[i]![c]!) > 1e-9) {
        const f = m[i]![c]!;
        m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
      }
    pivots.push(c);
    r += 1;
  }
  const pivotSet = new Set(pivots);
  const free = hidden.map((_, j) => j).filter((j) => !pivotSet.has(j));
  return pivots.filter((c, i) => free.every((f) => Math.abs(m[i]![f]!) <= 1e-9)).map((c) => hidden[c]!);
}

describe('the real tables of a synthetic data set', () => {
  it('no count from 1 to 9 is recoverable from everything published, rates included', () => {
    const counts = emptyCounts();
    for (const r of syntheticReports(400, 3)) addReport(counts, r);
    const groups = ['white', 'mixed', 'asian', 'black', 'other'];
    const csv = [
      'area,ethnicity,population',
      ...['all', 'metropolitan', 'west-midlands'].flatMap((a) => groups.map((g, i) => `${a},${g},${(i + 1) * 100000}`)),
    ].join('\n');
    const { system, suppression } = tabulate(counts, { population: parsePopulationCsv(csv) });
    const small = [...system.values].filter(([, v]) => v >= 1 && v <= 9);
    expect(small.length).toBeGreaterThan(50); // plenty to protect
    const status = suppression.status;
    expect([...attackBySubtraction(system, status).keys()].filter((id) => system.value(id) >= 1 && system.value(id) <= 9)).toEqual([]);
    expect(pinnedByNullSpace(system, status).filter((id) => system.value(id) >= 1 && system.value(id) <= 9)).toEqual([]);
    // ...whereas with primary suppression alone the attacker would recover some.
    const primaryOnly = new Map([...status].map(([id, s]): [string, CellStatus] => [id, s === 'secondary' ? 'shown' : s]));
    expect(pinnedByNullSpace(system, primaryOnly).filter((id) => system.value(id) >= 1 && system.value(id) <= 9).length).toBeGreaterThan(0);
  });
});

describe('secondary cells chosen by cost, then revealed when not needed', () => {
  it('offers an unknown row before a smaller group: cost is value × weight', () => {
    // 3 (sensitive) + 12 + 15 (unknown, weight 0.2) + 40 = 70. By value the 12 would be hidden;
    // by cost the unknown row goes (15 × 0.2 = 3 < 12 × 1 = 12).
    const system = new CellSystem();
    const cells = [3, 12, 15, 40].map((v, i) => system.cell(`row:${i}`, v));
    system.weigh('row:2', 0.2);
    system.cell('total', 70);
    system.sum('total', cells);
    const { status, secondary, secondaryTotal } = suppress(system);
    expect(cells.map((id) => display(system.value(id), status.get(id)))).toEqual(['<10', '12', '[c]', '40']);
    expect([secondary, secondaryTotal]).toEqual([1, 15]);
    expect(sensitiveRecovered(system, status)).toEqual([]);
  });

  it("publishes the headline ratio of the issue's data set while no small count is recoverable", () => {
    // 157 reports: 120 Black African, 30 White British (the reference), 3 Asian Pakistani, 4 of
    // unknown ethnicity. Protecting the 3 and the 4 needs only the two "known answers" subtotals
    // (153 = 157 − 4) and "all groups other than White combined" (123 = 120 + 3) hidden; the
    // earlier smallest-neighbour rule hid the reference (30) and so every ratio.
    const counts = emptyCounts();
    const rep = (ethnicity: string | null, i: number) =>
      ({
        schema: 'scanwitness.report.v1',
        reporter: { role: 'subject' },
        incident: { date: `2025-0${1 + (i % 3)}-03`, force: i % 2 ? 'metropolitan' : 'west-midlands', technology: 'fingerprint' },
        scan: { result: i % 4 ? 'no-match' : 'match-immigration' },
        outcome: ['released'],
        ...(ethnicity ? { person: { ethnicity } } : {}),
        meta: { lang: 'en' },
      }) as never;
    let i = 0;
    for (const [n, e] of [
      [120, 'black-african'],
      [30, 'white-british'],
      [3, 'asian-pakistani'],
      [4, 'unknown'],
    ] as const)
      for (let k = 0; k < n; k++) addReport(counts, rep(e, i++));
    // 5 groups, all: white 100,000; black 10,000; asian 20,000; mixed 5,000; other 5,000.
    const population = parsePopulationCsv('area,ethnicity,population\nall,white,100000\nall,black,10000\nall,asian,20000\nall,mixed,5000\nall,other,5000\n');
    const { system, suppression, publicTables } = tabulate(counts, { population });
    const rates = publicTables.find((t) => t.id === 'rates-all')!;
    const get = (row: string, col: string) => rates.rows.find((r) => r.key === row)!.cells[rates.columns.findIndex((c) => c.key === col)]!.display;
    // rate white = 10,000 × 30 / 100,000 = 3.0; black = 10,000 × 120 / 10,000 = 120.0; ratio 40.00
    // Katz (both ≥ 30): SE = sqrt(1/120 − 1/10,000 + 1/30 − 1/100,000) = sqrt(0.0415567) = 0.2038546;
    // 40 × exp(∓1.959964 × 0.2038546) = 40 × 0.670432 = 26.82 and 40 × 1.491577 = 59.66 (59.65 after rounding the exact product)
    expect(get('white', 'reports')).toBe('30');
    expect(get('black', 'reports')).toBe('120');
    expect(get('black', 'ratio')).toBe('40.00');
    expect(get('black', 'ratioLower')).toBe('26.82');
    expect(['59.65', '59.66']).toContain(get('black', 'ratioUpper'));
    expect(get('black', 'ciMethod')).toBe('Katz');
    expect(get('asian', 'reports')).toBe('<10');
    const secondary = [...suppression.status]
      .filter(([, s]) => s === 'secondary')
      .map(([id]) => id)
      .sort();
    expect(secondary).not.toContain('ethnicity19:white-british');
    expect(secondary).not.toContain('ethnicity5:white');
    expect(sensitiveRecovered(system, suppression.status)).toEqual([]);
    expect(pinnedByNullSpace(system, suppression.status).filter((id) => system.value(id) >= 1 && system.value(id) <= 9)).toEqual([]);
  });

  for (const n of [300, 3000] as const) {
    it(`on simulate's ${n} reports (seed 1) every hidden count keeps ${PROTECTION_VALUES} values against the solver, and every cell hidden for the solver is needed`, () => {
      const counts = emptyCounts();
      for (const r of syntheticReports(n, 1)) addReport(counts, r);
      const { system, suppression } = tabulate(counts);
      const status = suppression.status;
      expect(pinnedByNullSpace(system, status).filter((id) => system.value(id) >= 1 && system.value(id) <= 9)).toEqual([]);
      const ranges = attack(system, status).ranges;
      expect(ranges.size).toBeGreaterThan(10);
      expect([...ranges].filter(([, r]) => width(r) < PROTECTION_VALUES)).toEqual([]);
      // Minimal in the reveal pass's sense: showing any one secondary cell exposes or narrows a small count.
      for (const [id, s] of status) {
        if (s !== 'secondary') continue;
        const trial = new Map(status).set(id, 'shown');
        const exposed = pinnedByNullSpace(system, trial).some((x) => system.value(x) >= 1 && system.value(x) <= 9);
        expect(exposed || [...attack(system, trial).ranges.values()].some((r) => width(r) < PROTECTION_VALUES), id).toBe(true);
      }
    });
  }
});
