/**
 * The newsroom database's documents: what travels between a workstation's SQLite archive and the
 * CouchDB database, one zod schema per document type and one id builder each. Ids are deterministic, so
 * every write is idempotent: sending a document twice finds it already there. See docs/sync.md.
 *
 * Every document has `type` and `author`, the CouchDB user name that wrote it (the server's
 * validate_doc_update, core/sync/designDoc.ts, checks it is the signed-in user, and that `rev:`, `comment:`
 * and `event:` documents are never changed once written).
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema, LIMITS, MediaSchema } from '../article/schema';
import { STATUSES } from '../article/status';
import { COMMENT_TEXT_MAX, CommentAnchorSchema } from '../review/comments';
import { NOTE_MAX } from '../review/workflow';
import { ProfileSchema } from '../settings/schema';

const isoDateTime = z.iso.datetime({ offset: true });

/** A CouchDB user name, as `_session` reports it. */
export const CouchUserSchema = z.string().min(1).max(LIMITS.shortText);

/** A revision's id: 32 lowercase hex digits (random for a save, a digest of its parents for a merge). */
export const RevIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '32 lowercase hex digits');
export type RevId = z.infer<typeof RevIdSchema>;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lowercase hex');

/** CouchDB's own members: present on what the server returns, absent on a first write. */
const couchMeta = {
  _id: z.string().min(1),
  _rev: z.string().min(1).optional(),
  _deleted: z.literal(true).optional(),
};

// ---- ids ----------------------------------------------------------------------------------------------

export const DOC_PREFIXES = ['article', 'rev', 'comment', 'event', 'picture'] as const;
export type DocType = (typeof DOC_PREFIXES)[number];

export const articleDocId = (articleId: string) => `article:${articleId}`;
export const revDocId = (articleId: string, revId: string) => `rev:${articleId}:${revId}`;
export const commentDocId = (commentId: string) => `comment:${commentId}`;
export const eventDocId = (eventId: string) => `event:${eventId}`;
export const pictureDocId = (sha256: string) => `picture:${sha256}`;
/** The attachment of a `picture:` document that holds the bytes. */
export const PICTURE_ATTACHMENT = 'bytes';

/** The type a document id names (by its prefix), or null for anything else (design documents, strays). */
export function docTypeOfId(id: string): DocType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return (DOC_PREFIXES as readonly string[]).includes(prefix) ? (prefix as DocType) : null;
}

// ---- article: the small mutable head ------------------------------------------------------------------

export const ArticleDocSchema = z.object({
  ...couchMeta,
  type: z.literal('article'),
  author: CouchUserSchema,
  articleId: ArticleIdSchema,
  status: z.enum(STATUSES),
  section: z.string().max(LIMITS.shortText),
  assignee: CouchUserSchema.optional(),
  /** The revisions no other revision descends from: one, or several while the article is conflicted. */
  heads: z.array(RevIdSchema).min(1).max(64),
  conflicted: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: CouchUserSchema,
});
export type ArticleDoc = z.infer<typeof ArticleDocSchema>;

// ---- rev: one immutable revision ----------------------------------------------------------------------

/** A picture as a revision names it: the archive's metadata and, when it has bytes, their sha256. */
export const RevMediaSchema = MediaSchema.extend({ sha256: Sha256Schema.nullable() });
export type RevMedia = z.infer<typeof RevMediaSchema>;

