/**
 * Revisions: immutable snapshots of an article (every field, the body, the media's metadata), each made by
 * an explicit save, a status change, an autosave checkpoint, a restore, a copy kept aside (the other
 * side of a conflict, or the state an import replaced), or an import. History is only ever appended to.
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema, LIMITS, MediaSchema } from './schema';

export const REVISION_KINDS = ['explicit', 'autosave', 'status', 'restore', 'copy', 'import'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** How a save asks to be recorded: an autosave may become a checkpoint, an explicit save always does. */
export const SAVE_KINDS = ['autosave', 'explicit'] as const;

export const RevisionLabelSchema = z.string().max(LIMITS.shortText);
export const RevisionAuthorSchema = z.string().max(LIMITS.shortText);

export const RevisionSummarySchema = z.object({
  id: z.number().int().positive(),
  articleId: ArticleIdSchema,
  /** The article version this snapshot holds (a copy kept aside holds the version it was based on). */
  version: z.number().int().positive(),
  kind: z.enum(REVISION_KINDS),
  label: RevisionLabelSchema,
  author: RevisionAuthorSchema,
  createdAt: z.iso.datetime({ offset: true }),
  headline: z.string(),
  words: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** What a revision stores besides its summary. */
export const RevisionSnapshotSchema = z.object({
  fields: ArticleFieldsSchema,
  media: z.array(MediaSchema),
});
export type RevisionSnapshot = z.infer<typeof RevisionSnapshotSchema>;

export const RevisionSchema = RevisionSummarySchema.extend(RevisionSnapshotSchema.shape);
export type Revision = z.infer<typeof RevisionSchema>;
