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
} from '../article/schema';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../exchange/types';
import { IMPORT_LIMITS } from '../exchange/limits';

const Id = z.object({ id: ArticleIdSchema });

export const contract = {
  'articles.list': {
    request: z.object({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
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
    }),
    response: ArticleSchema,
  },
  // exchange (export and import)
  'exchange.export': {
    request: z.object({
      id: ArticleIdSchema,
      format: z.enum(EXPORT_FORMATS),
      /** HTML only: the body alone, for pasting into a CMS. */
      bodyOnly: z.boolean().default(false),
    }),
    /** The file's text (pictures embedded), with a suggested file name, for a preview or a save dialog. */
    response: z.object({ format: z.enum(EXPORT_FORMATS), fileName: z.string(), mime: z.string(), content: z.string() }),
  },
  'exchange.import': {
    request: z.object({
      /** The file's name as the person chose it: it names the file in an error and hints at the format. */
      fileName: z.string().min(1).max(255),
      content: z.string().max(IMPORT_LIMITS.fileChars),
      /** Detected from the name and content when absent. */
      format: z.enum(IMPORT_FORMATS).optional(),
    }),
    response: z.object({
      articles: z.array(
        z.object({ id: ArticleIdSchema, headline: z.string(), version: z.number().int().positive(), created: z.boolean() }),
      ),
    }),
  },
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