export const RevDocSchema = z.object({
  ...couchMeta,
  type: z.literal('rev'),
  author: CouchUserSchema,
  /** The person's display name (the local profile), for history. */
  authorName: z.string().max(LIMITS.shortText),
  articleId: ArticleIdSchema,
  revId: RevIdSchema,
  /** None for an article's first revision, one for a save, two or more for a merge or a resolution. */
  parents: z.array(RevIdSchema).max(64),
  createdAt: isoDateTime,
  label: z.string().max(LIMITS.shortText),
  /** Every field, through the article's schema, so fields added later travel without a change here. */
  fields: ArticleFieldsSchema,
  media: z.array(RevMediaSchema),
  // agency entities: which writer made the revision (docs/sync.md, "Revisions from an older Midad")
  /**
   * Set by every Midad that applies a pulled revision's metadata (rights, subjects, source dates, the
   * agency's people and places…) and so writes whole metadata in its own. Absent on a revision from an
   * older Midad, which left out whatever it had pulled: the receiver takes those fields from its parent.
   */
  metadataKept: z.literal(true).optional(),
});
export type RevDoc = z.infer<typeof RevDocSchema>;

// ---- comment: one immutable comment post --------------------------------------------------------------

export const CommentDocSchema = z.object({
  ...couchMeta,
  type: z.literal('comment'),
  author: CouchUserSchema,
  commentId: z.uuid(),
  articleId: ArticleIdSchema,
  threadId: z.uuid(),
  /** Every post carries its thread's anchor, so whichever arrives first can open the thread. */
  anchor: CommentAnchorSchema,
  by: ProfileSchema,
  createdAt: isoDateTime,
  text: z.string().trim().min(1).max(COMMENT_TEXT_MAX),
});
export type CommentDoc = z.infer<typeof CommentDocSchema>;

// ---- event: one immutable status change, a thread resolved or reopened, the trash -----------------------------

const eventBase = {
  ...couchMeta,
  type: z.literal('event'),
  author: CouchUserSchema,
  eventId: z.uuid(),
  articleId: ArticleIdSchema,
  by: ProfileSchema,
  at: isoDateTime,
};

export const StatusEventDocSchema = z.object({
  ...eventBase,
  kind: z.literal('status'),
  from: z.enum(STATUSES),
  to: z.enum(STATUSES),
  note: z.string().max(NOTE_MAX),
});
export const ThreadEventDocSchema = z.object({
  ...eventBase,
  kind: z.literal('thread'),
  threadId: z.uuid(),
  resolved: z.boolean(),
});
/** The article moved to the trash (`trashed`) or restored from it; the later decision wins everywhere. */
export const TrashEventDocSchema = z.object({
  ...eventBase,
  kind: z.literal('trash'),
  trashed: z.boolean(),
});
export const EventDocSchema = z.discriminatedUnion('kind', [
  StatusEventDocSchema,
  ThreadEventDocSchema,
  TrashEventDocSchema,
]);
export type StatusEventDoc = z.infer<typeof StatusEventDocSchema>;
export type ThreadEventDoc = z.infer<typeof ThreadEventDocSchema>;
export type TrashEventDoc = z.infer<typeof TrashEventDocSchema>;
export type EventDoc = z.infer<typeof EventDocSchema>;

// ---- picture: content-addressed bytes -----------------------------------------------------------------

export const PictureDocSchema = z.object({
  ...couchMeta,
  type: z.literal('picture'),
  author: CouchUserSchema,
  sha256: Sha256Schema,
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  byteLength: z.number().int().nonnegative().max(LIMITS.mediaBytes),
  /** `bytes`: inline base64 `data` when written, a stub when read without attachments. */
  _attachments: z
    .record(
      z.string(),
      z.object({
        content_type: z.string(),
        data: z.string().optional(),
        stub: z.boolean().optional(),
        length: z.number().int().nonnegative().optional(),
        digest: z.string().optional(),
      }),
    )
    .optional(),
});
export type PictureDoc = z.infer<typeof PictureDocSchema>;

/** Any document of ours, told apart by `type`. */
export const SyncDocSchema = z.discriminatedUnion('type', [
  ArticleDocSchema,
  RevDocSchema,
  CommentDocSchema,
  z.discriminatedUnion('kind', [StatusEventDocSchema, ThreadEventDocSchema, TrashEventDocSchema]),
  PictureDocSchema,
]);
export type SyncDoc = z.infer<typeof SyncDocSchema>;
