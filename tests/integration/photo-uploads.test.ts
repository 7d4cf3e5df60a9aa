/**
 * Photos on the server over real HTTP and a real SQLite file (docs/photos.md, "On the server"):
 * resumable chunked uploads, the analysts' signed photo batches with the same acknowledgement
 * rules as reports, ciphertext only on disk and erased after every key acknowledged, incomplete
 * uploads expiring, a client's own byte quota first, the global cap refusing photos with 503
 * while reports are still stored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { sealReport } from '../../protocol/envelope.js';
import { chunkPath, uploadPath } from '../../protocol/photo-upload.js';
import { CHALLENGE_PATH, PROOF_HEADER, solveProofOfWork, UPLOAD_CHALLENGE_PATH } from '../../protocol/proof-of-work.js';
import { openPhoto, sealPhoto, SEALED_CHUNK_BYTES, SEALED_PHOTO_SIZES } from '../../protocol/sealed-photo.js';
import { canonicalQuery, signRequest } from '../../protocol/node/request-signing.js';
import { runHousekeeping } from '../../server/housekeeping.js';
import { IDLE_UPLOAD_MINUTES } from '../../server/routes/uploads.js';
import { filesContaining, filesContainingBytes } from '../helpers/disk.js';
import { makeAnalyst, makeAnalystServer, report, type Analyst, type AnalystTestServer } from '../helpers/analyst.js';
import { FIXTURE_SECRETS } from '../fixtures/photo-metadata.js';
import { PHOTO_FIXTURES } from '../fixtures/generate-photo-fixtures.js';

const ORIGIN = 'https://report.example.org';
let t: AnalystTestServer;
afterEach(async () => {
  await t?.close();
});
const makeServer = (env: Record<string, string> = {}, analysts?: Analyst[]) =>
  makeAnalystServer({ PUBLIC_ORIGIN: ORIGIN, UPLOAD_MIN_FREE_BYTES: '1MB', ...env }, analysts ? { analysts } : {});

const create = (size: number, from = '198.51.100.7') =>
  request(t.app).post('/api/uploads').set('X-Forwarded-For', from).set('Content-Type', 'application/json').send(JSON.stringify({ size }));
const put = (id: string, n: number, chunk: Uint8Array) =>
  request(t.app).put(chunkPath(id, n)).set('Content-Type', 'application/octet-stream').send(Buffer.from(chunk));

/** Upload a sealed photo in full; returns its id. */
async function upload(chunks: Uint8Array[]): Promise<string> {
  const size = chunks.length * SEALED_CHUNK_BYTES;
  const { id } = (await create(size).expect(201)).body as { id: string };
  for (const [n, chunk] of chunks.entries()) await put(id, n, chunk).expect(204);
  return id;
}

function signed(analyst: Analyst, method: 'GET' | 'POST', path: string, body?: string) {
  const headers = signRequest({ origin: ORIGIN, method, path, query: canonicalQuery([]), ...(body ? { body } : {}) }, analyst.signer, { now: t.clock.now });
  const r = method === 'GET' ? request(t.app).get(path) : request(t.app).post(path).set('Content-Type', 'application/json').send(body);
  return r.set(headers);
}
const listPhotos = (analyst: Analyst) => signed(analyst, 'GET', '/api/photos');
const ackPhotos = (analyst: Analyst, batch: string) => signed(analyst, 'POST', '/api/photos/ack', JSON.stringify({ batch, server: t.store.serverId }));

/** The JPEG fixture's bytes (metadata and all: the worst case for what the server might see). */
const plaintext = () => new Uint8Array(readFileSync(PHOTO_FIXTURES.jpeg));

