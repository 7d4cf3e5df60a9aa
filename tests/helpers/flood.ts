/**
 * A flooder and a witness over real HTTP, for the flood tests: requests "from" an address are
 * either really from 127.0.0.1 (no header: the onion-service case) or carry X-Forwarded-For as a
 * trusted proxy would set it.
 */
import { sealReport } from '../../protocol/envelope.js';
import { CHALLENGE_PATH, PROOF_HEADER, solveProofOfWork, type ChallengeResponse } from '../../protocol/proof-of-work.js';
import { REPORT_SCHEMA_ID, type Report } from '../../protocol/report-schema.js';

export const report: Report = {
  schema: REPORT_SCHEMA_ID,
  reporter: { role: 'witness' },
  incident: { date: '2025-10', force: 'metropolitan', technology: 'fingerprint' },
};

/** `from`: the X-Forwarded-For value, or undefined for none (the request's own address counts). */
export function client(url: string, publicKey: Uint8Array, from?: string) {
  const forwarded: Record<string, string> = from === undefined ? {} : { 'X-Forwarded-For': from };
  const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...forwarded, ...headers }, body });
  const challenge = async (): Promise<ChallengeResponse> =>
    (await (await fetch(`${url}${CHALLENGE_PATH}`, { headers: forwarded })).json()) as ChallengeResponse;
  return {
    post,
    challenge,
    sealed: () => JSON.stringify(sealReport(report, publicKey)),
    /** A proof for a fresh challenge (undefined when none is asked). */
    async proof(): Promise<string | undefined> {
      const asked = await challenge();
      return asked.challenge ? solveProofOfWork(asked.challenge, asked.difficulty) : undefined;
    },
    /** What the form does: ask for a challenge, solve it if one is asked, POST a sealed report. */
    async sendLikeTheForm(): Promise<Response> {
      const proof = await this.proof();
      return post(this.sealed(), proof ? { [PROOF_HEADER]: proof } : {});
    },
  };
}

/**
 * Requests made by `make(i)`, `concurrency` at a time, until `n` are answered and `until()` (if
 * given) says stop; the statuses, counted. `at(answered)` is called after each answer.
 */
export async function flood(
  n: number,
  concurrency: number,
  make: (i: number) => Promise<Response>,
  { at, until }: { at?: (answered: number) => void; until?: () => boolean } = {},
): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  let answered = 0;
  const more = () => next < n || (until !== undefined && !until());
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (more()) {
        const i = next++;
        const res = await make(i).catch((e: unknown) => {
          // A kept-alive socket the server closed just as this request reused it (a race under
          // load): the request never reached the server, so it is sent once more.
          if ((e as { cause?: { code?: string } }).cause?.code === 'ECONNRESET') return make(i);
          throw e;
        });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        at?.(++answered);
      }
    }),
  );
  return statuses;
}
