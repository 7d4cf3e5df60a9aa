/**
 * `analyse`: stream the input into counts, build every table, suppress, and write the
 * publishable outputs (summary.json, tables/*.csv, charts/*.svg, report.html, report.md)
 * and, with `internal`, the unsuppressed tables in a separate, clearly named folder.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { addReport, emptyCounts, passesFilters, type Counts, type Filters } from './aggregate.js';
import { buildCharts, type Chart } from './charts.js';
import { briefingFindings, keyFindings, type KeyFindings } from './findings.js';
import { BRIEFING_PREFIX, briefingForces, buildBriefingTables, draftLetter } from './briefing.js';
import { countInvalid, emptyInputStats, readReports, type InputStats, type InvalidLine } from './input.js';
import type { Population } from './population.js';
import { buildRateTables, defaultReference, SELF_SELECTED_CAVEAT } from './rates.js';
import {
  renderBriefingsHtml,
  renderHtml,
  renderMarkdown,
  renderTooEarlyHtml,
  renderTooEarlyMarkdown,
  tableCsv,
  type Briefing,
  type ReportContext,
} from './render.js';
import { EXACT_BELOW } from './stats.js';
import { CellSystem, INFORMATION_LOSS_ROUNDING, PRIMARY_MAX, roundedLoss } from './suppression.js';
import { protect, type ProtectionResult } from './protection.js';
import { auditPublished, auditVerdict, type DisclosureAudit } from './audit.js';
import { loadSolver, PROTECTION_VALUES } from './attack.js';
import { buildCountTables } from './count-tables.js';
import { COST_WEIGHT, id, MIN_FOR_RATES, resolveTable, type ResolvedTable, type TableSpec } from './table-model.js';
import { AnalysisError } from './errors.js';
import { label, rollUpEthnicity } from './categories.js';
import { FORCES } from '../../protocol/questions.js';

export const SUMMARY_SCHEMA = 'scanwitness.analysis.v1';
export const INTERNAL_SUFFIX = '-INTERNAL-unsuppressed-DO-NOT-PUBLISH';

export interface AnalyseOptions {
  inputs: string[];
  outDir: string;
  /**
   * Set when `inputs` were decrypted from batch files on the way (`analyse --key`): the batch
   * files (named in the summary) and the lines decrypt quarantined (counted as invalid).
   */
  fromBatches?: { files: string[]; quarantined: InvalidLine[]; /** Answers to replies decrypt wrote to their own file. */ answers?: number };
  filters?: CountOptions;
  population?: Population | null;
  populationFile?: string;
  k?: number;
  reference?: string;
  /** Also write unsuppressed tables to `${outDir}${INTERNAL_SUFFIX}`. */
  internal?: boolean;
  /** Also write briefings.html: one page per police force with enough reports. */
  briefing?: boolean;
  now?: Date;
  title?: string;
  /** Below this many reports the report publishes no figures (default MIN_PUBLISHABLE_REPORTS). */
  minReports?: number;
}

export interface AnalyseResult {
  outDir: string;
  internalDir: string | null;
  counts: Counts;
  input: InputStats;
  outsideFilters: number;
  excludedSynthetic: number;
  publicTables: ResolvedTable[];
  internalTables: ResolvedTable[];
  suppression: ProtectionResult;
  audit: DisclosureAudit;
  summary: Record<string, unknown>;
  /** Set when there were too few reports to publish figures: how many more are needed. */
  tooEarly: { minimum: number; needed: number } | null;
  /** Forces with reports but no population figures (every force, without a population file). */
  withoutPopulation: { force: string; reports: number }[];
}

/**
 * Below this many reports the publishable report states no figures, only that it is too early
 * and how many more reports are needed. Measured on synthetic data (seed 5): of the figures the
 * tables would print, 93% are hidden at 10 reports, 84% at 50, 71% at 100, 41% at 500 — below
 * 100 the report would be pages of "<10" and "[c]".
 */
export const MIN_PUBLISHABLE_REPORTS = 100;

/** Forces with at least one report that the population file does not cover, most reports first. */
export function forcesWithoutPopulation(counts: Counts, population: Population | null): { force: string; reports: number }[] {
  return FORCES.filter((f) => f !== 'unknown' && (counts.one.force[f] ?? 0) > 0 && !population?.areas.has(f))
    .map((f) => ({ force: f, reports: counts.one.force[f]! }))
    .sort((a, b) => b.reports - a.reports);
}

/**
 * No report was left to analyse (empty input, every line invalid, or everything outside the
 * filters): nothing is written, because a report saying "0 reports" looks like a finding.
 */
