/**
 * Offline hand-off: writing an article's review package, and merging one in. The merge itself is pure
 * (core/review/merge.ts); this reads what the archive holds, applies the result in one transaction, and
 * remembers the version both sides now share so the next package back is measured against it.
 */
import { basename } from 'node:path';
import type { Article } from '../../core/article/schema';
import { fileRefusal, type Refuse } from '../../core/exchange/importError';
import { parseJsonText, validate } from '../../core/exchange/jsonText';
import { mergeReview, type MergeOutcome } from '../../core/review/merge';
import {
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewContentSchema,
  ReviewPackageSchema,
  canonicalJson,
  type ReviewContent,
  type ReviewPackage,
} from '../../core/review/package';
import type { FieldDiff } from '../../core/review/compare';
import { readSettings } from '../settings';
import { readBoundedFile } from '../exchange/boundedFile';
import { decodeText } from '../exchange/decodeText';
import type { Archive } from '../connection';
import { createArticle, deriveBody, getArticle, pickFields, saveArticle } from '../articles';
import { threadsOfArticle, upsertThreads } from './comments';
import { listSuggestions, upsertLedger } from './suggestions';
import { insertStatusChanges, listStatusChanges } from './statusChanges';
import { keepVersionAside } from './revisions';
import { encodeLabel } from '../../core/review/revisionLabel';

