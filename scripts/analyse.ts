/**
 * npm run analyse — tables, rates, disproportionality and a report with charts, from
 * decrypted reports (or batch files plus the secret key). See docs/analysis.md.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { EXIT_MANIFEST, ManifestCheckError } from './decrypt/manifest-check.js';
import { expandInputs } from './decrypt/inputs.js';
import { decryptToPrivateFolder, type DecryptedCopy } from './decrypt/decrypt-batches.js';
import { resolveDecryptedInputs } from './analysis/input.js';
import { FORCES } from '../protocol/questions.js';
import { CliError, parseFlags, runCli } from './cli/run-cli.js';
import { passphrasesFor } from './cli/passphrase.js';
import type { PassphraseSource } from './decrypt/keys.js';
import { readPopulationFile } from './analysis/population.js';
import { analyse, checkOutputFolders, EXIT_NOTHING, MIN_PUBLISHABLE_REPORTS } from './analysis/run.js';
import { roundedLoss } from './analysis/suppression.js';
import { MIN_BRIEFING_REPORTS } from './analysis/briefing.js';

/** Exit status when no report was analysed: distinct, so a script can tell "nothing yet" from a crash. */

const HELP = `Usage: npm run analyse -- --input FILE [--input FILE …] [options]

Count, tabulate and chart witness reports, with small counts suppressed for publication.

Input
  --input FILE|FOLDER     decrypted NDJSON from \`npm run decrypt\` (repeatable; bare file names work too); a
                          folder stands for the reports.ndjson decrypt wrote in it (with --key: its batch files)
  --key FILE              campaign secret key: lets --input be batch files, decrypted on the way exactly as
                          \`npm run decrypt\` does (repeatable: old and new key after a rotation)
  --passphrase-file FILE  the key's passphrase, once for every key or once per --key (otherwise you are asked)

Output
  --out DIR               output folder, new or empty (default: analysis); analyse never replaces or adds to
                          an earlier run's results
  --internal              also write UNSUPPRESSED tables to DIR-INTERNAL-unsuppressed-DO-NOT-PUBLISH
  --briefing              also write DIR/briefings.html: one printable page per police force with at least
                          ${MIN_BRIEFING_REPORTS} reports (figures, key findings, a draft letter to the MP or PCC)

  --min-reports N         below N reports (default ${MIN_PUBLISHABLE_REPORTS}) the report publishes no figures, only that it is
                          too early and how many more are needed (small numbers stay hidden whatever N)

Filters
  --from DATE             incidents on or after DATE (YYYY-MM-DD or YYYY-MM)
  --to DATE               incidents on or before DATE
  --force SLUG            only this police force (repeatable), e.g. metropolitan
  --exclude-synthetic     leave out reports made by \`npm run simulate\` (meta.synthetic), and say how many

Rates (docs/analysis.md, "Population file")
  --population FILE       CSV: area,ethnicity,population (template: docs/population-template.csv)
  --per K                 rates per K people (default 10000)
  --reference GROUP       reference group for ratios (default white-british, or white for 5 groups)

Publishable: OUT/report.html, OUT/report.md, OUT/tables/*.csv, OUT/charts/*.svg, OUT/summary.json (and OUT/briefings.html with --briefing).
Witness reports are a self-selected sample, not a census of scans; the report says so next to every rate.

Exit status: 0 done; 1 error; 2 bad command line; ${EXIT_NOTHING} nothing analysed (no valid report left, or an
encrypted batch line without --key): nothing was written; ${EXIT_MANIFEST} (with --key) a batch file does not match
the manifest fetch wrote beside it, as with \`npm run decrypt\`: nothing was analysed.`;

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

const FLAGS = {
  input: { type: 'string', multiple: true },
  key: { type: 'string', multiple: true },
  'passphrase-file': { type: 'string', multiple: true },
  out: { type: 'string' },
  internal: { type: 'boolean' },
  briefing: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'string', multiple: true },
  'exclude-synthetic': { type: 'boolean' },
  population: { type: 'string' },
  per: { type: 'string' },
  reference: { type: 'string' },
  'min-reports': { type: 'string' },
} as const;

