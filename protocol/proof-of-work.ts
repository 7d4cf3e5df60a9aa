/**
 * The proof of work a busy server asks of each report (docs/threat-model.md, "Floods"): the
 * one home of its format, shared by the server (checks), the form's Web Worker and the tests
 * (solve). Works in the browser and in Node: solving uses WebCrypto's SHA-256 only.
 *
 * A challenge is an opaque string the server signed: `v1.<issued>.<difficulty>.<id>.<mac>`.
 * A proof is `<challenge>:<nonce>` where SHA-256("<challenge>:<nonce>") starts with at least
 * `difficulty` zero bits. It travels in a request header, so the envelope format is unchanged.
 */

/** The request header carrying `<challenge>:<nonce>`. */
export const PROOF_HEADER = 'X-Proof-Of-Work';
/** Where the form asks for a challenge, only when it is about to send. */
export const CHALLENGE_PATH = '/api/challenge';
/**
 * The challenge for starting a photo's upload: an address has one allowance for reports and
 * another for uploads, so the level it is asked depends on which it is about to send.
 */
export const UPLOAD_CHALLENGE_PATH = `${CHALLENGE_PATH}?for=upload`;

/** The solver's Web Worker, as the build names its hashed asset (`pow-worker-<hash>.js`). */
export const POW_WORKER_ASSET = 'pow-worker';

/** What GET /api/challenge answers: difficulty 0 means "nothing to solve, send now". */
export interface ChallengeResponse {
  difficulty: number;
  challenge?: string;
}

/** The challenge's visible parts (the server alone can check its signature). */
export interface ChallengeParts {
  issuedSeconds: number;
  difficulty: number;
  id: string;
  mac: string;
  /** Everything the signature covers: `v1.<issued>.<difficulty>.<id>`. */
  signed: string;
}

const CHALLENGE_RE = /^(v1\.(\d{1,12})\.(\d{1,2})\.([A-Za-z0-9_-]{16,64}))\.([A-Za-z0-9_-]{16,128})$/;

export function parseChallenge(challenge: string): ChallengeParts | undefined {
  const m = CHALLENGE_RE.exec(challenge);
  if (!m) return undefined;
  return { signed: m[1]!, issuedSeconds: Number(m[2]), difficulty: Number(m[3]), id: m[4]!, mac: m[5]! };
}

/** `<challenge>:<nonce>` → its parts; the nonce is a decimal number of at most 15 digits. */
export function parseProof(proof: string): { challenge: string; nonce: string } | undefined {
  const m = /^([^:]{1,300}):(\d{1,15})$/.exec(proof);
  return m ? { challenge: m[1]!, nonce: m[2]! } : undefined;
}

/** How many zero bits `hash` starts with. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * The browser has no WebCrypto (crypto.subtle): it exists only in secure contexts, so a site
 * served over plain http (not https, not an onion service in Tor Browser) cannot solve a
 * challenge. The form says so instead of waiting for ever (docs/form.md).
 */
export class NoWebCryptoError extends Error {
  constructor() {
    super('this browser has no WebCrypto here (crypto.subtle exists only on https pages)');
    this.name = 'NoWebCryptoError';
  }
}

/** Hashes per round: WebCrypto's digest is asynchronous, so many run in flight at once. */
const ROUND = 256;

/**
 * Find a nonce for `challenge` at `difficulty` with WebCrypto SHA-256 (expected 2^difficulty
 * hashes). `onRound` is told how many hashes were tried so far, for progress text.
 */
export async function solveProofOfWork(challenge: string, difficulty: number, onRound?: (tried: number) => void): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new NoWebCryptoError();
  const encoder = new TextEncoder();
  for (let start = 0; ; start += ROUND) {
    const hashes = await Promise.all(Array.from({ length: ROUND }, (_, i) => subtle.digest('SHA-256', encoder.encode(`${challenge}:${start + i}`))));
    const found = hashes.findIndex((h) => leadingZeroBits(new Uint8Array(h)) >= difficulty);
    if (found >= 0) return `${challenge}:${start + found}`;
    onRound?.(start + ROUND);
  }
}
