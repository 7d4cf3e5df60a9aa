/**
 * POST a sealed report (or start a photo's upload), with a proof of work when the server asks for one (docs/form.md, "When
 * the server is busy"). The form asks for a challenge only now, when sending; in normal times
 * the answer is "difficulty 0" and the report goes at once. When one is asked, a Web Worker
 * solves it (WebCrypto SHA-256) and the proof travels in a request header, so the envelope is
 * unchanged. A proof refused because it expired or the server got busier is redone, twice at most.
 */
import { CHALLENGE_PATH, NoWebCryptoError, PROOF_HEADER, solveProofOfWork, type ChallengeResponse } from '../protocol/proof-of-work.js';

/** The worker's hashed asset name, set by the build (scripts/dev/form-build.ts). */
declare const POW_WORKER_URL: string;

const PROOF_RETRIES = 2;

/**
 * Solve in the worker; where workers cannot run, on this thread (slower to paint, same result).
 * Rejects with NoWebCryptoError when the browser has no WebCrypto here (a plain-http site).
 */
function solve(challenge: string, difficulty: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(POW_WORKER_URL);
    } catch {
      return resolve(solveProofOfWork(challenge, difficulty));
    }
    worker.onmessage = (e: MessageEvent<{ proof?: string; error?: string }>) => {
      worker.terminate();
      if (e.data.proof !== undefined) resolve(e.data.proof);
      else if (e.data.error === 'no_webcrypto') reject(new NoWebCryptoError());
      else resolve(solveProofOfWork(challenge, difficulty));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(solveProofOfWork(challenge, difficulty));
    };
    worker.postMessage({ challenge, difficulty });
  });
}

async function proofHeader(challengePath: string, onSolving: () => void): Promise<Record<string, string>> {
  // Unreachable, or a server without proof of work (404): send without; the POST itself then
  // fails the usual way (offline) or the server says a proof is needed (403, asked again).
  const response = await fetch(challengePath, { cache: 'no-store', credentials: 'omit' }).catch(() => undefined);
  if (!response?.ok) return {};
  const asked = (await response.json()) as ChallengeResponse;
  if (!asked.challenge || asked.difficulty <= 0) return {};
  onSolving();
  return { [PROOF_HEADER]: await solve(asked.challenge, asked.difficulty) };
}

/**
 * POST `body` (JSON) to `path` (/api/reports, or /api/uploads for a photo), with a proof of work
 * when the server asks for one (`challengePath`: where to ask; each allowance has its own); rejects when the network failed, or with NoWebCryptoError when a
 * proof is asked and cannot be made.
 */
export async function postWithProof(path: string, body: string, onSolving: () => void, challengePath = CHALLENGE_PATH): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await proofHeader(challengePath, onSolving)) },
      body,
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status !== 403 || attempt >= PROOF_RETRIES) return response;
    const { error } = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { error?: string };
    if (!error?.startsWith('proof_of_work_')) return response;
  }
}

/** POST the sealed envelope's JSON to /api/reports. */
export const sendReport = (body: string, onSolving: () => void): Promise<Response> => postWithProof('/api/reports', body, onSolving);
