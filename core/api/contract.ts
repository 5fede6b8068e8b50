/**
 * The API contract between the interface and the archive: every method with its request and response
 * schema. Both transports (Electron IPC and the loopback bridge) validate with these same schemas, and
 * the service in db/service implements exactly this.
 */
import { z } from 'zod';
import { METHOD_NAMES, type MethodName } from './methods';
import {
  ArticleFieldsSchema,
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  MediaSchema,
} from '../article/schema';
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import { ListFilterSchema } from '../article/listFilter';
import {
  RevisionSchema,
  RevisionSummarySchema,
  SAVE_KINDS,
  RevisionAuthorSchema,
  RevisionLabelSchema,
} from '../article/revision';
import { MediaChangeSchema, MediaDataSchema, MediaTextSchema } from '../media/mediaRequests';
import { BackupEntrySchema, BackupNameSchema, BACKUP_KEEP } from '../backup/backupEntry';
import { SearchRequestSchema, SearchResultSchema } from '../search/schema';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../exchange/types';
import { IMPORT_LIMITS } from '../exchange/limits';
import { ExportWarningSchema } from '../exchange/warnings';
import { exchangeBytesContract, ImportFileNameSchema, ImportResultSchema } from '../exchange/contract';
import { reviewContract } from '../review/contract';
import { newsroomContract } from '../sync/newsroomContract';
import { proofingContract } from '../proofing/contract';

const Id = z.object({ id: ArticleIdSchema });

