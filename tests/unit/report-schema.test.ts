import { describe, expect, it } from 'vitest';
import { AGE_BANDS, CENSUS_ETHNICITIES, ETHNICITIES, FORCES, OUTCOMES, TERRITORIAL_FORCES } from '../../protocol/questions.js';
import { parsePhotoReference } from '../../protocol/photo-reference.js';
import { REPORT_SCHEMA_ID, isAcceptableIncidentDate, makeReportSchema } from '../../protocol/report-schema.js';

const now = new Date('2026-06-15T12:00:00Z');
const schema = makeReportSchema(() => now);
const minimal = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2026-05', force: 'metropolitan', technology: 'fingerprint' },
};
const issuesOf = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('report schema v1', () => {
  it('has the enums the form and the analysis are built on', () => {
    expect(TERRITORIAL_FORCES).toHaveLength(43);
    expect(FORCES).toHaveLength(47);
    expect(CENSUS_ETHNICITIES).toHaveLength(19);
    expect(ETHNICITIES).toContain('prefer-not-to-say');
    expect(AGE_BANDS).toContain('15-17');
    expect(OUTCOMES).toContain('immigration-detention');
  });

  it('accepts the four required answers alone', () => {
    expect(issuesOf(minimal)).toEqual([]);
  });

  it.each(['reporter', 'incident'])('requires %s', (key) => {
    const { [key as 'reporter']: _drop, ...rest } = minimal;
    expect(issuesOf(rest)).toContain(key);
  });

  it.each(['date', 'force', 'technology'])('requires incident.%s', (key) => {
    const incident = { ...minimal.incident } as Record<string, string>;
    delete incident[key];
    expect(issuesOf({ ...minimal, incident })).toContain(`incident.${key}`);
  });

  it('rejects unknown fields anywhere (strict objects)', () => {
    expect(issuesOf({ ...minimal, ip: '1.2.3.4' })).not.toEqual([]);
    expect(issuesOf({ ...minimal, incident: { ...minimal.incident, gps: 'x' } })).not.toEqual([]);
  });

  it.each([
    ['2026-06-15', true],
    ['2026-06-16', true],
    ['2026-06', true],
    ['2026-06-17', false],
    ['2026-07', false],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13', false],
    ['2025-1-5', false],
    ['yesterday', false],
  ] as const)('incident date %s acceptable: %s', (date, ok) => {
    expect(isAcceptableIncidentDate(date, now)).toBe(ok);
  });

  it('accepts only the outward half of a postcode, normalised to capitals', () => {
    const withPostcode = (p: string) => schema.safeParse({ ...minimal, incident: { ...minimal.incident, postcodeDistrict: p } });
    expect(withPostcode('ls7').data?.incident.postcodeDistrict).toBe('LS7');
    expect(withPostcode('SW1A').success).toBe(true);
    expect(withPostcode('LS7 3AB').success).toBe(false);
  });

  it('caps the narrative at 5,000 characters and contact at 200, contact only with consent', () => {
    expect(issuesOf({ ...minimal, narrative: 'a'.repeat(5000) })).toEqual([]);
    expect(issuesOf({ ...minimal, narrative: 'a'.repeat(5001) })).toEqual(['narrative']);
    expect(issuesOf({ ...minimal, contact: { consent: true, details: 'a'.repeat(200) } })).toEqual([]);
    expect(issuesOf({ ...minimal, contact: { consent: true, details: 'a'.repeat(201) } })).toEqual(['contact.details']);
    expect(issuesOf({ ...minimal, contact: { consent: false, details: 'me@example.org' } })).toEqual(['contact.consent']);
  });

  it('refuses repeated answers in multi-selects', () => {
    expect(issuesOf({ ...minimal, outcome: ['released', 'released'] })).toEqual(['outcome']);
    expect(issuesOf({ ...minimal, scan: { reasonGiven: ['no-id', 'other'] } })).toEqual([]);
  });
});

describe('photos in the report', () => {
  const photo = (n: number) => ({
    upload: n.toString(16).padStart(32, 'a'),
    key: 'A'.repeat(43) + '=',
    bytes: 123456,
    sha256: 'b'.repeat(64),
    type: 'image/jpeg',
  });
  it('carries 1 to MAX_PHOTOS entries', () => {
    expect(issuesOf({ ...minimal, photos: [photo(1)] })).toEqual([]);
    expect(issuesOf({ ...minimal, photos: [1, 2, 3, 4].map(photo) })).toEqual([]);
    expect(issuesOf({ ...minimal, photos: [1, 2, 3, 4, 5].map(photo) })).toEqual(['photos']);
    expect(issuesOf({ ...minimal, photos: [] })).toEqual(['photos']);
  });
  it('each entry has exactly an upload id, a 32-byte key, a length, a SHA-256 and the type (checked by decrypt)', () => {
    expect(parsePhotoReference(photo(1))).toEqual({ ok: true, photo: photo(1) });
    const bad = (change: object) => parsePhotoReference({ ...photo(1), ...change });
    expect(bad({ key: 'short' })).toMatchObject({ ok: false, message: expect.stringContaining('key') });
    expect(bad({ upload: 'x'.repeat(32) })).toMatchObject({ ok: false, message: expect.stringContaining('upload') });
    expect(bad({ sha256: 'B'.repeat(64) })).toMatchObject({ ok: false });
    expect(bad({ type: 'video/mp4' })).toMatchObject({ ok: false });
    expect(bad({ bytes: 0 })).toMatchObject({ ok: false });
    expect(bad({ bytes: 1.5 })).toMatchObject({ ok: false });
    expect(bad({ gps: '51.5' })).toMatchObject({ ok: false });
    expect(JSON.stringify(bad({ key: 'SECRETKEY' }))).not.toContain('SECRETKEY');
  });
});
