/** Input or options the analysis cannot use (a population file, an output folder, a reference group). */
export class AnalysisError extends Error {
  override name = 'AnalysisError';
}
