/**
 * Midad's own JSON: everything an article holds, so nothing is lost between two archives. Defined here once;
 * the JSON Schema in midad-article.schema.json is generated from it (see nativeJsonSchema.ts).
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleSchema, MediaSchema } from '../article/schema';
import { REVISION_KINDS, RevisionAuthorSchema, RevisionLabelSchema } from '../article/revision';
import { CommentThreadSchema } from '../review/comments';
import { IMPORT_LIMITS } from './limits';

export const NATIVE_FORMAT = 'midad';
export const NATIVE_FORMAT_VERSION = 1;

export const NativeMediaSchema = MediaSchema.extend({
  data: z
    .string()
    .nullable()
    .describe('The picture file, base64-encoded; null for a caption still waiting for its picture.'),
});

/**
 * A comment thread inside its article (the article's id is the thread's). Threads and their comments keep
 * their ids, so importing the same thread twice merges it instead of doubling it.
 */
export const NativeThreadSchema = CommentThreadSchema.omit({ articleId: true });
export type NativeThread = z.infer<typeof NativeThreadSchema>;

/**
 * One earlier version. `version` is the number it had in the archive that exported it; the pictures are
 * their metadata only, as a revision keeps them.
 */
export const NativeRevisionSchema = z.object({
  version: z.number().int().positive(),
  kind: z.enum(REVISION_KINDS),
  label: RevisionLabelSchema,
  author: RevisionAuthorSchema,
  createdAt: z.iso.datetime({ offset: true }),
  fields: ArticleFieldsSchema,
  media: z.array(MediaSchema),
});
export type NativeRevision = z.infer<typeof NativeRevisionSchema>;

/** The version and the trash belong to one archive: an import arrives live, at its first version there. */
export const NativeArticleSchema = ArticleSchema.omit({
  version: true,
  trashedAt: true,
  conflicted: true,
  media: true,
}).extend({
  media: z.array(NativeMediaSchema),
  comments: z
    .array(NativeThreadSchema)
    .max(IMPORT_LIMITS.threads)
    .optional()
    .describe('Review comment threads with their replies, oldest first, when the export was asked to include them.'),
  revisions: z
    .array(NativeRevisionSchema)
    .max(IMPORT_LIMITS.revisions)
    .optional()
    .describe('Earlier versions of the article, oldest first, when the export was asked to include them.'),
});
export type NativeArticle = z.infer<typeof NativeArticleSchema>;

export const NativeDocumentSchema = z
  .object({
    format: z.literal(NATIVE_FORMAT),
    formatVersion: z.literal(NATIVE_FORMAT_VERSION),
    articles: z.array(NativeArticleSchema).max(IMPORT_LIMITS.articles),
  })
  .describe('One or more Midad articles with their pictures (format "midad").');
export type NativeDocument = z.infer<typeof NativeDocumentSchema>;
