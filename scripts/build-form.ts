/**
 * `npm run build`: builds the witness form into dist/client (the work is in
 * scripts/dev/form-build.ts) and prints its bundle hash and page weight. Thin CLI
 * (docs/architecture.md, "Errors").
 */
import { buildClient, PAGE_BUDGET_BYTES } from './dev/form-build.js';

const { script, integrity, weight, languages } = await buildClient();
console.log(`built dist/client: ${script} (${integrity})`);
console.log(`catalogues (each downloaded only when chosen): ${languages.map((l) => `${l.code} ${(l.gzipped / 1024).toFixed(1)} KB`).join(', ')}`);
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`page weight (a first visit): ${kb(weight.br)} KB with brotli of a ${kb(PAGE_BUDGET_BYTES)} KB budget (${kb(weight.gzip)} KB with gzip)`);
if (weight.br > PAGE_BUDGET_BYTES) {
  console.error('over budget: make the form smaller before shipping it (see docs/form.md)');
  process.exitCode = 1;
}
