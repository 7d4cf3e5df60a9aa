import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvCells, csvRow, neutraliseCell } from '../../scripts/decrypt/columns.js';
import type { Report } from '../../protocol/report-schema.js';

const base: Report = {
  schema: 'scanwitness.report.v1',
  reporter: { role: 'witness' },
  incident: { date: '2025-03', force: 'west-yorkshire', technology: 'fingerprint' },
};

describe('neutraliseCell', () => {
  it.each(['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });
  it.each(['plain', ' =not at start', '0-4', "'quoted", ''])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('csvCells', () => {
  it('one cell per header column; unanswered multi-selects are empty, not 0', () => {
    const cells = csvCells(7, '2025-03-02', base);
    expect(cells).toHaveLength(CSV_HEADER.length);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, cells[i]]));
    expect(row).toMatchObject({
      id: 7,
      receivedOn: '2025-03-02',
      'incident.force': 'west-yorkshire',
      outcome: null,
      'outcome.released': null,
      narrative: null,
    });
  });

  it('multi-selects as ;-joined slugs and one 0/1 column per option', () => {
    const cells = csvCells(1, '2025-03-02', { ...base, outcome: ['released', 'home-office-contacted'], scan: { reasonGiven: [] } });
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, cells[i]]));
    expect(row).toMatchObject({
      outcome: 'released;home-office-contacted',
      'outcome.released': 1,
      'outcome.arrested-offence': 0,
      'outcome.home-office-contacted': 1,
      'scan.reasonGiven': '',
      'scan.reasonGiven.no-id': 0,
    });
  });

  it('neutralises free text, including contact details', () => {
    const cells = csvCells(1, '2025-03-02', {
      ...base,
      narrative: '=cmd|" /C calc"!A0',
      contact: { consent: true, details: '+447700900000' },
      incident: { ...base.incident, area: '@home' },
    });
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, cells[i]]));
    expect(row).toMatchObject({ narrative: `'=cmd|" /C calc"!A0`, 'contact.details': "'+447700900000", 'incident.area': "'@home" });
  });
});

describe('csvRow', () => {
  it('writes each record exactly as csv-stringify does', () => {
    const rows = [
      [1, 'plain', null],
      [2, 'a "quoted" word', 'multi\nline\nnarrative'],
      [3, '""', 'comma, here'],
      [4, '\n', '"\n"'],
      [5, '', 'end', 0, 1.5],
      [6, 'carriage\rreturn', "'=SUM(A1)", ' spaces ', 'ünïcødé ✓', ';'],
    ];
    for (const row of rows) expect(csvRow(row)).toBe(stringify([row]));
  });
});
