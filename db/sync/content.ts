/**
 * Between an article in the archive and the content of a revision document: reading the article as fields
 * and pictures (by sha256), and writing a revision's content over the article (or as a new article). The
 * caller holds the transaction; the search index follows through its triggers.
 */
import { createHash } from 'node:crypto';
import { ArticleFieldsSchema, type Article, type ArticleFields } from '../../core/article/schema';
import type { RevDoc, RevMedia } from '../../core/sync/documents';
import { canonicalJson } from '../../core/sync/merge';
import type { Archive } from '../archive';
import { deriveBody } from '../articles';
import { rowParams } from '../articleRows';
import { cachedStatement } from '../statements';
import { getHeads, getRevision } from './store';

export interface RevContentOf {
  fields: ArticleFields;
  media: RevMedia[];
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The article as a revision would hold it; every picture's sha256 is computed once and remembered. */
export function contentOfArticle(archive: Archive, article: Article): RevContentOf {
  const known = cachedStatement(archive, 'SELECT sha256 FROM sync_media_sha WHERE media_id = ?');
  const bytesOf = cachedStatement(archive, 'SELECT bytes FROM media WHERE id = ?');
  const remember = cachedStatement(
    archive,
    'INSERT INTO sync_media_sha (media_id, sha256) VALUES (?, ?) ON CONFLICT (media_id) DO UPDATE SET sha256 = excluded.sha256',
  );
  let base: RevDoc | null | undefined;
  const media = article.media.map((m) => {
    let sha: string | null = null;
    const cached = (known.get(m.id) as { sha256: string } | undefined)?.sha256;
    if (m.byteLength > 0) {
      // Bytes can be replaced on an item (attachPicture), so the remembered digest is checked by length.
      const row = bytesOf.get(m.id) as { bytes: Buffer | null } | undefined;
      if (row?.bytes) {
        sha = cached && pictureLength.get(cached) === row.bytes.length ? cached : sha256Hex(row.bytes);
        pictureLength.set(sha, row.bytes.length);
        if (sha !== cached) remember.run(m.id, sha);
      }
    } else if (cached) {
      // A pulled picture not fetched yet (pictures.ts) is still the one its revision names, bytes and all:
      // a save made before it is shown must not drop it from the next revision.
      if (base === undefined) {
        const heads = getHeads(archive, article.id);
        base = heads?.base ? getRevision(archive, article.id, heads.base) : null;
      }
      const named = base?.media.find((r) => r.id === m.id && r.sha256 === cached);
      if (named) return { ...m, byteLength: named.byteLength, sha256: cached };
    }
    return { ...m, sha256: sha };
  });
  return { fields: ArticleFieldsSchema.parse(article), media };
}
const pictureLength = new Map<string, number>();

export function sameContent(a: RevContentOf, b: Pick<RevDoc, 'fields' | 'media'>): boolean {
  return canonicalJson({ f: a.fields, m: a.media }) === canonicalJson({ f: b.fields, m: b.media });
}

/** Local bytes of a picture, from any item that holds them. */
export function localPicture(archive: Archive, sha256: string): Buffer | null {
  const row = cachedStatement(
    archive,
    `SELECT m.bytes FROM sync_media_sha s JOIN media m ON m.id = s.media_id
       WHERE s.sha256 = ? AND m.bytes IS NOT NULL LIMIT 1`,
  ).get(sha256) as { bytes: Buffer } | undefined;
  return row?.bytes ?? null;
}

/**
 * Makes the article hold `rev`'s content: an update (next version) or, for an article new here, an insert
 * dated `createdAt`. Every field, the `metadata` column's too (rights, subjects, the source's dates, the
 * agency's people and places, pending headline suggestions): a field left behind here would be missing
 * from the next revision this archive makes, for everyone. Pictures whose bytes are neither here nor in
 * `fetched` are kept as captions waiting for their picture, which the next pull fills in.
 */
export function writeRevisionContent(
  archive: Archive,
  rev: RevDoc,
  createdAt: string,
  conflicted: boolean,
  fetched: ReadonlyMap<string, Buffer>,
): void {
  const params = {
    ...rowParams(rev.fields, deriveBody(rev.fields)),
    id: rev.articleId,
    conflicted: conflicted ? 1 : 0,
  };
  const update = cachedStatement(
    archive,
    `UPDATE articles SET slug = @slug, headline = @headline, standfirst = @standfirst, section = @section,
         tags = @tags, byline = @byline, dateline_city = @dateline_city, dateline_agency = @dateline_agency,
         language = @language, status = @status, urgency = @urgency, embargo_until = @embargo_until,
         ed_note = @ed_note, body = @body, body_text = @body_text, word_count = @word_count,
         char_count = @char_count, char_count_with_harakat = @char_count_with_harakat, metadata = @metadata,
         updated_at = @updated, version = version + 1, conflicted = @conflicted
       WHERE id = @id`,
  ).run({ ...params, updated: rev.createdAt });
  if (update.changes === 0) {
    cachedStatement(
      archive,
      `INSERT INTO articles (id, slug, headline, standfirst, section, tags, byline, dateline_city, dateline_agency,
           language, status, urgency, embargo_until, ed_note, body, body_text, word_count, char_count,
           char_count_with_harakat, created_at, updated_at, version, conflicted, metadata)
         VALUES (@id, @slug, @headline, @standfirst, @section, @tags, @byline, @dateline_city, @dateline_agency,
           @language, @status, @urgency, @embargo_until, @ed_note, @body, @body_text, @word_count, @char_count,
           @char_count_with_harakat, @created, @updated, 1, @conflicted, @metadata)`,
    ).run({ ...params, created: createdAt, updated: rev.createdAt });
  }
  writeMedia(archive, rev.articleId, rev.media, fetched);
}

function writeMedia(
  archive: Archive,
  articleId: string,
  media: readonly RevMedia[],
  fetched: ReadonlyMap<string, Buffer>,
) {
  const existing = cachedStatement(archive, 'SELECT id FROM media WHERE article_id = ?').all(articleId) as Array<{
    id: string;
  }>;
  if (existing.length === 0 && media.length === 0) return;
  const wanted = new Set(media.map((m) => m.id));
  const remove = cachedStatement(archive, 'DELETE FROM media WHERE id = ?');
  for (const row of existing) if (!wanted.has(row.id)) remove.run(row.id);
  // One lead per article is a unique index: clear every lead first, set the one the revision names last.
  cachedStatement(archive, 'UPDATE media SET is_lead = 0 WHERE article_id = ? AND is_lead = 1').run(articleId);
  const upsert = cachedStatement(
    archive,
    `INSERT INTO media (id, article_id, position, mime, width, height, bytes, caption, credit, alt, is_lead)
       VALUES (@id, @articleId, @position, @mime, @width, @height, @bytes, @caption, @credit, @alt, 0)
       ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, position = excluded.position,
         mime = excluded.mime, width = excluded.width, height = excluded.height,
         bytes = coalesce(excluded.bytes, media.bytes), caption = excluded.caption, credit = excluded.credit,
         alt = excluded.alt`,
  );
  const shaOf = cachedStatement(
    archive,
    'INSERT INTO sync_media_sha (media_id, sha256) VALUES (?, ?) ON CONFLICT (media_id) DO UPDATE SET sha256 = excluded.sha256',
  );
  media.forEach((m, position) => {
    const bytes = m.sha256 ? (fetched.get(m.sha256) ?? localPicture(archive, m.sha256)) : null;
    upsert.run({
      id: m.id,
      articleId,
      position,
      mime: m.mime,
      width: m.width,
      height: m.height,
      bytes,
      caption: m.caption,
      credit: m.credit,
      alt: m.alt,
    });
    // Remembered with or without the bytes: a picture not here yet is fetched by it when first shown.
    if (m.sha256) shaOf.run(m.id, m.sha256);
  });
  const lead = media.find((m) => m.isLead);
  if (lead) cachedStatement(archive, 'UPDATE media SET is_lead = 1 WHERE id = ?').run(lead.id);
}