type AnalyseFlags = ReturnType<typeof parseFlags<typeof FLAGS>>['values'];

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values, positionals } = parseFlags(argv, FLAGS, HELP);
  const inputs = [...(values.input ?? []), ...positionals];
  if (inputs.length === 0) throw new CliError(`no input given\n\n${HELP}`, 2);
  for (const [flag, v] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const) {
    if (v !== undefined && !DATE.test(v)) throw new CliError(`${flag} ${v}: use YYYY-MM-DD or YYYY-MM`, 2);
  }
  if (values.from && values.to && values.from > values.to) throw new CliError(`--from ${values.from} is after --to ${values.to}`, 2);
  for (const f of values.force ?? []) {
    if (!(FORCES as readonly string[]).includes(f))
      throw new CliError(`--force ${f} is not a police force slug; e.g. metropolitan, west-yorkshire, british-transport-police`, 2);
  }
  const minReports = values['min-reports'] === undefined ? MIN_PUBLISHABLE_REPORTS : Number(values['min-reports']);
  if (!Number.isInteger(minReports) || minReports < 1) throw new CliError(`--min-reports ${values['min-reports']}: give a whole number of at least 1`, 2);
  const k = values.per === undefined ? 10_000 : Number(values.per);
  if (!Number.isInteger(k) || k < 1) throw new CliError(`--per ${values.per}: give a whole number such as 1000 or 10000`, 2);

  // Batch files: decrypted first, by decrypt's own path (manifests, several keys, duplicates once, quarantine).
  const passphraseFor = passphrasesFor(values['passphrase-file'] ?? [], values.key?.length ?? 0);
  if (passphraseFor === null)
    throw new CliError(`give --passphrase-file once (for every key) or once per --key, not ${values['passphrase-file']!.length} times`, 2);
  // Before any passphrase is asked or report read: where the results go, and what the inputs are.
  checkOutputFolders(values.out ?? 'analysis', values.internal ?? false);
  const files = values.key ? await expandInputs(inputs) : resolveDecryptedInputs(inputs);
  const decrypted = values.key ? await decryptForAnalysis(files, values.key, passphraseFor) : null;
  try {
    await analyseAndReport({ values, inputs: files, decrypted, k, minReports });
  } finally {
    await decrypted?.remove();
  }
}

