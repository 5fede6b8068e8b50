/**
 * Pictures of an article: bytes live in the archive beside their caption, credit and alt text. A caption
 * may come before its picture (attach the bytes later). Every article with media has exactly one lead
 * picture: the first one added, unless another is made the lead; removing the lead passes it on.
 * Media changes do not make a new article version (the body and fields are untouched) but do touch
 * updatedAt, so the archive list shows the article as recently changed.
 */
import { randomUUID } from 'node:crypto';
import { MidadError, notFoundError } from '../core/api/errors';
import { LIMITS, type Media } from '../core/article/schema';
import { readImageInfo, type ImageInfo } from '../core/media/imageInfo';
import type { MediaChange, MediaText } from '../core/media/mediaRequests';
import type { Archive } from './archive';
import { MEDIA_COLUMNS, mediaFromRow, type MediaRow } from './articleRows';

function mediaNotFound(id: string): MidadError {
  return new MidadError('media_not_found', `No picture or caption with id ${id} in this archive.`, { id });
}

/** Decodes and checks a picture: a real JPEG, PNG, WebP or GIF within the size bound, whatever it claims to be. */
export function decodePicture(base64: string): { bytes: Buffer; info: ImageInfo } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LIMITS.mediaBytes) {
    throw new MidadError('media_too_large', `The picture is larger than ${LIMITS.mediaBytes / 1024 / 1024} MB.`, {
      limit: LIMITS.mediaBytes / 1024 / 1024,
    });
  }
  const info = readImageInfo(bytes);
  if (!info) {
    throw new MidadError('media_unsupported', 'This file is not a JPEG, PNG, WebP or GIF picture Midad can read.');
  }
  return { bytes, info };
}

export function listMedia(archive: Archive, articleId: string): Media[] {
  const rows = archive
    .prepare(`SELECT ${MEDIA_COLUMNS} FROM media WHERE article_id = ? ORDER BY position`)
    .all(articleId) as MediaRow[];
  return rows.map(mediaFromRow);
}

function articleOf(archive: Archive, mediaId: string): string {
  const row = archive.prepare('SELECT article_id FROM media WHERE id = ?').get(mediaId) as
    { article_id: string } | undefined;
  if (!row) throw mediaNotFound(mediaId);
  return row.article_id;
}

function touch(archive: Archive, articleId: string, now: Date): void {
  archive.prepare('UPDATE articles SET updated_at = ? WHERE id = ?').run(now.toISOString(), articleId);
}

function makeLead(archive: Archive, articleId: string, mediaId: string): void {
  // Clear first: the unique index allows one lead per article at any moment.
  archive.prepare('UPDATE media SET is_lead = 0 WHERE article_id = ? AND is_lead = 1').run(articleId);
  archive.prepare('UPDATE media SET is_lead = 1 WHERE id = ?').run(mediaId);
}

/** Gives the lead to the first picture when the article has media but no lead. */
function keepOneLead(archive: Archive, articleId: string): void {
  const hasLead = archive.prepare('SELECT 1 FROM media WHERE article_id = ? AND is_lead = 1').get(articleId);
  if (hasLead) return;
  archive
    .prepare(
      'UPDATE media SET is_lead = 1 WHERE id = (SELECT id FROM media WHERE article_id = ? ORDER BY position LIMIT 1)',
    )
    .run(articleId);
}

function change(archive: Archive, articleId: string, itemId: string | null): MediaChange {
  const media = listMedia(archive, articleId);
  return { item: media.find((m) => m.id === itemId) ?? null, media };
}

export function addMedia(
  archive: Archive,
  request: MediaText & { articleId: string; data?: string; isLead?: true },
  now = new Date(),
): MediaChange {
  const picture = request.data === undefined ? null : decodePicture(request.data);
  return archive
    .transaction(() => {
      if (!archive.prepare('SELECT 1 FROM articles WHERE id = ?').get(request.articleId))
        throw notFoundError(request.articleId);
      const id = randomUUID();
      archive
        .prepare(
          `INSERT INTO media (id, article_id, position, mime, width, height, bytes, caption, credit, alt, is_lead)
         VALUES (@id, @articleId,
           (SELECT coalesce(max(position), -1) + 1 FROM media WHERE article_id = @articleId),
           @mime, @width, @height, @bytes, @caption, @credit, @alt, 0)`,
        )
        .run({
          id,
          articleId: request.articleId,
          mime: picture?.info.mime ?? null,
          width: picture?.info.width ?? null,
          height: picture?.info.height ?? null,
          bytes: picture?.bytes ?? null,
          caption: request.caption ?? '',
          credit: request.credit ?? '',
          alt: request.alt ?? '',
        });
      if (request.isLead) makeLead(archive, request.articleId, id);
      else keepOneLead(archive, request.articleId);
      touch(archive, request.articleId, now);
      return change(archive, request.articleId, id);
    })
    .immediate();
}

/** Puts a picture on an item: the one a caption was waiting for, or a replacement. */
export function attachPicture(archive: Archive, id: string, data: string, now = new Date()): MediaChange {
  const { bytes, info } = decodePicture(data);
  return archive
    .transaction(() => {
      const articleId = articleOf(archive, id);
      archive
        .prepare('UPDATE media SET mime = ?, width = ?, height = ?, bytes = ? WHERE id = ?')
        .run(info.mime, info.width, info.height, bytes, id);
      touch(archive, articleId, now);
      return change(archive, articleId, id);
    })
    .immediate();
}

export function updateMedia(
  archive: Archive,
  id: string,
  text: MediaText & { isLead?: true },
  now = new Date(),
): MediaChange {
  return archive
    .transaction(() => {
      const articleId = articleOf(archive, id);
      archive
        .prepare(
          `UPDATE media SET caption = coalesce(@caption, caption), credit = coalesce(@credit, credit), alt = coalesce(@alt, alt)
         WHERE id = @id`,
        )
        .run({ id, caption: text.caption ?? null, credit: text.credit ?? null, alt: text.alt ?? null });
      if (text.isLead) makeLead(archive, articleId, id);
      touch(archive, articleId, now);
      return change(archive, articleId, id);
    })
    .immediate();
}

export function removeMedia(archive: Archive, id: string, now = new Date()): MediaChange {
  return archive
    .transaction(() => {
      const articleId = articleOf(archive, id);
      archive.prepare('DELETE FROM media WHERE id = ?').run(id);
      keepOneLead(archive, articleId);
      touch(archive, articleId, now);
      return change(archive, articleId, null);
    })
    .immediate();
}

/** The picture itself, for display. A caption still waiting for its picture has none to give. */
export function pictureBytes(archive: Archive, id: string): { mime: NonNullable<Media['mime']>; data: string } {
  const row = archive.prepare('SELECT mime, bytes FROM media WHERE id = ?').get(id) as
    { mime: Media['mime']; bytes: Buffer | null } | undefined;
  if (!row) throw mediaNotFound(id);
  if (!row.bytes || !row.mime) {
    throw new MidadError('media_no_picture', `The caption ${id} has no picture yet.`, { id });
  }
  return { mime: row.mime, data: row.bytes.toString('base64') };
}
