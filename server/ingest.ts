/**
 * What stands between a POSTed report and the disk, made once per server: the per-address
 * allowance, the global limit of stored reports, the adaptive proof of work (fed by what is
 * stored), the cap on stored bytes and the group-commit queue. server/index.ts keeps hold of it to drain the queue on SIGTERM.
 */
import { dirname } from 'node:path';
import type { Config } from './config.js';
import { ProofOfWork } from './proof-of-work.js';
import { MAX_PHOTOS } from '../protocol/photo-upload.js';
import { AddressAllowance, ByteQuota, GlobalReportLimit } from './rate-limit.js';
import { StorageCap, storageCapBytes } from './storage-cap.js';
import type { ReportStore } from './store/report-store.js';
import { WriteQueue } from './store/write-queue.js';

export interface Ingest {
  queue: WriteQueue;
  proofOfWork: ProofOfWork;
  globalLimit: GlobalReportLimit;
  addresses: AddressAllowance;
  storageCap: StorageCap;
  /** Photos: new uploads per address (as reports, MAX_PHOTOS times the allowance) and bytes per client (UPLOAD_BYTES_PER_CLIENT). */
  uploadAddresses: AddressAllowance;
  uploadQuota: ByteQuota;
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
  const storageCap = new StorageCap(store, storageCapBytes(config.maxStoredBytes, dirname(config.databasePath), store.storedBytes()));
  const uploadAddresses = new AddressAllowance(config.rateLimit.perClient * MAX_PHOTOS, config.rateLimit.windowMs, now);
  const uploadQuota = new ByteQuota(config.uploads.perClientBytes, config.rateLimit.windowMs, now);
  return { queue, proofOfWork, globalLimit, addresses, storageCap, uploadAddresses, uploadQuota };
}