/** decrypt's errors, in analyse's words. */
async function decryptForAnalysis(inputs: string[], keyFiles: string[], passphraseFor: PassphraseSource): Promise<DecryptedCopy> {
  let stop = false;
  const onSigint = () => {
    stop = true;
  };
  process.on('SIGINT', onSigint);
  try {
    return await decryptToPrivateFolder({
      files: inputs,
      keyFiles,
      passphraseFor,
      shouldStop: () => stop,
    });
  } catch (e) {
    if (e instanceof ManifestCheckError) {
      throw new CliError(
        `${e.message}\n  (analyse has no such option: decrypt a file changed on purpose with npm run decrypt, then analyse its reports.ndjson)`,
        EXIT_MANIFEST,
      );
    }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

async function analyseAndReport({
  values,
  inputs,
  decrypted,
  k,
  minReports,
}: {
  values: AnalyseFlags;
  inputs: string[];
  decrypted: DecryptedCopy | null;
  k: number;
  minReports: number;
}): Promise<void> {
  const population = values.population ? await readPopulationFile(values.population) : null;
  const outDir = values.out ?? 'analysis';
  const result = await analyse({
    inputs: decrypted ? [decrypted.reportsFile] : inputs,
    ...(decrypted ? { fromBatches: { files: inputs, quarantined: decrypted.quarantined, answers: decrypted.summary.answers } } : {}),
    outDir,
    filters: { from: values.from, to: values.to, forces: values.force, excludeSynthetic: values['exclude-synthetic'] ?? false },
    population,
    populationFile: values.population,
    k,
    reference: values.reference,
    internal: values.internal ?? false,
    briefing: values.briefing ?? false,
    minReports,
  });

  const { input, counts } = result;
  if (decrypted && decrypted.summary.duplicates > 0) process.stderr.write(`${decrypted.summary.duplicates} duplicate envelope(s) counted once\n`);
  process.stderr.write(
    `analysed ${counts.total.toLocaleString('en-GB')} reports (${input.lines.toLocaleString('en-GB')} lines read, ${result.outsideFilters.toLocaleString('en-GB')} outside the filters)\n`,
  );
  if (input.invalid > 0) {
    process.stderr.write(`warning: ${input.invalid} line(s) failed validation and were not counted:\n`);
    for (const e of input.invalidExamples) process.stderr.write(`  ${e.file}:${e.line}: ${e.reason}\n`);
    if (input.invalid > input.invalidExamples.length) process.stderr.write(`  … and ${input.invalid - input.invalidExamples.length} more\n`);
  }
  if (input.answers > 0) {
    process.stderr.write(`set aside ${input.answers.toLocaleString('en-GB')} answer(s) to replies: they are not reports and are never counted\n`);
  }
  if (result.excludedSynthetic > 0)
    process.stderr.write(`left out ${result.excludedSynthetic.toLocaleString('en-GB')} SYNTHETIC report(s) (--exclude-synthetic)\n`);
  if (counts.synthetic > 0) process.stderr.write(`note: ${counts.synthetic} report(s) are SYNTHETIC (from npm run simulate); the report is marked as such\n`);
  if (result.tooEarly) {
    process.stderr.write(
      `too early to publish figures: ${counts.total.toLocaleString('en-GB')} report(s), and the report gives figures from ${result.tooEarly.minimum.toLocaleString('en-GB')} on ` +
        `(${result.tooEarly.needed.toLocaleString('en-GB')} more needed); report.html says so${values.internal ? '' : ' (--internal writes every count for you alone)'}\n`,
    );
  } else {
    process.stderr.write(
      `suppression: ${result.suppression.secondary} cell(s) holding about ${roundedLoss(result.suppression.secondaryTotal).toLocaleString('en-GB')} reports hidden to protect small counts\n`,
    );
    const audit = result.audit;
    process.stderr.write(
      `disclosure audit (integer programming, ${audit.ms.toLocaleString('en-GB')} ms): ${audit.exact} hidden small count(s) recovered exactly, ${audit.belowProtection} left fewer than 4 possible values, ${audit.narrowed} narrowed below 1–9, of ${audit.hiddenSmall}\n`,
    );
    process.stderr.write(populationAdvice(result.withoutPopulation, values.population));
  }
  if (values.briefing && !result.tooEarly)
    process.stdout.write(
      `${outDir}/briefings.html  (${(result.summary.briefings as unknown[]).length} force(s) with at least ${MIN_BRIEFING_REPORTS} reports)\n`,
    );
  process.stdout.write(`${outDir}/report.html\n${outDir}/report.md\n${outDir}/summary.json\n${result.tooEarly ? '' : `${outDir}/tables/\n`}`);
  if (result.internalDir) process.stdout.write(`${result.internalDir}/  (UNSUPPRESSED — do not publish)\n`);
}

/** Which forces have no population figures (so no rates, and briefings that compare nothing), and how to add them. */
export function populationAdvice(missing: { force: string; reports: number }[], populationFile: string | undefined): string {
  if (missing.length === 0) return '';
  const listed = missing
    .slice(0, 8)
    .map((m) => `${m.force} (${m.reports.toLocaleString('en-GB')})`)
    .join(', ');
  const more = missing.length > 8 ? ` and ${missing.length - 8} more` : '';
  const how =
    '  Make figures for every force in England and Wales from the 2021 Census: npm run population -- --census FILE --lookup FILE --out population.csv\n' +
    '  (docs/analysis.md, "Census denominators"), then analyse again with --population population.csv.\n';
  return populationFile
    ? `no population figures in ${populationFile} for ${missing.length} force(s) with reports: ${listed}${more}.\n` +
        '  Their reports get no rates, and their briefings compare nothing: they give counts only.\n' +
        how
    : `no --population file: no rates and no comparison for any force. Forces with reports: ${listed}${more}.\n` + how;
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) runCli('analyse', main);
