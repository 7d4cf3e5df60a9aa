// Entry point of a decrypt worker thread. Workers do not inherit tsx's loader from the main
// thread (Node 20 registers loader hooks per thread), so when the worker module is TypeScript
// this loads it through tsx's in-thread require hook. (tsx's ESM hook would start one more
// loader thread per worker: ~25 MB each, for nothing.)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/cjs/api');
  register();
  createRequire(import.meta.url)(fileURLToPath(workerData.entry));
} else {
  await import(workerData.entry);
}
