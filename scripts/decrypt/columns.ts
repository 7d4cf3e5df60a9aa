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
 */
import { csvFormatRow } from 'd3-dsv';
import { OUTCOMES, REASONS_GIVEN, type Report } from '../../protocol/report-schema.js';

export type CsvCell = string | number | null;

interface ScalarColumn {
  name: string;
  /** SQLite column name (snake_case: dot paths need quoting in SQL). */
  sql: string;
  get(report: Report): string | number | undefined;
}

export const SCALAR_COLUMNS: readonly ScalarColumn[] = [
  { name: 'reporter.role', sql: 'reporter_role', get: (r) => r.reporter.role },
  { name: 'incident.date', sql: 'incident_date', get: (r) => r.incident.date },
  { name: 'incident.timeBand', sql: 'incident_time_band', get: (r) => r.incident.timeBand },
  { name: 'incident.force', sql: 'incident_force', get: (r) => r.incident.force },
  { name: 'incident.area', sql: 'incident_area', get: (r) => r.incident.area },
  { name: 'incident.postcodeDistrict', sql: 'incident_postcode_district', get: (r) => r.incident.postcodeDistrict },
  { name: 'incident.context', sql: 'incident_context', get: (r) => r.incident.context },
  { name: 'incident.technology', sql: 'incident_technology', get: (r) => r.incident.technology },
  { name: 'scan.suspectedOffence', sql: 'scan_suspected_offence', get: (r) => r.scan?.suspectedOffence },
  { name: 'scan.toldReason', sql: 'scan_told_reason', get: (r) => r.scan?.toldReason },
  { name: 'scan.toldSpeculativeSearch', sql: 'scan_told_speculative_search', get: (r) => r.scan?.toldSpeculativeSearch },
  { name: 'scan.askedConsent', sql: 'scan_asked_consent', get: (r) => r.scan?.askedConsent },
  { name: 'scan.result', sql: 'scan_result', get: (r) => r.scan?.result },
  { name: 'person.ethnicity', sql: 'person_ethnicity', get: (r) => r.person?.ethnicity },
  { name: 'person.ethnicitySource', sql: 'person_ethnicity_source', get: (r) => r.person?.ethnicitySource },
  { name: 'person.gender', sql: 'person_gender', get: (r) => r.person?.gender },
  { name: 'person.ageBand', sql: 'person_age_band', get: (r) => r.person?.ageBand },
  { name: 'person.immigrationStatus', sql: 'person_immigration_status', get: (r) => r.person?.immigrationStatus },
  { name: 'narrative', sql: 'narrative', get: (r) => r.narrative },
  { name: 'contact.details', sql: 'contact_details', get: (r) => r.contact?.details },
  { name: 'meta.lang', sql: 'meta_lang', get: (r) => r.meta?.lang },
  { name: 'meta.synthetic', sql: 'meta_synthetic', get: (r) => (r.meta?.synthetic ? 1 : undefined) },
];

interface MultiSelect {
  name: string;
  options: readonly string[];
  get(report: Report): readonly string[] | undefined;
}

export const MULTI_SELECTS: readonly MultiSelect[] = [
  { name: 'scan.reasonGiven', options: REASONS_GIVEN, get: (r) => r.scan?.reasonGiven },
  { name: 'outcome', options: OUTCOMES, get: (r) => r.outcome },
];

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
