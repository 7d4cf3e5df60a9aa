/**
 * Synthetic, schema-valid reports for benchmarks and tests of `decrypt`. Deterministic for a
 * given seed, so a cached benchmark batch can be regenerated identically. Never real testimony:
 * every report carries meta.synthetic = true. Unlike simulate's generator (plausible
 * distributions for the analysis), this one spreads answers evenly and varies narrative length,
 * so decrypt meets every enum value and several padding buckets.
 */
import {
  AGE_BANDS,
  CONTEXTS,
  NARRATIVE_MAX,
  ETHNICITIES,
  ETHNICITY_SOURCES,
  FORCES,
  GENDERS,
  IMMIGRATION_STATUSES,
  OUTCOMES,
  REASONS_GIVEN,
  REPORT_SCHEMA_ID,
  ROLES,
  SCAN_RESULTS,
  SUSPECTED_OFFENCES,
  TECHNOLOGIES,
  TIME_BANDS,
  YES_NO_UNSURE,
  type Report,
} from '../../protocol/report-schema.js';

/** The same seedable PRNG as `npm run simulate` (mulberry32; not for secrets). */
export { makeRandom as seededRandom } from '../../scripts/dev/synthetic.js';

const WORDS = [
  'officer',
  'scanned',
  'fingerprint',
  'phone',
  'street',
  'bus',
  'stop',
  'asked',
  'name',
  'refused',
  'station',
  'van',
  'two',
  'police',
  'said',
  'check',
  'immigration',
  'database',
  'waited',
  'minutes',
  'friend',
  'shop',
  'outside',
  'evening',
  'morning',
  'told',
  'device',
  'hand',
  'worried',
  'released',
];

export function syntheticReport(random: () => number, index = 0): Report {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[]): T[] => list.filter(() => random() < 0.2).slice(0, 3);
  const words: string[] = [];
  // Mostly short narratives (the 4 KiB bucket), now and then a long one.
  const length = random() < 0.05 ? 400 + Math.floor(random() * 400) : Math.floor(random() * 80);
  for (let i = 0; i < length; i++) words.push(pick(WORDS));
  const reasonGiven = some(REASONS_GIVEN);
  const outcome = some(OUTCOMES);
  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    reporter: { role: pick(ROLES) },
    incident: {
      date: `202${4 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      timeBand: pick(TIME_BANDS),
      force: pick(FORCES),
      ...(random() < 0.5 ? { area: `Area ${index % 97}` } : {}),
      ...(random() < 0.3 ? { postcodeDistrict: `LS${1 + (index % 20)}` } : {}),
      context: pick(CONTEXTS),
      technology: pick(TECHNOLOGIES),
    },
    scan: {
      ...(reasonGiven.length > 0 ? { reasonGiven } : {}),
      suspectedOffence: pick(SUSPECTED_OFFENCES),
      toldReason: pick(YES_NO_UNSURE),
      toldSpeculativeSearch: pick(YES_NO_UNSURE),
      askedConsent: pick(YES_NO_UNSURE),
      result: pick(SCAN_RESULTS),
    },
    ...(outcome.length > 0 ? { outcome } : {}),
    person: {
      ethnicity: pick(ETHNICITIES),
      ethnicitySource: pick(ETHNICITY_SOURCES),
      gender: pick(GENDERS),
      ageBand: pick(AGE_BANDS),
      immigrationStatus: pick(IMMIGRATION_STATUSES),
    },
    ...(length > 0 ? { narrative: words.join(' ').slice(0, NARRATIVE_MAX).trim() } : {}),
    meta: { lang: 'en', synthetic: true },
  };
  return report;
}
