/**
 * The review package: one JSON file that carries an article to another machine for review and back. It
 * holds the article's words (in the native field names), the version it is based on (so the receiving side
 * can tell who changed what since), every comment thread, every suggestion (pending ones also sit in the
 * body) and the status history. Pictures' bytes stay home; their captions travel, as they are reviewed.
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema } from '../article/schema';
import { ProfileSchema } from '../settings/schema';
import { CommentThreadSchema } from './comments';
import { SuggestionSchema } from './suggestions';
import { StatusChangeSchema } from './workflow';

export const REVIEW_PACKAGE_FORMAT = 'midad-review-package';
export const REVIEW_PACKAGE_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });

export const CaptionSchema = z.object({ mediaId: z.uuid(), caption: ArticleFieldsSchema.shape.standfirst });

/** The words of one version of an article: every field a person edits, and the captions. */
export const ReviewContentSchema = ArticleFieldsSchema.extend({ captions: z.array(CaptionSchema).max(500) });
export type ReviewContent = z.infer<typeof ReviewContentSchema>;

export const ReviewPackageSchema = z.object({
  format: z.literal(REVIEW_PACKAGE_FORMAT),
  formatVersion: z.literal(REVIEW_PACKAGE_VERSION),
  exportedAt: isoDateTime,
  exportedBy: ProfileSchema.nullable(),
  article: z.object({
    id: ArticleIdSchema,
    createdAt: isoDateTime,
    /** When the words were last changed on the exporting side: the newer side stays current in a clash. */
    updatedAt: isoDateTime,
    content: ReviewContentSchema,
  }),
  /** The version both sides last shared: what the exporting side's changes are measured against. */
  base: z.object({ updatedAt: isoDateTime, content: ReviewContentSchema }),
  comments: z.array(CommentThreadSchema).max(10_000),
  suggestions: z.array(SuggestionSchema).max(10_000),
  statusChanges: z.array(StatusChangeSchema).max(10_000),
});
export type ReviewPackage = z.infer<typeof ReviewPackageSchema>;

/** Whether two versions have the same words. Status moves through its own history, so it is left out. */
export function sameContent(a: ReviewContent, b: ReviewContent): boolean {
  const { status: _a, ...restA } = a;
  const { status: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** JSON with object keys sorted, so two equal values written in different key orders compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
