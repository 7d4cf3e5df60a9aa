/**
 * Seal one stripped photo and upload it in resumable chunks (docs/photos.md; the endpoints in
 * protocol/photo-upload.ts). The photo is sealed once, under a fresh key, before any byte leaves;
 * the upload is started with a proof of work when the server asks (client/send-report.ts), then
 * its chunks go one request each. A chunk that fails on the network is not the end: after a
 * pause the server is asked how many chunks it holds (GET /api/uploads/<id>) and the upload goes
 * on from there. While the browser knows it is offline (a tunnel, the underground), the upload
 * waits for the connection to come back and goes on by itself: those failures do not use up the
 * retries. When the network stays down while the browser thinks it is online, UploadStopped says
 * so and the same SealedUpload, kept in the page's memory only, continues from where it stopped
 * on the next try.
 */
import { sha256 } from '@noble/hashes/sha256';
import { toBase64, toHex } from '../../protocol/base64.js';
import { NoWebCryptoError, UPLOAD_CHALLENGE_PATH } from '../../protocol/proof-of-work.js';
import { chunkPath, PHOTO_TYPE, UPLOADS_PATH, uploadPath, type UploadStatus } from '../../protocol/photo-upload.js';
import type { PhotoReference } from '../../protocol/photo-reference.js';
import { sealPhoto, SEALED_CHUNK_BYTES } from '../../protocol/sealed-photo.js';
import { postWithProof } from '../send-report.js';

/**
 * Why photos could not be sent: `busy` (429: this connection's photo allowance, or the server's
 * request limit), `full` (503: the server takes no photos now), `network` (no answer, after
 * retries), `no_webcrypto` (a proof of work asked and this browser cannot make one), `refused`
 * (any other answer).
 */
export type UploadFailure = 'busy' | 'full' | 'network' | 'no_webcrypto' | 'refused';

export class UploadStopped extends Error {
  constructor(readonly reason: UploadFailure) {
    super(`photo upload stopped: ${reason}`);
    this.name = 'UploadStopped';
  }
}

/** Pauses before asking again after a failed request: about half a minute in all, then the witness decides. */
const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000, 15000];

/** A photo sealed for upload, and how far its upload has gone (in memory only). */
export interface SealedUpload {
  chunks: Uint8Array[];
  reference: Omit<PhotoReference, 'upload'>;
  /** Set once the server has given the upload an id. */
  id?: string;
  /** Chunks the server holds. */
  received: number;
}

/** Seal `jpeg` under a fresh key: the chunks to send and what the report will say about them. */
export function sealForUpload(jpeg: Uint8Array): SealedUpload {
  const { key, chunks } = sealPhoto(jpeg);
  const reference = { key: toBase64(key), bytes: jpeg.length, sha256: toHex(sha256(jpeg)), type: PHOTO_TYPE } as const;
  key.fill(0);
  return { chunks, reference, received: 0 };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the browser says it is online again (at once if it does not think it is offline). */
function backOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => addEventListener('online', () => resolve(), { once: true }));
}

function failureOf(status: number): UploadFailure {
  return status === 429 ? 'busy' : status === 503 ? 'full' : 'refused';
}

/**
 * Send what the server does not have yet; resolves with the report's entry for this photo.
 * `onProgress(received, total)` after each stored chunk (and when sending goes on after being
 * offline); `onSolving` when a proof of work starts; `onOffline` when it waits for the connection.
 */
export async function upload(
  sealed: SealedUpload,
  onProgress: (received: number, total: number) => void,
  onSolving: () => void = () => {},
  onOffline: () => void = () => {},
): Promise<PhotoReference> {
  const total = sealed.chunks.length;
  let failures = 0;
  /** A request that got no answer: pause and go on, or give up after the last pause. */
  const networkFailed = async () => {
    if (failures >= RETRY_PAUSES_MS.length) throw new UploadStopped('network');
    await pause(RETRY_PAUSES_MS[failures++]!);
  };
  onProgress(sealed.received, total);
  while (sealed.id === undefined || sealed.received < total) {
    try {
      if (sealed.id === undefined) await start(sealed, total, onSolving);
      else await sendChunk(sealed);
      onProgress(sealed.received, total);
      failures = 0;
    } catch (e) {
      if (e instanceof UploadStopped) throw e;
      if (e instanceof NoWebCryptoError) throw new UploadStopped('no_webcrypto');
      if (!navigator.onLine) {
        onOffline();
        await backOnline();
        onProgress(sealed.received, total);
      } else await networkFailed();
      // Where did it stop? The server's count is the truth (a chunk may have been stored before its answer was lost).
      if (sealed.id !== undefined) await askWhereItStands(sealed).catch(() => undefined);
    }
  }
  return { upload: sealed.id, ...sealed.reference };
}

async function start(sealed: SealedUpload, total: number, onSolving: () => void): Promise<void> {
  // Asked from the address's upload allowance, not its report one (server/routes/reports.ts).
  const response = await postWithProof(UPLOADS_PATH, JSON.stringify({ size: total * SEALED_CHUNK_BYTES }), onSolving, UPLOAD_CHALLENGE_PATH);
  if (response.status !== 201) throw new UploadStopped(failureOf(response.status));
  const { id } = (await response.json()) as { id: string };
  sealed.id = id;
  sealed.received = 0;
}

async function sendChunk(sealed: SealedUpload): Promise<void> {
  const n = sealed.received;
  const response = await fetch(chunkPath(sealed.id!, n), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: sealed.chunks[n] as BodyInit,
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 204) sealed.received = n + 1;
  else if (response.status === 409) await askWhereItStands(sealed);
  else if (response.status === 404)
    sealed.id = undefined; // expired (a day old): start again
  else throw new UploadStopped(failureOf(response.status));
}

async function askWhereItStands(sealed: SealedUpload): Promise<void> {
  const response = await fetch(uploadPath(sealed.id!), { cache: 'no-store', credentials: 'omit' });
  if (response.status === 404) sealed.id = undefined;
  else if (response.ok) sealed.received = ((await response.json()) as UploadStatus).received;
  else throw new UploadStopped(failureOf(response.status));
}

/** Overwrite the sealed chunks (ciphertext, but nothing of it should outlive the page's use). */
export function forget(sealed: SealedUpload): void {
  for (const chunk of sealed.chunks) chunk.fill(0);
  sealed.chunks = [];
}