export function contentOf(article: Article): ReviewContent {
  return { ...pickFields(article), captions: article.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

function readBase(archive: Archive, articleId: string): { updatedAt: string; content: ReviewContent } | null {
  const row = archive.prepare('SELECT base_updated_at, base FROM review_sync WHERE article_id = ?').get(articleId) as
    { base_updated_at: string; base: string } | undefined;
  if (!row) return null;
  const content = ReviewContentSchema.safeParse(JSON.parse(row.base));
  return content.success ? { updatedAt: row.base_updated_at, content: content.data } : null;
}

/** Remembers the version the other side now holds: the next package back is measured against it. */
function writeBase(archive: Archive, articleId: string, updatedAt: string, content: ReviewContent): void {
  archive
    .prepare(
      `INSERT INTO review_sync (article_id, base_updated_at, base) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET base_updated_at = excluded.base_updated_at, base = excluded.base`,
    )
    .run(articleId, updatedAt, JSON.stringify(content));
}

/**
 * The package for one article: its words now, the version last shared with the other side (or now, the
 * first time), and all its comments, suggestions and status history.
 */
export function exportReviewPackage(archive: Archive, articleId: string, now = new Date()): ReviewPackage {
  return archive
    .transaction(() => {
      const article = getArticle(archive, articleId);
      const base = readBase(archive, articleId) ?? { updatedAt: article.updatedAt, content: contentOf(article) };
      const pkg: ReviewPackage = {
        format: REVIEW_PACKAGE_FORMAT,
        formatVersion: REVIEW_PACKAGE_VERSION,
        exportedAt: now.toISOString(),
        exportedBy: readSettings(archive).profile,
        article: {
          id: article.id,
          createdAt: article.createdAt,
          updatedAt: article.updatedAt,
          content: contentOf(article),
        },
        base,
        comments: threadsOfArticle(archive, articleId),
        suggestions: listSuggestions(archive, articleId),
        statusChanges: listStatusChanges(archive, articleId),
      };
      writeBase(archive, article.id, article.updatedAt, pkg.article.content);
      return pkg;
    })
    .immediate();
}

/** Refusals of a review package file, named when its name is known (the API may be handed the value alone). */
export function reviewPackageRefusal(fileName?: string): Refuse {
  return (place, problem, technical) => fileRefusal('review_package_invalid', fileName, place, problem, technical);
}

/**
 * Checks a package read from a file. A refusal names the file, where in it and what was wrong, in the words
 * of an import refusal; JSON of another kind (an article export, another program's file) is told so.
 */
export function parseReviewPackage(value: unknown, fileName?: string): ReviewPackage {
  const refuse = reviewPackageRefusal(fileName);
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== REVIEW_PACKAGE_FORMAT) throw refuse({ at: 'file' }, { problem: 'not_review_package' });
  return validate(ReviewPackageSchema, value, refuse);
}

/** A review package file from disk (the `midad review-import` command), refused as any file to import is. */
export function readReviewPackageFile(path: string): ReviewPackage {
  const name = basename(path);
  const refuse = reviewPackageRefusal(name);
  // Read as every file to import is: bounded before reading, UTF-16 and Windows-1256 recognised.
  const text = decodeText(readBoundedFile(path, refuse));
  return parseReviewPackage(parseJsonText(text, refuse), name);
}

export interface ImportResult {
  articleId: string;
  outcome: MergeOutcome;
  /** Revisions keeping both versions when both sides changed the words (older first). */
  revisionIds: number[];
  diff: FieldDiff[] | null;
  comments: number;
  suggestions: number;
}

export function importReviewPackage(archive: Archive, pkg: ReviewPackage, now = new Date()): ImportResult {
  return archive
    .transaction(() => {
      const id = pkg.article.id;
      const exists = archive.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
      const before = exists ? getArticle(archive, id) : null;
      const merged = mergeReview(
        before && {
          updatedAt: before.updatedAt,
          content: contentOf(before),
          comments: threadsOfArticle(archive, id),
          suggestions: listSuggestions(archive, id),
          statusChanges: listStatusChanges(archive, id),
        },
        pkg,
      );
      const { captions, ...fields } = merged.content;
      const revisionIds: number[] = [];
      if (!before) {
        createArticle(archive, fields, now, { id });
      } else {
        if (merged.outcome === 'both-changed') {
          // Both versions kept as they were, older first, before the newer becomes current.
          for (const version of merged.versions) {
            const local = version.side === 'local';
            const snapshot = local ? before : asArticle(before, version.content, version.updatedAt);
            const label = encodeLabel(
              local ? { code: 'package-local' } : { code: 'package-theirs', from: pkg.exportedBy?.name ?? '' },
            );
            revisionIds.push(
              keepVersionAside(archive, snapshot, label, local ? '' : (pkg.exportedBy?.name ?? ''), now),
            );
          }
        }
        const changed = canonicalJson(fields) !== canonicalJson(pickFields(before));
        const label = encodeLabel({ code: 'package', from: pkg.exportedBy?.name ?? '' });
        if (changed)
          saveArticle(archive, id, before.version, fields, now, {
            kind: 'explicit',
            label,
            author: pkg.exportedBy?.name ?? '',
          });
      }
      applyCaptions(archive, id, captions);
      upsertThreads(archive, merged.comments);
      upsertLedger(archive, merged.suggestions);
      insertStatusChanges(archive, merged.statusChanges);
      writeBase(archive, id, pkg.article.updatedAt, pkg.article.content);
      return {
        articleId: id,
        outcome: merged.outcome,
        revisionIds,
        diff: merged.diff,
        comments: merged.comments.length,
        suggestions: merged.suggestions.length,
      };
    })
    .immediate();
}

/** The other side's version as an article snapshot, for keeping it as a revision. */
function asArticle(here: Article, content: ReviewContent, updatedAt: string): Article {
  const { captions, ...fields } = content;
  const { bodyText, ...counts } = deriveBody(fields);
  const caption = new Map(captions.map((c) => [c.mediaId, c.caption]));
  const media = here.media.map((m) => ({ ...m, caption: caption.get(m.id) ?? m.caption }));
  return { ...here, ...fields, bodyText, counts, updatedAt, media };
}

/**
 * Captions travel in the package; pictures' bytes do not. A caption for a picture this archive lacks is
 * kept as a caption waiting for its picture (a media row without bytes).
 */
function applyCaptions(archive: Archive, articleId: string, captions: ReviewContent['captions']): void {
  const update = archive.prepare('UPDATE media SET caption = ? WHERE id = ? AND article_id = ?');
  const insert = archive.prepare(
    `INSERT INTO media (id, article_id, position, caption)
     VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM media WHERE article_id = ?), ?)`,
  );
  for (const c of captions) {
    if (update.run(c.caption, c.mediaId, articleId).changes === 0)
      insert.run(c.mediaId, articleId, articleId, c.caption);
  }
}