/** analyse's exit status when nothing was analysed (no valid report left, or encrypted input without --key). */
export const EXIT_NOTHING = 3;

export class NothingAnalysedError extends Error {
  constructor(
    readonly input: InputStats,
    readonly outsideFilters: number,
    readonly excludedSynthetic: number,
  ) {
    const why =
      input.lines === 0
        ? 'the input holds no lines'
        : input.valid === 0
          ? `none of the ${input.lines.toLocaleString('en-GB')} input lines is a valid report (first problem: ${input.invalidExamples[0] ? `${input.invalidExamples[0].file}:${input.invalidExamples[0].line}: ${input.invalidExamples[0].reason}` : 'unknown'})`
          : `all ${input.valid.toLocaleString('en-GB')} valid reports were left out (${outsideFilters.toLocaleString('en-GB')} outside the filters, ${excludedSynthetic.toLocaleString('en-GB')} synthetic with --exclude-synthetic)`;
    super(`no report was analysed: ${why}; nothing was written`);
    this.name = 'NothingAnalysedError';
  }
}

export interface CountOptions extends Filters {
  /** Leave out reports whose meta.synthetic is true (made by npm run simulate), counting them. */
  excludeSynthetic?: boolean;
}

/** Count every valid report that passes the filters; memory does not grow with the input. */
export async function countReports(
  inputs: string[],
  filters: CountOptions,
  quarantined: readonly InvalidLine[] = [],
): Promise<{ counts: Counts; input: InputStats; outsideFilters: number; excludedSynthetic: number }> {
  const counts = emptyCounts();
  const input = emptyInputStats();
  for (const q of quarantined) countInvalid(input, q);
  let outsideFilters = 0;
  let excludedSynthetic = 0;
  for await (const report of readReports(inputs, input)) {
    if (filters.excludeSynthetic && report.meta?.synthetic === true) excludedSynthetic += 1;
    else if (passesFilters(report, filters)) addReport(counts, report);
    else outsideFilters += 1;
  }
  return { counts, input, outsideFilters, excludedSynthetic };
}

/** Build tables and decide suppression (no I/O): what the tests check against hand counts. Needs `await loadSolver()` first. */
export function tabulate(counts: Counts, options: { population?: Population | null; k?: number; reference?: string; briefing?: boolean } = {}) {
  const system = new CellSystem();
  const specs: TableSpec[] = buildCountTables(counts, system);
  const population = options.population ?? null;
  let rates: { k: number; reference: string; level: number } | null = null;
  if (population) {
    const reference = options.reference ?? defaultReference(population.level);
    if (!population.groups.includes(reference)) {
      throw new AnalysisError(`--reference ${reference} is not one of the ${population.level} groups in the population file: ${population.groups.join(', ')}`);
    }
    rates = { k: options.k ?? 10_000, reference, level: population.level };
    specs.push(...buildRateTables(counts, population, system, rates));
  }
  const briefed = options.briefing ? briefingForces(counts) : [];
  specs.push(...buildBriefingTables(counts, system, briefed, population));
  // The reference group of the ratios is as costly to hide as the grand total.
  // The 19- and 5-group tables are linked, so both levels of the reference count.
  const references: [string, string][] = [
    ['ethnicity19', defaultReference(19)],
    ['ethnicity5', defaultReference(5)],
  ];
  if (rates) references.push([rates.level === 19 ? 'ethnicity19' : 'ethnicity5', rates.reference]);
  if (rates?.level === 19) references.push(['ethnicity5', rollUpEthnicity(rates.reference)]);
  // Next come the counts a published ratio needs: a key finding is built from each. Not the
  // roll-up "all groups other than the reference combined": hiding it costs no group's ratio.
  for (const t of specs.filter((s) => s.group === 'rates'))
    for (const r of t.rows.filter((row) => row.role === undefined)) {
      const n = r.cells[0];
      if (n?.kind === 'count' && system.value(n.id) >= MIN_FOR_RATES) system.weigh(n.id, COST_WEIGHT.ratioCount);
    }
  for (const [dim, ref] of references) system.weigh(id.one(dim, ref), COST_WEIGHT.reference);
  const suppression = protect(system);
  const publicTables = specs.map((t) => resolveTable(t, system, suppression.status));
  const internalTables = specs.map((t) => resolveTable(t, system, null));
  return { system, specs, suppression, publicTables, internalTables, rates, briefed };
}

/** The unsuppressed tables' folder, beside the publishable one. */
export function internalDirFor(outDir: string): string {
  return `${outDir.replace(/[/\\]+$/, '')}${INTERNAL_SUFFIX}`;
}

