/**
 * Pictures pulled from the newsroom are fetched when first shown, not at pull: a pulled article
 * knows each picture by sha256 (`sync_media_sha`) and keeps a caption whose bytes are NULL until someone
 * opens it. The first read fetches the `picture:` document's attachment, checks that its digest is the name
 * it was asked by and that it is a picture Midad reads, and stores it on every item that shows it.
 */
import { readImageInfo } from '../../core/media/imageInfo';
import { MidadError } from '../../core/api/errors';
import { PICTURE_ATTACHMENT, pictureDocId } from '../../core/sync/documents';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { CouchClient } from './couch';
import { sha256Hex } from './content';
import { whileApplying } from './store';

/** The sha256 of the picture a media item shows but does not hold yet, or null. */
export function waitingPicture(archive: Archive, mediaId: string): string | null {
  const row = cachedStatement(
    archive,
    'SELECT s.sha256 FROM media m JOIN sync_media_sha s ON s.media_id = m.id WHERE m.id = ? AND m.bytes IS NULL',
  ).get(mediaId) as { sha256: string } | undefined;
  return row?.sha256 ?? null;
}

/** Fetches, checks and stores the picture `mediaId` waits for. False when it waits for none. */
export async function downloadPicture(archive: Archive, client: CouchClient, mediaId: string): Promise<boolean> {
  const sha = waitingPicture(archive, mediaId);
  if (!sha) return false;
  const bytes = await client.getAttachment(pictureDocId(sha), PICTURE_ATTACHMENT);
  if (sha256Hex(bytes) !== sha || !readImageInfo(bytes))
    throw new MidadError(
      'sync_server',
      'The newsroom server gave an answer Midad cannot use: a picture that is not the one asked for.',
      {
        status: 'picture',
      },
    );
  whileApplying(archive, () => {
    cachedStatement(
      archive,
      `UPDATE media SET bytes = ? WHERE bytes IS NULL AND id IN (SELECT media_id FROM sync_media_sha WHERE sha256 = ?)`,
    ).run(bytes, sha);
    cachedStatement(archive, 'INSERT OR IGNORE INTO sync_pictures (sha256) VALUES (?)').run(sha);
  });
  return true;
}
