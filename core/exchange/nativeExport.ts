/** Native JSON export: the article as the archive holds it, with picture bytes inline, suggestions as they are. */
import type { Revision } from '../article/revision';
import { openedAt, type CommentThread } from '../review/comments';
import { encodeBase64 } from './base64';
import {
  NATIVE_FORMAT,
  NATIVE_FORMAT_VERSION,
  NativeDocumentSchema,
  type NativeArticle,
  type NativeRevision,
  type NativeThread,
} from './nativeFormat';
import type { Exporter, ExportItem } from './types';
import { placedMedia } from '../article/figures';
import { creditWarnings } from './warnings';

/** Oldest first, then by id: the order does not depend on how the archive happened to store them. */
function nativeThreads(threads: readonly CommentThread[]): NativeThread[] {
  const sorted = [...threads].sort((a, b) => openedAt(a).localeCompare(openedAt(b)) || a.id.localeCompare(b.id));
  return sorted.map(({ articleId: _a, ...thread }) => thread);
}

function nativeRevision({ version, kind, label, author, createdAt, fields, media }: Revision): NativeRevision {
  return { version, kind, label, author, createdAt, fields, media };
}

export function toNativeArticle({ article, media, comments, revisions }: ExportItem): NativeArticle {
  const { version: _version, trashedAt: _trashedAt, conflicted: _conflicted, media: pictures, ...rest } = article;
  return {
    ...rest,
    // Only the pictures in the body: a figure deleted or undone in the editor leaves its row for the undo.
    media: placedMedia(rest.body, pictures).map((m) => {
      const bytes = media.get(m.id);
      return { ...m, byteLength: bytes?.length ?? 0, data: bytes ? encodeBase64(bytes) : null };
    }),
    ...(comments ? { comments: nativeThreads(comments) } : {}),
    ...(revisions ? { revisions: revisions.map(nativeRevision) } : {}),
  };
}

/** The whole document; parsing it through the schema fixes the key order, so equal archives export equal text. */
export function exportNative(items: readonly ExportItem[]): string {
  const doc = NativeDocumentSchema.parse({
    format: NATIVE_FORMAT,
    formatVersion: NATIVE_FORMAT_VERSION,
    articles: items.map(toNativeArticle),
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const nativeExporter: Exporter = {
  format: 'json',
  extension: 'json',
  mime: 'application/json',
  export: (item) => ({ content: exportNative([item]), files: [], warnings: creditWarnings(item) }),
};