/**
 * The folders analyse will write must be new or empty: it never replaces or adds to another
 * run's results (a synthetic run must not land where a real one was). Checked before anything
 * is read or a passphrase asked.
 */
export function checkOutputFolders(outDir: string, internal = false): void {
  for (const dir of [outDir, ...(internal ? [internalDirFor(outDir)] : [])]) {
    if (!existsSync(dir)) continue;
    const entries = statSync(dir).isDirectory() ? readdirSync(dir) : null;
    if (entries !== null && entries.length === 0) continue;
    const what = entries === null ? 'is a file' : entries.includes('summary.json') ? 'holds the results of an earlier analysis' : 'is not empty';
    throw new AnalysisError(
      `${dir} ${what}; analyse never replaces or adds to another run's results.\n` +
        `Give a new folder with --out (e.g. --out ${freeName(outDir)}), or move ${dir} away first.`,
    );
  }
}

function freeName(outDir: string): string {
  const base = outDir.replace(/[/\\]+$/, '');
  for (let n = 2; ; n++) if (!existsSync(`${base}-${n}`) && !existsSync(internalDirFor(`${base}-${n}`))) return `${base}-${n}`;
}

/**
 * Write a folder whole or not at all: into a hidden sibling first, renamed into place at the
 * end, so a failed run leaves nothing that would block the retry (or pass for a complete result).
 */
