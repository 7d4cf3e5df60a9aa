/**
 * The photo half of `npm run fetch` (docs/photos.md): after the report batches, the sealed photos
 * this analyst key has not stored, under the same signed API and acknowledgement rule. Each
 * listing is one photo batch: every photo in it is written to photos/<id>.sealed (a private
 * file, replaced atomically) and only then is the batch acknowledged. A crash before the
 * acknowledgement loses nothing: the server sends the same photos again, and writing one again
 * replaces it with the same bytes. Photos stay sealed: their keys are inside the reports.
 */
import { join } from 'node:path';
import { SERVER_ID_HEADER, writeBatchAck } from '../../protocol/batch-file.js';
import { makePrivateFolder, replacePrivateFile } from '../../protocol/node/private-files.js';
import { MAX_PHOTO_LIST, PHOTOS_ACK_PATH, PHOTOS_PATH, UPLOAD_ID_RE, photoPath, type PhotoListing } from '../../protocol/photo-upload.js';
import { SEALED_PHOTO_SIZES } from '../../protocol/sealed-photo.js';
import { serverError, type SignedRequest } from './batch-client.js';
import { FetchError } from './fetch-error.js';

/** Where fetch keeps sealed photos, inside its --out folder; decrypt looks there beside each batch file. */
export const PHOTOS_FOLDER = 'photos';
export const sealedPhotoName = (id: string): string => `${id}.sealed`;

export async function fetchPhotos({
  dir,
  serverId,
  request,
  log,
}: {
  dir: string;
  /** The identity this folder's batches came from: photos from another database are refused. */
  serverId: string | null;
  request: SignedRequest;
  log: (line: string) => void;
}): Promise<{ fetched: number; deleted: number }> {
  const folder = join(dir, PHOTOS_FOLDER);
  let fetched = 0;
  let deleted = 0;
  for (;;) {
    const res = await request('GET', PHOTOS_PATH, '');
    if (res.status === 404) {
      await res.body?.cancel();
      log('this server does not take photos (no /api/photos): reports only');
      return { fetched, deleted };
    }
    if (!res.ok) throw await serverError(res);
    const from = res.headers.get(SERVER_ID_HEADER);
    if (serverId !== null && from !== serverId) {
      await res.body?.cancel();
      throw new FetchError(`the photos came from server ${from ?? '(none)'}, not ${serverId} whose batches this folder holds; nothing was acknowledged`, 3);
    }
    const listing = checkListing(await res.json().catch(() => null));
    if (listing.batch === null || listing.photos.length === 0) return { fetched, deleted };
    await makePrivateFolder(folder);
    for (const photo of listing.photos) {
      const got = await request('GET', photoPath(photo.id), '');
      if (!got.ok) throw await serverError(got);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await got.arrayBuffer());
      } catch {
        throw new FetchError('the connection was cut while a photo was downloading; run fetch again to resume (nothing was acknowledged)');
      }
      if (bytes.length !== photo.size) {
        throw new FetchError(
          `photo ${photo.id} arrived with ${bytes.length} bytes, not the ${photo.size} announced; run fetch again (nothing was acknowledged)`,
        );
      }
      await replacePrivateFile(folder, sealedPhotoName(photo.id), bytes);
      fetched += 1;
    }
    const ack = await request('POST', PHOTOS_ACK_PATH, '', writeBatchAck({ batch: listing.batch, server: from ?? '' }));
    if (!ack.ok) throw await serverError(ack);
    deleted += ((await ack.json()) as { deleted: number }).deleted;
    log(`${PHOTOS_FOLDER}/: ${listing.photos.length} sealed photo(s) stored and acknowledged`);
    if (listing.photos.length < MAX_PHOTO_LIST) return { fetched, deleted };
  }
}

/** The listing, checked: ids that are ids (they become file names), sizes that are sealed sizes. */
function checkListing(value: unknown): PhotoListing {
  const listing = value as PhotoListing | null;
  const ok =
    listing !== null &&
    typeof listing === 'object' &&
    (listing.batch === null || (typeof listing.batch === 'string' && UPLOAD_ID_RE.test(listing.batch))) &&
    Array.isArray(listing.photos) &&
    listing.photos.length <= MAX_PHOTO_LIST &&
    listing.photos.every((p) => typeof p?.id === 'string' && UPLOAD_ID_RE.test(p.id) && SEALED_PHOTO_SIZES.includes(p.size));
  if (!ok) throw new FetchError('the server answered /api/photos with something that is not a photo listing; check --server, or ask the operator to update');
  return listing;
}
