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
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import { reviewContract } from '../review/contract';

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
  'settings.get': { request: z.object({}), response: SettingsSchema },
  'settings.update': { request: SettingsPatchSchema, response: SettingsSchema },
  // review (issue 6): workflow, comments, suggestions, review packages
  ...reviewContract,
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