describe('uploads', () => {
  it('takes a sealed photo in chunks, resumes after a cut, and completes it', async () => {
    t = makeServer({ TRUST_PROXY: '1' });
    const { chunks } = sealPhoto(new Uint8Array(600 * 1024).fill(7)); // 1 MiB bucket: 4 chunks
    const created = await create(SEALED_PHOTO_SIZES[2]!).expect(201);
    const id = created.body.id as string;
    expect(created.body).toEqual({ id, size: 1048640, received: 0, chunkBytes: SEALED_CHUNK_BYTES });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await put(id, 0, chunks[0]!).expect(204);
    await put(id, 1, chunks[1]!).expect(204);
    // The connection drops here; the page asks where it stands and goes on from there.
    expect((await request(t.app).get(uploadPath(id)).expect(200)).body).toEqual({ size: 1048640, received: 2 });
    await put(id, 1, chunks[1]!).expect(204); // a retry of a chunk whose answer was lost
    expect((await put(id, 3, chunks[3]!).expect(409)).body.error).toBe('chunk_out_of_order');
    await put(id, 2, chunks[2]!).expect(204);
    await put(id, 3, chunks[3]!).expect(204);
    expect(t.store.photos.get(id)).toMatchObject({ received: 4, complete: true });
    expect(t.store.photos.count()).toBe(1);
  });

  it('refuses what is not an upload with a specific 4xx and stores nothing', async () => {
    t = makeServer();
    expect((await create(1000).expect(400)).body.error).toBe('invalid_upload');
    expect(
      (await request(t.app).post('/api/uploads').set('Content-Type', 'application/json').send('{"size":262160,"name":"x.jpg"}').expect(400)).body.error,
    ).toBe('invalid_upload');
    const { id } = (await create(SEALED_PHOTO_SIZES[0]!).expect(201)).body as { id: string };
    expect((await put(id, 0, new Uint8Array(100)).expect(400)).body.error).toBe('invalid_chunk');
    expect((await put(id, 1, new Uint8Array(SEALED_CHUNK_BYTES)).expect(400)).body.error).toBe('invalid_chunk');
    expect((await put(id, 0, new Uint8Array(SEALED_CHUNK_BYTES + 1)).expect(413)).status).toBe(413);
    expect((await put('nothex', 0, new Uint8Array(SEALED_CHUNK_BYTES)).expect(400)).body.error).toBe('invalid_upload_id');
    expect(
      (
        await request(t.app)
          .get(uploadPath('f'.repeat(32)))
          .expect(404)
      ).body.error,
    ).toBe('unknown_upload');
    expect(t.store.photos.get(id)).toMatchObject({ received: 0, complete: false });
  });

  it('deletes uploads left incomplete after a day, and keeps complete ones', async () => {
    t = makeServer();
    const { id } = (await create(SEALED_PHOTO_SIZES[1]!).expect(201)).body as { id: string };
    const done = await upload(sealPhoto(new Uint8Array(10)).chunks);
    const today = new Date();
    const housekeeping = (days: number) =>
      runHousekeeping({ store: t.store, deleteAfterExport: true, retentionDays: 0, analystKids: [], now: new Date(today.getTime() + days * 86_400_000) });
    expect(housekeeping(1).incompleteUploads).toBe(0); // the next day: maybe only hours old
    expect(housekeeping(2).incompleteUploads).toBe(1);
    expect(t.store.photos.get(id)).toBeNull();
    expect(t.store.photos.get(done)).toMatchObject({ complete: true });
  });
});

