/**
 * What stands between a POSTed report and the disk, made once per server: the per-address
 * allowance, the global limit of stored reports, the adaptive proof of work (fed by what is
 * stored) and the group-commit queue. server/index.ts keeps hold of it to drain the queue on SIGTERM.
 */
import type { Config } from './config.js';
import { ProofOfWork } from './proof-of-work.js';
import { AddressAllowance, GlobalReportLimit } from './rate-limit.js';
import type { ReportStore } from './store/report-store.js';
import { WriteQueue } from './store/write-queue.js';

export interface Ingest {
  queue: WriteQueue;
  proofOfWork: ProofOfWork;
  globalLimit: GlobalReportLimit;
  addresses: AddressAllowance;
}

export function createIngest(config: Config, store: ReportStore, now: () => number = Date.now): Ingest {
  const proofOfWork = new ProofOfWork(config.proofOfWork, now);
  const globalLimit = new GlobalReportLimit(config.rateLimit.total, config.rateLimit.windowMs, now);
  const queue = new WriteQueue(store, {
    maxBatch: config.writeBatch.max,
    maxWaitMs: config.writeBatch.waitMs,
    onCommitted: (count) => proofOfWork.recordStored(count),
  });
  const addresses = new AddressAllowance(config.rateLimit.perClient, config.rateLimit.windowMs, now);
  return { queue, proofOfWork, globalLimit, addresses };
}
