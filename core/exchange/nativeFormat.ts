/**
 * Midad's own JSON: everything an article holds, so nothing is lost between two archives. Defined here once;
 * the JSON Schema in midad-article.schema.json is generated from it (see nativeJsonSchema.ts).
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleSchema, MediaSchema } from '../article/schema';
import { IMPORT_LIMITS } from './limits';

export const NATIVE_FORMAT = 'midad';
export const NATIVE_FORMAT_VERSION = 1;

export const NativeMediaSchema = MediaSchema.extend({
  data: z.string().nullable().describe('The picture file, base64-encoded; null for a caption still waiting for its picture.'),
});

export const NativeRevisionSchema = z.object({
  version: z.number().int().positive(),
  kind: z.string(),
  label: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  fields: ArticleFieldsSchema,
});

// The trash is a state of one archive, not of the article: it does not travel.
export const NativeArticleSchema = ArticleSchema.omit({ version: true, media: true, trashedAt: true }).extend({
  media: z.array(NativeMediaSchema),
  comments: z
    .array(z.record(z.string(), z.unknown()))
    .optional()
    .describe('Review comments, when the export was asked to include them; their shape belongs to the review feature.'),
  revisions: z
    .array(NativeRevisionSchema)
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
