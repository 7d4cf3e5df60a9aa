/**
 * The disclosure audit `analyse` runs on what it is about to publish: the integer-programming
 * attack (attack.ts) on the final suppression pattern, the rounded information loss included,
 * summed up per table for the internal summary and in one sentence for the public one.
 */
import { attack, PROTECTION_VALUES, width, type Range } from './attack.js';
import type { ProtectionResult } from './protection.js';
import { INFORMATION_LOSS_ROUNDING, PRIMARY_MAX, PRIMARY_MIN, roundedLoss, type CellSystem } from './suppression.js';
import type { TableSpec } from './table-model.js';

export interface TableAudit {
  id: string;
  /** Count cells hidden in this table ("<10" and "[c]"). */
  hidden: number;
  /** Of them, holding 1 to 9. */
  hiddenSmall: number;
  /** The hidden small count the attacker narrows most, with the range left. */
  narrowest: { cell: string; min: number; max: number; values: number } | null;
}

export interface DisclosureAudit {
  /** Hidden counts holding 1 to 9 (printed or not). */
  hiddenSmall: number;
  /** Recovered exactly. */
  exact: number;
  /** Left fewer than PROTECTION_VALUES possible values. */
  belowProtection: number;
  /** Left fewer values than their label allows (1 to 9 for "<10"). */
  narrowed: number;
  /** Counts the labels alone narrow below PROTECTION_VALUES values, accepted at that width. */
  labelLimited: string[];
  tables: TableAudit[];
  solves: number;
  ms: number;
}

const LABEL_VALUES = PRIMARY_MAX - PRIMARY_MIN + 1;

export function auditPublished(system: CellSystem, specs: TableSpec[], suppression: ProtectionResult): DisclosureAudit {
  const result = attack(system, suppression.status, {
    roundedLoss: { value: roundedLoss(suppression.secondaryTotal), to: INFORMATION_LOSS_ROUNDING },
  });
  const ranges = result.ranges;
  const hiddenIn = (cells: string[]) => cells.filter((c) => suppression.status.get(c) !== 'shown');
  const tableAudit = (id: string, cells: string[]): TableAudit => {
    const hidden = hiddenIn([...new Set(cells)]);
    const small = hidden.filter((c) => ranges.has(c));
    const narrowest = small.reduce<[string, Range] | null>(
      (best, c) => (best === null || width(ranges.get(c)!) < width(best[1]) ? [c, ranges.get(c)!] : best),
      null,
    );
    return {
      id,
      hidden: hidden.length,
      hiddenSmall: small.length,
      narrowest: narrowest && { cell: narrowest[0], ...narrowest[1], values: width(narrowest[1]) },
    };
  };
  const printed = new Set<string>();
  const tables = specs.map((t) => {
    const cells = t.rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'count' ? [c.id] : [])));
    for (const c of cells) printed.add(c);
    return tableAudit(t.id, cells);
  });
  tables.push(
    tableAudit(
      '(counts no table prints)',
      [...system.values.keys()].filter((c) => !printed.has(c)),
    ),
  );
  const widths = [...ranges.values()].map(width);
  return {
    hiddenSmall: ranges.size,
    exact: widths.filter((w) => w === 1).length,
    belowProtection: widths.filter((w) => w < PROTECTION_VALUES).length,
    narrowed: widths.filter((w) => w < LABEL_VALUES).length,
    labelLimited: [...suppression.labelLimited.keys()],
    tables,
    solves: result.solves,
    ms: Math.round(result.ms),
  };
}

/** One sentence for the public summary. */
export function auditVerdict(a: DisclosureAudit): string {
  const head = `An integer-programming attack (HiGHS) on everything published together, the rounded information loss included`;
  if (a.hiddenSmall === 0) return `${head}, finds no hidden count from 1 to 9 to narrow.`;
  const kept =
    a.belowProtection === 0
      ? `leaves each of the ${a.hiddenSmall.toLocaleString('en-GB')} hidden counts from 1 to 9 at least ${PROTECTION_VALUES} possible values`
      : `recovers ${a.exact} of the ${a.hiddenSmall.toLocaleString('en-GB')} hidden counts from 1 to 9 exactly and leaves ${a.belowProtection} fewer than ${PROTECTION_VALUES} possible values` +
        (a.labelLimited.length > 0 ? ` (${a.labelLimited.length} of them narrowed by the "<10" labels alone)` : '');
  return `${head}, ${kept}; ${a.narrowed.toLocaleString('en-GB')} are narrowed below the full 1 to 9.`;
}