async function writeFolder(dir: string, write: (staging: string) => Promise<void>): Promise<void> {
  const clean = dir.replace(/[/\\]+$/, '');
  await mkdir(dirname(clean), { recursive: true });
  const staging = await mkdtemp(join(dirname(clean), `.${basename(clean)}.partial-`));
  try {
    await write(staging);
    if (existsSync(clean)) await rmdir(clean); // empty: checkOutputFolders said so
    await rename(staging, clean);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

function filtersText(filters: CountOptions): string {
  const parts: string[] = [];
  if (filters.excludeSynthetic) parts.push('synthetic reports left out');
  if (filters.from) parts.push(`incidents from ${filters.from}`);
  if (filters.to) parts.push(`incidents up to ${filters.to}`);
  if (filters.forces && filters.forces.length > 0) parts.push(`force ${filters.forces.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'none (all reports)';
}

export async function analyse(options: AnalyseOptions): Promise<AnalyseResult> {
  const filters = options.filters ?? {};
  if (options.inputs.length === 0) throw new AnalysisError('no input: give --input FILE (decrypted NDJSON, or batch files with --key)');
  for (const f of options.inputs) if (!existsSync(f)) throw new AnalysisError(`input file ${f} does not exist`);
  checkOutputFolders(options.outDir, options.internal);
  const counted = await countReports(options.inputs, filters, options.fromBatches?.quarantined);
  counted.input.answers += options.fromBatches?.answers ?? 0;
  const { counts, input, outsideFilters, excludedSynthetic } = counted;
  if (counts.total === 0) throw new NothingAnalysedError(input, outsideFilters, excludedSynthetic);
  await loadSolver();
  const tabulated = tabulate(counts, options);
  const { suppression, publicTables, internalTables, rates, system, specs } = tabulated;
  // The attack re-run on exactly what is published, the rounded information loss included.
  const audit = auditPublished(system, specs, suppression);
  if (audit.belowProtection > audit.labelLimited.length) {
    throw new AnalysisError(
      `the disclosure audit found ${audit.belowProtection} hidden small count(s) an attacker could narrow to fewer than ${PROTECTION_VALUES} values after suppression; nothing was written (this is a bug — please report it)`,
    );
  }
  const generatedOn = (options.now ?? new Date()).toISOString().slice(0, 10);
  const base = summaryBase(options, counted, rates, generatedOn);
  const overallRates = publicTables.find((t) => t.group === 'rates' && (t.id === 'rates-all' || t.id === 'rates-listed-forces'));
  const findings = keyFindings(publicTables, {
    forceLabel: filters.forces?.length === 1 ? label(filters.forces[0]!) : null,
    ratesTableId: overallRates?.id ?? null,
    reference: rates?.reference ?? null,
    reports: counts.total,
  });
  const ctx = reportContext(options, counted, rates, generatedOn, findings);
  const briefings = forceBriefings(tabulated, counts);
  const withoutPopulation = forcesWithoutPopulation(counts, options.population ?? null);
  const minimum = options.minReports ?? MIN_PUBLISHABLE_REPORTS;
  const tooEarly = counts.total < minimum ? { minimum, needed: minimum - counts.total } : null;

  const outDir = options.outDir;
  const charts = tooEarly ? [] : await buildCharts(publicTables);
  const summary = tooEarly
    ? { ...base, kind: 'publishable', tooEarly: { reports: counts.total, ...tooEarly }, keyFindings: null, briefings: null, tables: [], charts: [] }
    : publishableSummary(base, findings, options.briefing ? briefings : null, suppression, audit, publicTables, charts);
  await writeFolder(outDir, async (dir) => {
    if (tooEarly) {
      // The count of reports and the wait: no table, chart or briefing that would be all "<10" and "[c]".
      await writeFile(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
      await writeFile(join(dir, 'report.html'), renderTooEarlyHtml(ctx, tooEarly.needed));
      await writeFile(join(dir, 'report.md'), renderTooEarlyMarkdown(ctx, tooEarly.needed));
      if (options.briefing) await writeFile(join(dir, 'briefings.html'), renderTooEarlyHtml(ctx, tooEarly.needed));
      return;
    }
    await mkdir(join(dir, 'charts'));
    await mkdir(join(dir, 'tables'));
    await writeFile(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    for (const t of publicTables) await writeFile(join(dir, 'tables', `${t.id}.csv`), tableCsv(t));
    for (const c of charts) if (c.svg !== null) await writeFile(join(dir, 'charts', `${c.id}.svg`), c.svg);
    await writeFile(join(dir, 'report.html'), renderHtml(ctx, publicTables, charts));
    await writeFile(join(dir, 'report.md'), renderMarkdown(ctx, publicTables, charts));
    if (options.briefing) await writeFile(join(dir, 'briefings.html'), renderBriefingsHtml(ctx, briefings));
  });

  // Both folders or neither: a failure here must not leave the public folder blocking the retry.
  const internalDir = options.internal
    ? await writeInternal(outDir, base, suppression, audit, internalTables).catch(async (e: unknown) => {
        await rm(outDir, { recursive: true, force: true });
        throw e;
      })
    : null;
  return {
    outDir,
    internalDir,
    counts,
    input,
    outsideFilters,
    excludedSynthetic,
    publicTables,
    internalTables,
    suppression,
    audit,
    summary,
    tooEarly,
    withoutPopulation,
  };
}

type Counted = Awaited<ReturnType<typeof countReports>>;
type Tabulated = ReturnType<typeof tabulate>;

/** What both summaries (publishable and internal) say about the input, the filters and the rates. */
function summaryBase(options: AnalyseOptions, { counts, input, outsideFilters, excludedSynthetic }: Counted, rates: Tabulated['rates'], generatedOn: string) {
  const filters = options.filters ?? {};
  return {
    schema: SUMMARY_SCHEMA,
    generatedOn,
    input: {
      files: (options.fromBatches?.files ?? options.inputs).map((f) => basename(f)),
      lines: input.lines,
      valid: input.valid,
      invalid: input.invalid,
      invalidExamples: input.invalidExamples.map((e) => ({ ...e, file: basename(e.file) })),
      answersSetAside: input.answers,
      outsideFilters,
      analysed: counts.total,
      synthetic: counts.synthetic,
      excludedSynthetic,
      // A count only: analyse reads decrypted reports, never photos, and copies none anywhere.
      withPhotos: counts.withPhotos,
    },
    filters: { from: filters.from ?? null, to: filters.to ?? null, forces: filters.forces ?? [], excludeSynthetic: filters.excludeSynthetic ?? false },
    caveat: SELF_SELECTED_CAVEAT,
    rates: rates && {
      ...rates,
      populationFile: options.populationFile ? basename(options.populationFile) : null,
      rate: 'k × reports ÷ population; 95% interval exact Poisson (Garwood)',
      ratio: `rate of group ÷ rate of reference; 95% interval Katz log when both counts ≥ ${EXACT_BELOW}, otherwise exact conditional (Clopper–Pearson on a/(a+c))`,
      minimumCount: MIN_FOR_RATES,
    },
  };
}

/** What the report's pages say about the run, above the tables. */
function reportContext(
  options: AnalyseOptions,
  { counts, input, outsideFilters, excludedSynthetic }: Counted,
  rates: Tabulated['rates'],
  generatedOn: string,
  findings: KeyFindings,
): ReportContext {
  return {
    title: options.title ?? 'Stop the Scan: what witnesses reported',
    generatedOn,
    reports: counts.total,
    synthetic: counts.synthetic,
    invalid: input.invalid,
    filteredOut: outsideFilters,
    excludedSynthetic,
    filters: filtersText(options.filters ?? {}),
    findings,
    populationNote: rates
      ? `Rates use the population file ${options.populationFile ? basename(options.populationFile) : ''} (${rates.level} ethnic groups), per ${rates.k.toLocaleString('en-GB')} people, against ${label(rates.reference)}.`
      : null,
  };
}

/** One briefing per force with enough reports: its findings, a draft letter and its published tables. */
function forceBriefings({ briefed, publicTables, rates }: Tabulated, counts: Counts): Briefing[] {
  return briefed.map((f) => {
    const prefix = BRIEFING_PREFIX(f);
    const ratesTable = publicTables.find((t) => t.id === `rates-${f}`);
    const bf = briefingFindings(publicTables, {
      forceLabel: label(f),
      ratesTableId: ratesTable?.id ?? null,
      reference: rates?.reference ?? null,
      reports: counts.one.force[f]!,
      prefix,
    });
    return {
      force: f,
      label: label(f),
      reports: counts.one.force[f]!,
      findings: bf,
      hasPopulation: ratesTable !== undefined,
      letter: draftLetter(label(f), bf, ratesTable !== undefined),
      tables: [...publicTables.filter((t) => t.id.startsWith(prefix)), ...(ratesTable ? [ratesTable] : [])],
    };
  });
}

/** summary.json of the publishable folder: the suppressed tables and how they were suppressed. */
function publishableSummary(
  base: ReturnType<typeof summaryBase>,
  findings: KeyFindings,
  briefings: Briefing[] | null,
  suppression: ProtectionResult,
  audit: DisclosureAudit,
  publicTables: ResolvedTable[],
  charts: Chart[],
) {
  return {
    ...base,
    kind: 'publishable',
    keyFindings: findings,
    briefings:
      briefings?.map((b) => ({
        force: b.force,
        label: b.label,
        reports: b.reports,
        keyFindings: b.findings,
        letter: b.letter,
        tables: b.tables.map((t) => t.id),
      })) ?? null,
    disclosureControl: {
      primary: `counts from 1 to ${PRIMARY_MAX} are shown as "<10" (value null)`,
      secondary: `further counts hidden as "[c]" (value null) so that no "<10" can be recovered from totals, nor narrowed to fewer than ${PROTECTION_VALUES} possible values`,
      secondaryCells: suppression.secondary,
      informationLoss: {
        secondaryCells: suppression.secondary,
        secondaryReports: roundedLoss(suppression.secondaryTotal),
        secondaryReportsRoundedTo: INFORMATION_LOSS_ROUNDING,
        note: `the reports inside the cells hidden as "[c]", rounded to the nearest ${INFORMATION_LOSS_ROUNDING} (the exact sum would be one more equation to solve a "<10" with; it is in the internal summary)`,
      },
      revealedAfterAudit: suppression.revealed,
      auditRounds: suppression.auditRounds,
      integerProgrammingAudit: auditVerdict(audit),
      ratesNeedAtLeast: MIN_FOR_RATES,
    },
    tables: publicTables,
    charts: charts.map((c) => ({ id: c.id, title: c.title, caption: c.caption, file: c.svg === null ? null : `charts/${c.id}.svg` })),
  };
}

/** The unsuppressed tables, in their own clearly named folder beside `outDir`; returns that folder. */
async function writeInternal(
  outDir: string,
  base: ReturnType<typeof summaryBase>,
  suppression: ProtectionResult,
  audit: DisclosureAudit,
  internalTables: ResolvedTable[],
): Promise<string> {
  const internalDir = internalDirFor(outDir);
  await writeFolder(internalDir, (dir) => writeInternalFiles(dir, base, suppression, audit, internalTables));
  return internalDir;
}

async function writeInternalFiles(
  internalDir: string,
  base: ReturnType<typeof summaryBase>,
  suppression: ProtectionResult,
  audit: DisclosureAudit,
  internalTables: ResolvedTable[],
): Promise<void> {
  await mkdir(join(internalDir, 'tables'));
  await writeFile(
    join(internalDir, 'README.txt'),
    'INTERNAL — UNSUPPRESSED COUNTS — DO NOT PUBLISH OR SHARE.\n' +
      'These tables show every count, including counts from 1 to 9 that can identify people.\n' +
      "Keep them on the analyst's machine. Publish only the files in the folder without this suffix.\n",
  );
  await writeFile(
    join(internalDir, 'summary.json'),
    JSON.stringify(
      {
        ...base,
        kind: 'internal-unsuppressed',
        disclosureControl: null,
        informationLoss: { secondaryCells: suppression.secondary, secondaryReports: suppression.secondaryTotal },
        disclosureAudit: audit,
        tables: internalTables,
      },
      null,
      2,
    ) + '\n',
  );
  for (const t of internalTables) await writeFile(join(internalDir, 'tables', `${t.id}.csv`), tableCsv(t));
}
