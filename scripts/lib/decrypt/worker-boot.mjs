// Entry point of a decrypt worker thread. Workers do not inherit tsx's loader from the main
// thread (Node 20 registers loader hooks per thread), so register it here when the worker
// module is TypeScript, then load it.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