export const contract = {
  'articles.list': {
    request: z.object({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
      /** List the trash (newest trashed first) instead of the archive. */
      trash: z.boolean().default(false),
      filter: ListFilterSchema.default({}),
    }),
    response: z.object({ items: z.array(ArticleSummarySchema), total: z.number().int().nonnegative() }),
  },
  'articles.get': { request: Id, response: ArticleSchema },
  'articles.create': {
    request: z.object({ language: ArticleFieldsSchema.shape.language.optional() }),
    response: ArticleSchema,
  },
  'articles.save': {
    request: z.object({
      id: ArticleIdSchema,
      /** The version this edit was based on: a stale one is refused with a conflict. */
      baseVersion: z.number().int().positive(),
      fields: ArticleFieldsSchema.partial(),
      /** explicit: always kept as a revision; autosave: kept as a checkpoint at most every few minutes. Neither: no revision (a status change always makes one). */
      kind: z.enum(SAVE_KINDS).optional(),
      label: RevisionLabelSchema.optional(),
      author: RevisionAuthorSchema.optional(),
    }),
    response: ArticleSchema,
  },
  'settings.get': { request: z.object({}), response: SettingsSchema },
  'settings.update': { request: SettingsPatchSchema, response: SettingsSchema },
  // --- archive area: trash, duplicate, media, revisions, backups ---
  'articles.trash': { request: Id, response: ArticleSchema },
  'articles.restore': { request: Id, response: ArticleSchema },
  'articles.emptyTrash': { request: z.object({}), response: z.object({ deleted: z.number().int().nonnegative() }) },
  'articles.duplicate': { request: Id, response: ArticleSchema },
  'media.add': {
    request: MediaTextSchema.partial().extend({
      articleId: ArticleIdSchema,
      /** The picture as base64; omit it for a caption waiting for its picture. */
      data: MediaDataSchema.optional(),
      /** Make this the article's lead picture (the first item is the lead anyway). */
      isLead: z.literal(true).optional(),
    }),
    response: MediaChangeSchema,
  },
  'media.attach': {
    request: z.object({ id: MediaSchema.shape.id, data: MediaDataSchema }),
    response: MediaChangeSchema,
  },
  'media.update': {
    request: MediaTextSchema.partial().extend({ id: MediaSchema.shape.id, isLead: z.literal(true).optional() }),
    response: MediaChangeSchema,
  },
  'media.remove': { request: z.object({ id: MediaSchema.shape.id }), response: MediaChangeSchema },
  'media.bytes': {
    request: z.object({ id: MediaSchema.shape.id }),
    response: z.object({ mime: MediaSchema.shape.mime.unwrap(), data: z.string() }),
  },
  'revisions.list': {
    request: z.object({
      articleId: ArticleIdSchema,
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    response: z.object({ items: z.array(RevisionSummarySchema), total: z.number().int().nonnegative() }),
  },
  'revisions.get': { request: z.object({ id: RevisionSummarySchema.shape.id }), response: RevisionSchema },
  'revisions.restore': {
    request: z.object({
      id: RevisionSummarySchema.shape.id,
      /** The article version the person was looking at: a stale one is refused with a conflict. */
      baseVersion: z.number().int().positive(),
      author: RevisionAuthorSchema.optional(),
    }),
    response: ArticleSchema,
  },
  'revisions.create': {
    request: z.object({
      articleId: ArticleIdSchema,
      /** The version these fields were based on (for a conflict, the person's stale version). */
      baseVersion: z.number().int().positive(),
      /** Laid over the article's current fields, so the revision is complete. */
      fields: ArticleFieldsSchema.partial(),
      label: RevisionLabelSchema.optional(),
      author: RevisionAuthorSchema.optional(),
    }),
    response: RevisionSummarySchema,
  },
  'backups.list': {
    request: z.object({}),
    response: z.object({ keep: z.number().int().positive(), items: z.array(BackupEntrySchema) }),
  },
  'backups.create': { request: z.object({}), response: BackupEntrySchema },
  'backups.restore': {
    request: z.object({ name: BackupNameSchema }),
    response: z.object({ restored: BackupEntrySchema, safetyCopy: BackupEntrySchema }),
  },
  'backups.configure': {
    request: z.object({ keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max) }),
    response: z.object({ keep: z.number().int().positive() }),
  },
  // search
  'search.query': { request: SearchRequestSchema, response: SearchResultSchema },
  // exchange (export and import)
  'exchange.export': {
    request: z.object({
      id: ArticleIdSchema,
      format: z.enum(EXPORT_FORMATS),
      /** HTML only: the body alone, for pasting into a CMS. */
      bodyOnly: z.boolean().default(false),
      /** Midad JSON only: the comment threads, and the revisions, go with the article. */
      withComments: z.boolean().default(false),
      withHistory: z.boolean().default(false),
    }),
    /**
     * The file's text (pictures embedded), with a suggested file name, for a preview or a save dialog, and what
     * the person must be told (pending suggestions left out of HTML and ninjs).
     */
    response: z.object({
      format: z.enum(EXPORT_FORMATS),
      fileName: z.string(),
      mime: z.string(),
      content: z.string(),
      warnings: z.array(ExportWarningSchema),
    }),
  },
  'exchange.import': {
    request: z.object({
      fileName: ImportFileNameSchema,
      content: z.string().max(IMPORT_LIMITS.fileChars),
      /** Detected from the name and content when absent. */
      format: z.enum(IMPORT_FORMATS).optional(),
    }),
    response: ImportResultSchema,
  },
  // review: workflow, comments, suggestions, review packages
  ...reviewContract,
  // exchange: files dropped on the archive travel as bytes
  ...exchangeBytesContract,
  // newsroom sync: sign-in, sync state, conflicts
  ...newsroomContract,
  // proofing: the archive's words for spelling
  ...proofingContract,
} as const satisfies Record<MethodName, { request: z.ZodType; response: z.ZodType }>;

export { METHOD_NAMES, type MethodName };
export type Contract = typeof contract;
export type RequestIn<M extends MethodName> = z.input<Contract[M]['request']>;
export type Request<M extends MethodName> = z.output<Contract[M]['request']>;
export type Response<M extends MethodName> = z.output<Contract[M]['response']>;

/** What the renderer calls: one async function per method. */
export type MidadApi = { [M in MethodName]: (request: RequestIn<M>) => Promise<Response<M>> };

/** What a service implements: requests arrive already validated. */
export type MidadService = { [M in MethodName]: (request: Request<M>) => Response<M> | Promise<Response<M>> };

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
