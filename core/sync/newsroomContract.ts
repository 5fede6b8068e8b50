/**
 * The desktop's newsroom methods, spread into core/api/contract.ts: signing in to the newsroom
 * server, what sync is doing, and conflicted articles. The password travels once, in `newsroom.signIn`, and is
 * never kept: the main process keeps the server's session cookie instead (db/sync/session.ts).
 */
import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema, ArticleSchema } from '../article/schema';
import { ROLES } from '../settings/schema';
import { STATUSES } from '../article/status';
import { RevisionLabelSchema } from '../article/revision';
import { RevMediaSchema } from './documents';
import { SERVER_RULES_STATES } from './rulesVersion';

/** What the header's indicator shows; the engine (db/sync/engine.ts) reports the same shape. */
export const SyncStateSchema = z.object({
  phase: z.enum(['offline', 'syncing', 'idle', 'error']),
  pending: z.number().int().nonnegative(),
  lastSyncedAt: z.iso.datetime({ offset: true }).nullable(),
  error: z
    .object({
      code: z.enum(['unauthorized', 'forbidden', 'unreachable', 'server']),
      status: z.number().int().optional(),
    })
    .nullable(),
  /** When sync found the newsroom database restored or made again and started over (db/sync/serverMark.ts). */
  serverRestoredAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Whether the server's rules are this Midad's (core/sync/rulesVersion.ts); null until read. */
  serverRules: z
    .object({ state: z.enum(SERVER_RULES_STATES), version: z.number().int().positive().nullable() })
    .nullable()
    .optional(),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const NEWSROOM_ADDRESS_MAX = 2_000;

export const NewsroomStatusSchema = z.object({
  signedIn: z.boolean(),
  /** The database's address, without credentials. */
  databaseUrl: z.string().nullable(),
  user: z.string().nullable(),
  /** The role the server gives this person (it becomes the local profile's role while signed in). */
  role: z.enum(ROLES).nullable(),
  sync: SyncStateSchema,
  /**
   * Articles holding a change the server refused (db/sync/refusals.ts): kept here, never resent, and said in
   * the header, so "up to date" is never shown over a publish that did not happen on the server.
   */
  refused: z.number().int().nonnegative().default(0),
});
export type NewsroomStatus = z.infer<typeof NewsroomStatusSchema>;

/** Why a sign-in did not succeed, each with its own sentence and advice in core/i18n. */
export const SIGN_IN_PROBLEMS = [
  'bad_address',
  'unreachable',
  'wrong_password',
  'not_member',
  'no_database',
  'no_role',
  'server',
] as const;
export type SignInProblem = (typeof SIGN_IN_PROBLEMS)[number];

export const ConflictVersionSchema = z.object({
  revId: z.string(),
  fields: ArticleFieldsSchema,
  media: z.array(RevMediaSchema),
  author: z.string(),
  authorName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /**
   * The status keeping this version leaves the article in: its own, or the server's when the person's role
   * may not move the article there (core/sync/resolvedStatus.ts); the view says so beside it.
   */
  resolvedStatus: z.enum(STATUSES),
});
export type ConflictVersion = z.infer<typeof ConflictVersionSchema>;

/**
 * A change the server refused on one article (db/sync/refusalActions.ts): a move the person's role may not
 * make (`move`), or a revision over the server's size limit (`tooLarge`); `serverStatus` is the status of
 * the server's version, null when the server holds none (it refused the article itself).
 */
export const ArticleRefusalSchema = z.object({
  refused: z.boolean(),
  tooLarge: z.boolean(),
  move: z.object({ from: z.enum(STATUSES), to: z.enum(STATUSES) }).nullable(),
  serverStatus: z.enum(STATUSES).nullable(),
});
export type ArticleRefusal = z.infer<typeof ArticleRefusalSchema>;

export const newsroomContract = {
  'newsroom.status': { request: z.object({}), response: NewsroomStatusSchema },
  'newsroom.signIn': {
    request: z.object({
      databaseUrl: z.string().trim().min(1).max(NEWSROOM_ADDRESS_MAX),
      user: z.string().trim().min(1).max(100),
      password: z.string().min(1).max(1_000),
    }),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), status: NewsroomStatusSchema }),
      z.object({ ok: z.literal(false), problem: z.enum(SIGN_IN_PROBLEMS) }),
    ]),
  },
  'newsroom.signOut': { request: z.object({}), response: NewsroomStatusSchema },
  'newsroom.syncNow': { request: z.object({}), response: NewsroomStatusSchema },
  /** A conflicted article's competing versions, newest first (one when it is not conflicted). */
  'newsroom.conflict': {
    request: z.object({ id: ArticleIdSchema }),
    response: z.object({ versions: z.array(ConflictVersionSchema) }),
  },
  /**
   * Ends the conflict with the chosen text: a new revision whose parents are every version. `seen`: the
   * versions (revIds) the person compared; refused with sync_conflict_moved when another has arrived since.
   */
  'newsroom.resolve': {
    request: z.object({
      id: ArticleIdSchema,
      fields: ArticleFieldsSchema,
      seen: z.array(z.string().max(100)).max(1_000).optional(),
    }),
    response: ArticleSchema,
  },
  // refused changes: see one, take the server's version (the local text kept in history), or send again
  'newsroom.refusal': { request: z.object({ id: ArticleIdSchema }), response: ArticleRefusalSchema },
  /** `label`: the history entry the local text is kept under, in the person's language. */
  'newsroom.discardRefused': {
    request: z.object({ id: ArticleIdSchema, label: RevisionLabelSchema }),
    response: ArticleSchema,
  },
  'newsroom.retryRefused': { request: z.object({ id: ArticleIdSchema }), response: NewsroomStatusSchema },
} as const;
