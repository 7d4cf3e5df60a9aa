/**
 * Synthetic, schema-valid reports for benchmarks and tests of `decrypt`, from the one generator
 * (scripts/dev/report-generator.ts) with a profile of its own. Deterministic for a given seed,
 * so a cached benchmark batch can be regenerated identically. Never real testimony: every report
 * carries meta.synthetic = true. Unlike simulate's profile (plausible distributions for the
 * analysis), this one leaves the choices to the generator, which spreads them evenly, and varies
 * narrative length, area and postcode, so decrypt meets every enum value and several padding
 * buckets.
 */
import { NARRATIVE_MAX } from '../../protocol/report-schema.js';
import type { Report } from '../../protocol/report-schema.js';
import { generateReport, type Profile } from '../../scripts/dev/report-generator.js';

/** The same seedable PRNG as `npm run simulate` (mulberry32; not for secrets). */
export { makeRandom as seededRandom } from '../../scripts/dev/report-generator.js';

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

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const twoDigits = (n: number) => String(n).padStart(2, '0');

const EVEN: Profile = {
  first: ['narrative', 'scan.reasonGiven', 'outcome'],
  answers: {
    // Mostly short narratives (the 4 KiB bucket), now and then a long one.
    narrative: (random) => {
      const length = random() < 0.05 ? 400 + Math.floor(random() * 400) : Math.floor(random() * 80);
      const words = Array.from({ length }, () => pick(random, WORDS));
      return length > 0 ? words.join(' ').slice(0, NARRATIVE_MAX).trim() : undefined;
    },
    'incident.date': (random) => `202${4 + Math.floor(random() * 2)}-${twoDigits(1 + Math.floor(random() * 12))}-${twoDigits(1 + Math.floor(random() * 28))}`,
    'incident.area': (random, _, index) => (random() < 0.5 ? `Area ${index % 97}` : undefined),
    'incident.postcodeDistrict': (random, _, index) => (random() < 0.3 ? `LS${1 + (index % 20)}` : undefined),
  },
};

export function syntheticReport(random: () => number, index = 0): Report {
  return generateReport(random, EVEN, index);
}
