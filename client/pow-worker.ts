/**
 * The proof-of-work solver, in a Web Worker so the page stays responsive while a busy server's
 * challenge is solved (docs/form.md, "When the server is busy"). Its own hashed, same-origin
 * asset (CSP worker-src 'self'); it fetches nothing and keeps nothing.
 *
 * In: { challenge, difficulty }. Out: { proof } (`<challenge>:<nonce>`, for the request header),
 * or { error: 'no_webcrypto' | 'failed' } — always an answer, so the form never waits for ever.
 */
import { NoWebCryptoError, solveProofOfWork } from '../protocol/proof-of-work.js';

addEventListener('message', (event: MessageEvent<{ challenge: string; difficulty: number }>) => {
  const { challenge, difficulty } = event.data;
  solveProofOfWork(challenge, difficulty).then(
    (proof) => postMessage({ proof }),
    (e: unknown) => postMessage({ error: e instanceof NoWebCryptoError ? 'no_webcrypto' : 'failed' }),
  );
});
