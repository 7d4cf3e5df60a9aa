/**
 * How a validated report becomes a flat row: the CSV's columns and the SQLite `reports`
 * table's columns are the same list, so the two outputs always agree.
 *
 * - one column per scalar field, named by its dot path (`incident.force`);
 * - each multi-select twice: `;`-joined slugs (`outcome`) for reading, and one 0/1 column per
 *   option (`outcome.arrested-offence`) for counting in a spreadsheet; all of them empty when
 *   the question was not answered, so "not answered" never reads as "no";
 * - narrative and contact details included: the CSV is for the campaign's analysts, never for
 *   publication.
 *
 * The columns follow protocol/questions.ts: a new question gets its column(s) there, in order.
 */
import { csvFormatRow } from 'd3-dsv';
import { QUESTIONS, answerReader, type Questions } from '../../protocol/questions.js';
import type { Report } from '../../protocol/report-schema.js';

export type CsvCell = string | number | null;

interface ScalarColumn {
  name: string;
  /** SQLite column name (snake_case: dot paths need quoting in SQL). */
  sql: string;
  get(report: Report): string | number | undefined;
}

interface MultiSelect {
  name: string;
  options: readonly string[];
  get(report: Report): readonly string[] | undefined;
}

/** `incident.postcodeDistrict` → `incident_postcode_district`. */
const sqlName = (path: string) => path.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns of a list of questions (tests pass one with a throw-away question): one per answer,
 * in the list's order, multi-selects apart; a tick has none (`contact.consent` is always true
 * when there are contact details). Then the form's language and the synthetic mark.
 */
export function columnsFor(questions: Questions): { scalar: ScalarColumn[]; multi: MultiSelect[] } {
  const scalar: ScalarColumn[] = [];
  const multi: MultiSelect[] = [];
  for (const [id, question] of Object.entries(questions)) {
    const get = answerReader(id);
    if (question.kind === 'choice' && question.multiple) multi.push({ name: id, options: question.values, get: get as MultiSelect['get'] });
    else if (question.kind !== 'tick') scalar.push({ name: id, sql: sqlName(id), get: get as ScalarColumn['get'] });
  }
  scalar.push(
    { name: 'meta.lang', sql: 'meta_lang', get: (r) => r.meta?.lang },
    { name: 'meta.synthetic', sql: 'meta_synthetic', get: (r) => (r.meta?.synthetic ? 1 : undefined) },
  );
  return { scalar, multi };
}

const COLUMNS = columnsFor(QUESTIONS);
export const SCALAR_COLUMNS: readonly ScalarColumn[] = COLUMNS.scalar;
export const MULTI_SELECTS: readonly MultiSelect[] = COLUMNS.multi;

export const CSV_HEADER: readonly string[] = [
  'id',
  'receivedOn',
  ...SCALAR_COLUMNS.map((c) => c.name),
  ...MULTI_SELECTS.flatMap((m) => [m.name, ...m.options.map((o) => `${m.name}.${o}`)]),
];

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / CR, which some strip first) as a
 * formula: a narrative "=HYPERLINK(…)" would run on the analyst's machine (OWASP "CSV
 * Injection"). A leading apostrophe makes the cell text. Numbers are never affected.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV cells of one decrypted report, in CSV_HEADER order, already neutralised. */
export function csvCells(id: number, receivedOn: string, report: Report): CsvCell[] {
  const cells: CsvCell[] = [id, neutraliseCell(receivedOn)];
  for (const column of SCALAR_COLUMNS) {
    const value = column.get(report);
    cells.push(value === undefined ? null : typeof value === 'number' ? value : neutraliseCell(value));
  }
  for (const multi of MULTI_SELECTS) {
    const chosen = multi.get(report);
    cells.push(chosen === undefined ? null : neutraliseCell(chosen.join(';')));
    for (const option of multi.options) cells.push(chosen === undefined ? null : chosen.includes(option) ? 1 : 0);
  }
  return cells;
}

/** The `reports` table's values for one report (not neutralised: SQL is not a spreadsheet). */
export function sqlValues(report: Report): (string | number | null)[] {
  return SCALAR_COLUMNS.map((c) => c.get(report) ?? null);
}

/**
 * One CSV record, newline included: RFC 4180 as csv-stringify writes it (a field with a quote,
 * comma, CR or LF is quoted, inner quotes doubled; null is empty; numbers as String() writes
 * them), by d3-dsv, which does it about 3× faster (csv-stringify's per-field casting cost as
 * much as the decryption's whole parsing). tests/unit/csv-columns.test.ts checks they agree.
 */
export function csvRow(cells: readonly CsvCell[]): string {
  // d3-dsv formats null as empty and numbers with String(); its type declarations say string only.
  return `${csvFormatRow(cells as readonly string[])}\n`;
}
