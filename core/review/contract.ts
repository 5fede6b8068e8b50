/** The review area's API methods (spread into core/api/contract.ts): requests and responses. */
import { z } from 'zod';
import { ArticleIdSchema, ArticleSchema } from '../article/schema';
import { STATUSES } from '../article/status';
import { CommentAnchorSchema, CommentSchema, CommentThreadSchema, ListedThreadSchema } from './comments';
import { SuggestionSchema } from './suggestions';
import { NOTE_MAX, StatusChangeSchema } from './workflow';
import { ReviewPackageSchema } from './package';
import { FieldDiffSchema } from './compare';
import { ImportFileNameSchema } from '../exchange/contract';

const ArticleRef = z.object({ articleId: ArticleIdSchema });
const ThreadRef = z.object({ threadId: z.uuid() });

export const reviewContract = {
  'review.workflow': {
    request: z.object({ id: ArticleIdSchema }),
    response: z.object({
      status: z.enum(STATUSES),
      /** Where the person's role may move the article now (none without a profile). */
      allowed: z.array(z.object({ to: z.enum(STATUSES), needsNote: z.boolean() })),
      history: z.array(StatusChangeSchema),
    }),
  },
  'review.transition': {
    request: z.object({
      id: ArticleIdSchema,
      baseVersion: z.number().int().positive(),
      to: z.enum(STATUSES),
      note: z.string().max(NOTE_MAX).default(''),
    }),
    response: z.object({ article: ArticleSchema, change: StatusChangeSchema }),
  },
  'comments.list': { request: ArticleRef, response: z.object({ items: z.array(ListedThreadSchema) }) },
  'comments.create': {
    request: ArticleRef.extend({
      /** Chosen by the editor so the body's mark node can carry it before the thread is saved. */
      threadId: z.uuid().optional(),
      anchor: CommentAnchorSchema,
      text: CommentSchema.shape.text,
    }),
    response: CommentThreadSchema,
  },
  'comments.reply': { request: ThreadRef.extend({ text: CommentSchema.shape.text }), response: CommentThreadSchema },
  'comments.resolve': { request: ThreadRef, response: CommentThreadSchema },
  'comments.reopen': { request: ThreadRef, response: CommentThreadSchema },
  'suggestions.list': { request: ArticleRef, response: z.object({ items: z.array(SuggestionSchema) }) },
  'suggestions.decide': {
    request: z.object({
      id: ArticleIdSchema,
      baseVersion: z.number().int().positive(),
      ids: z.union([z.array(z.uuid()).min(1).max(10_000), z.literal('all')]),
      decision: z.enum(['accept', 'reject']),
    }),
    response: ArticleSchema,
  },
  'review.exportPackage': { request: z.object({ id: ArticleIdSchema }), response: ReviewPackageSchema },
  'review.importPackage': {
    // Checked in the service, so a bad file gets the review package's own refusal rather than a field path.
    request: z.object({
      package: z.unknown(),
      /** The file the person chose, which the refusal of a bad one names. */
      fileName: ImportFileNameSchema.optional(),
    }),
    response: z.object({
      articleId: ArticleIdSchema,
      outcome: z.enum(['created', 'unchanged', 'kept-local', 'took-incoming', 'both-changed']),
      revisionIds: z.array(z.number().int()),
      diff: z.array(FieldDiffSchema).nullable(),
      comments: z.number().int().nonnegative(),
      suggestions: z.number().int().nonnegative(),
    }),
  },
} as const;
