/**
 * The question list is the one place a question is described: adding one there (here, two
 * throw-away questions on an extended copy of the list) is enough for the schema, decrypt's
 * columns, the analysis's categories and the synthetic generator to take it, and the form's
 * screen map does not compile while a question is missing from it.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { OPTION_LABELS } from '../../protocol/labels.js';
import { QUESTION_IDS, QUESTIONS, answerReader, mayBeAbsent, type Questions } from '../../protocol/questions.js';
import { REPORT_SCHEMA_ID, makeReportSchema, schemaFor, type Report } from '../../protocol/report-schema.js';
import { FORM_QUESTIONS, SCREEN, type ScreenMap } from '../../client/questions.js';
import { answers } from '../../scripts/analysis/aggregate.js';
import { categoriesOf, DIMENSION_QUESTIONS, NOT_ANSWERED } from '../../scripts/analysis/categories.js';
import { columnsFor } from '../../scripts/decrypt/columns.js';
import { generateReport, makeRandom } from '../../scripts/dev/report-generator.js';
import { syntheticReports } from '../../scripts/dev/synthetic.js';

const now = () => new Date('2026-06-15T12:00:00Z');
const minimal = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2026-05', force: 'metropolitan', technology: 'fingerprint' },
};
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

/** The list with two throw-away questions: an optional choice in an optional part, a required one in a required part. */
const extended = {
  ...QUESTIONS,
  'scan.throwAway': { kind: 'choice', values: ['one', 'two'], optional: true },
  'incident.throwAwayToo': { kind: 'choice', values: ['a', 'b'], multiple: true },
} as const satisfies Questions;

describe('the question list', () => {
  it('gives the schema a question added to it: its values, its part, optional or not, single or multiple', () => {
    const schema = schemaFor(extended, now);
    const answered = { ...minimal, incident: { ...minimal.incident, throwAwayToo: ['b'] } };
    expect(issuesOf(schema, answered)).toEqual([]);
    expect(schema.parse({ ...answered, scan: { throwAway: 'two' } })).toMatchObject({ scan: { throwAway: 'two' } });
    expect(issuesOf(schema, { ...answered, scan: { throwAway: 'three' } })).toEqual(['scan.throwAway']);
    expect(issuesOf(schema, minimal)).toEqual(['incident.throwAwayToo']);
    expect(issuesOf(schema, { ...answered, incident: { ...answered.incident, throwAwayToo: ['a', 'a'] } })).toEqual(['incident.throwAwayToo']);
    // The real schema knows nothing of it: strict objects refuse it.
    expect(issuesOf(makeReportSchema(now), { ...minimal, scan: { throwAway: 'one' } })).not.toEqual([]);
  });

  it('gives decrypt a column for it, or one per option for a multiple choice', () => {
    const { scalar, multi } = columnsFor(extended);
    expect(scalar.map((c) => [c.name, c.sql]).slice(-3)).toEqual([
      ['scan.throwAway', 'scan_throw_away'],
      ['meta.lang', 'meta_lang'],
      ['meta.synthetic', 'meta_synthetic'],
    ]);
    expect(multi.map((m) => [m.name, m.options])).toContainEqual(['incident.throwAwayToo', ['a', 'b']]);
    const report = { ...minimal, scan: { throwAway: 'two' } };
    expect(scalar.find((c) => c.name === 'scan.throwAway')!.get(report as unknown as Report)).toBe('two');
  });

  it('gives the analysis its categories: the answers, then "not answered" where a report may lack it', () => {
    expect(categoriesOf('scan.throwAway', extended['scan.throwAway'])).toEqual(['one', 'two', NOT_ANSWERED]);
    expect(categoriesOf('incident.throwAwayToo', extended['incident.throwAwayToo'])).toEqual(['a', 'b']);
  });

  it('is what the analysis counts for each dimension (aggregate.ts reads the fields by hand, for speed)', () => {
    let checked = 0;
    for (const report of syntheticReports(500, 3)) {
      const counted = answers(report);
      for (const [dimension, id] of Object.entries(DIMENSION_QUESTIONS)) {
        expect(counted[dimension as keyof typeof DIMENSION_QUESTIONS]).toBe(answerReader(id)(report) ?? NOT_ANSWERED);
        checked += 1;
      }
    }
    expect(checked).toBe(500 * Object.keys(DIMENSION_QUESTIONS).length);
  });

  it('gets answered by the synthetic generator, evenly, in valid reports', () => {
    const rand = makeRandom(5);
    const schema = schemaFor(extended, now);
    const reports = Array.from({ length: 200 }, (_, i) => generateReport(rand, { answers: { 'incident.date': () => '2025-01' } }, i, extended));
    for (const r of reports) expect(issuesOf(schema, r)).toEqual([]);
    const scan = reports.map((r) => (r.scan as Record<string, unknown>).throwAway);
    expect(new Set(scan)).toEqual(new Set(['one', 'two']));
    expect(reports.every((r) => ((r.incident as Record<string, unknown>).throwAwayToo as string[]).length > 0)).toBe(true);
  });

  it('says which answers a report may lack: optional questions and every question of an optional part', () => {
    const absent = QUESTION_IDS.filter((id) => mayBeAbsent(id, QUESTIONS[id]));
    expect(QUESTION_IDS.filter((id) => !absent.includes(id))).toEqual(['reporter.role', 'incident.date', 'incident.force', 'incident.technology']);
  });

  it('labels every answer of every choice question', () => {
    for (const id of QUESTION_IDS) {
      const q = QUESTIONS[id];
      if (q.kind !== 'choice') continue;
      const labels: Readonly<Record<string, string>> = OPTION_LABELS[id as keyof typeof OPTION_LABELS];
      expect(Object.keys(labels).sort(), id).toEqual([...q.values].sort());
    }
  });

  it('has every question on the form once, and the screen map cannot leave one out', () => {
    expect(FORM_QUESTIONS.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
    const { outcome: _left, ...withoutOutcome } = SCREEN;
    // @ts-expect-error a screen map without a question does not compile
    const incomplete: ScreenMap = withoutOutcome;
    // @ts-expect-error nor one that shows a multiple choice as radio buttons
    const wrongWidget: ScreenMap = { ...SCREEN, outcome: { part: 'next', widget: 'radio' } };
    expect([incomplete, wrongWidget]).toHaveLength(2);
  });

  it('marks "(optional)" only where a part of the page also has required questions', () => {
    expect(FORM_QUESTIONS.filter((q) => q.markOptional).map((q) => q.id)).toEqual([
      'incident.timeBand',
      'incident.area',
      'incident.postcodeDistrict',
      'incident.context',
    ]);
  });
});