describe('photos for analysts', () => {
  it('sends only complete photos, signed, byte for byte; deletes one only when every analyst key acknowledged it, leaving no trace on disk', async () => {
    const [a, b] = [makeAnalyst(), makeAnalyst()];
    t = makeServer({ DELETE_AFTER_EXPORT: 'true' }, [a, b]);
    const photo = plaintext();
    const sealed = sealPhoto(photo);
    const id = await upload(sealed.chunks);
    await create(SEALED_PHOTO_SIZES[0]!).expect(201); // incomplete: never listed

    expect((await request(t.app).get('/api/photos').expect(401)).body.error).toBe('signature_required');
    const listed = (await listPhotos(a).expect(200)).body as { batch: string; photos: { id: string; size: number; receivedOn: string }[] };
    expect(listed.photos).toEqual([{ id, size: SEALED_PHOTO_SIZES[0], receivedOn: new Date().toISOString().slice(0, 10) }]);
    const bytes = (await signed(a, 'GET', `/api/photos/${id}`).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(openPhoto(new Uint8Array(bytes), sealed.key, photo.length)).toEqual(photo);

    // On disk: ciphertext only — no fixture string, not the photo's hash, not its first bytes.
    const hash = createHash('sha256').update(photo).digest('hex');
    for (const needle of [...Object.values(FIXTURE_SECRETS), hash]) expect(filesContaining(t.dir, needle), needle).toEqual([]);
    const onDisk = () => filesContainingBytes(t.dir, sealed.chunks[0]!.subarray(5000, 5064));
    expect(onDisk().length).toBeGreaterThan(0);

    const acked = await ackPhotos(a, listed.batch).expect(200);
    expect(acked.body).toMatchObject({ acked: 1, deleted: 0 });
    expect(t.store.photos.get(id)).not.toBeNull(); // b has not stored it yet
    const forB = (await listPhotos(b).expect(200)).body as { batch: string };
    expect((await ackPhotos(b, forB.batch).expect(200)).body).toMatchObject({ acked: 1, deleted: 1 });
    expect(t.store.photos.get(id)).toBeNull();
    // Gone from the database file and its WAL (secure_delete and the wiped WAL, as for reports).
    expect(onDisk()).toEqual([]);
    expect((await signed(a, 'GET', `/api/photos/${id}`).expect(404)).body.error).toBe('unknown_photo');
    // A photo batch id is never a report batch: acknowledging it there is refused.
    expect((await ackPhotos(a, 'a'.repeat(32)).expect(404)).body.error).toBe('unknown_batch');
  });
});

describe('floods and caps', () => {
  it("one client's uploads meet its own byte quota first; another client is not affected", async () => {
    t = makeServer({ TRUST_PROXY: '1', UPLOAD_BYTES_PER_CLIENT: '2MiB' });
    const size = SEALED_PHOTO_SIZES[1]!; // 524,320: three fit in 2 MiB, a fourth does not
    for (let i = 0; i < 3; i++) await create(size, '198.51.100.7').expect(201);
    const refused = await create(size, '198.51.100.7').expect(429);
    expect(refused.body.error).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await create(size, '203.0.113.9').expect(201);
  });

  it('an address past its upload allowance is asked the highest proof before an upload (not before a report), and an upload with it starts', async () => {
    // One report and 4 upload starts per window for each address; proof of work on, 10 bits at most.
    t = makeServer({ TRUST_PROXY: '1', RATE_LIMIT_REPORTS_PER_CLIENT: '1', POW_BITS: '8', POW_MAX_BITS: '10' });
    const from = '198.51.100.7';
    const challenge = async (path: string) =>
      (await request(t.app).get(path).set('X-Forwarded-For', from).expect(200)).body as { difficulty: number; challenge?: string };
    for (let i = 0; i < 4; i++) await create(SEALED_PHOTO_SIZES[0]!, from).expect(201);
    // What a flooder sharing the address leaves the witness: the form asks before it uploads.
    expect((await challenge(CHALLENGE_PATH)).difficulty).toBe(0);
    const asked = await challenge(UPLOAD_CHALLENGE_PATH);
    expect(asked.difficulty).toBe(10);
    expect((await create(SEALED_PHOTO_SIZES[0]!, from).expect(403)).body.error).toBe('proof_of_work_required');
    const proof = await solveProofOfWork(asked.challenge!, asked.difficulty);
    const started = await request(t.app)
      .post('/api/uploads')
      .set('X-Forwarded-For', from)
      .set(PROOF_HEADER, proof)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ size: SEALED_PHOTO_SIZES[0] }));
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await request(t.app).get(`${CHALLENGE_PATH}?for=anything`).expect(400)).body.error).toBe('invalid_query');
  });

  it(`an upload that gets no chunk for ${IDLE_UPLOAD_MINUTES} minutes gives its room back: reserving the cap costs a flooder data, not requests`, async () => {
    t = makeServer({ TRUST_PROXY: '1', MAX_UPLOAD_BYTES: '1100KB' });
    const { chunks } = sealPhoto(new Uint8Array(300 * 1024).fill(3)); // 512 KiB bucket: 2 chunks
    // A flooder reserves 524,320 bytes and sends nothing; a witness reserves the same and sends a chunk at minute 5.
    const idle = (await create(SEALED_PHOTO_SIZES[1]!, '198.51.100.1').expect(201)).body.id as string;
    const witness = (await create(SEALED_PHOTO_SIZES[1]!, '198.51.100.2').expect(201)).body.id as string;
    const later = (minutes: number) => (t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000));
    later(5);
    await put(witness, 0, chunks[0]!).expect(204);
    // The cap (1,100,000 bytes) is full: nobody else may start.
    expect((await create(SEALED_PHOTO_SIZES[0]!, '198.51.100.3').expect(503)).body.error).toBe('upload_cap_reached');
    later(IDLE_UPLOAD_MINUTES + 1 - 5);
    // Past the idle time of the flooder's upload (not of the witness's): the next start frees it.
    await create(SEALED_PHOTO_SIZES[0]!, '198.51.100.3').expect(201);
    expect((await request(t.app).get(uploadPath(idle)).expect(404)).body.error).toBe('unknown_upload');
    await put(witness, 1, chunks[1]!).expect(204);
    expect(t.store.photos.get(witness)).toMatchObject({ complete: true });
    // A complete photo is never released, however long it waits for the analysts.
    later(60);
    await create(SEALED_PHOTO_SIZES[0]!, '198.51.100.4').expect(201);
    expect(t.store.photos.get(witness)).toMatchObject({ complete: true });
  });

  it('a full cap refuses photos with 503 and a code, and a report is still stored', async () => {
    t = makeServer({ TRUST_PROXY: '1', MAX_UPLOAD_BYTES: '1MB' });
    await create(SEALED_PHOTO_SIZES[1]!, '198.51.100.1').expect(201);
    const refused = await create(SEALED_PHOTO_SIZES[1]!, '198.51.100.2').expect(503);
    expect(refused.body.error).toBe('upload_cap_reached');
    const envelope = sealReport(report('no photos after all'), t.keyPair.publicKey);
    await request(t.app).post('/api/reports').set('Content-Type', 'application/json').send(JSON.stringify(envelope)).expect(201);
    expect(t.store.count()).toBe(1);
  });

  it('a free-disk floor the photos would cross refuses them with 503 upload_disk_low', async () => {
    t = makeServer({ UPLOAD_MIN_FREE_BYTES: '1000TB' });
    expect((await create(SEALED_PHOTO_SIZES[0]!).expect(503)).body.error).toBe('upload_disk_low');
    const envelope = sealReport(report('still taken'), t.keyPair.publicKey);
    await request(t.app).post('/api/reports').set('Content-Type', 'application/json').send(JSON.stringify(envelope)).expect(201);
  });
});

function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const parts: Buffer[] = [];
  res.on('data', (c: Buffer) => parts.push(c));
  res.on('end', () => callback(null, Buffer.concat(parts)));
}
