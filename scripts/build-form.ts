/**
 * `npm run build`: builds the witness form into dist/client (the work is in
 * scripts/dev/form-build.ts) and prints its bundle hash and page weight. Thin CLI
 * (docs/architecture.md, "Errors").
 */
import { buildClient, PAGE_BUDGET_BYTES } from './dev/form-build.js';

const { script, integrity, gzipped, languages } = await buildClient();
console.log(`built dist/client: ${script} (${integrity})`);
console.log(`catalogues (each downloaded only when chosen): ${languages.map((l) => `${l.code} ${(l.gzipped / 1024).toFixed(1)} KB`).join(', ')}`);
console.log(`page weight: ${(gzipped / 1024).toFixed(1)} KB gzipped of a ${PAGE_BUDGET_BYTES / 1024} KB budget`);
if (gzipped > PAGE_BUDGET_BYTES) {
  console.error('over budget: make the form smaller before shipping it (see docs/form.md)');
  process.exitCode = 1;
}
