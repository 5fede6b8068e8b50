/**
 * The few CouchDB HTTP calls the replicator makes, over `fetch`, each answer validated with zod at this
 * boundary. Every failure becomes a MidadError whose code has a sentence in core/i18n (`sync_*`); a
 * credential never appears in a message.
 */
import { z } from 'zod';
import { MidadError } from '../../core/api/errors';
import { DESIGN_DOC_ID } from '../../core/sync/designDoc';
import { bulkBatches, isTooLarge, tooLargeResult, type SerialisedDoc } from './bulkSize';

/**
 * Where the session cookie comes from: read for every request, and told of every renewed one the server
 * hands back (CouchDB refreshes `AuthSession` in Set-Cookie as a session is used), so a long sync never
 * outlives the cookie it started with.
 */
export interface CookieSource {
  /** `AuthSession=…`, ready for a Cookie header. */
  current(): string;
  renewed(cookie: string): void;
}

export type SyncAuth = { cookie: string } | { cookies: CookieSource } | { user: string; password: string };

/** The `AuthSession=…` cookie a Set-Cookie header carries, or null (none, or an emptied one at sign-out). */
export function authSessionCookie(setCookie: string | null): string | null {
  const value = /AuthSession=([^;,\s]*)/.exec(setCookie ?? '')?.[1];
  return value ? `AuthSession=${value}` : null;
}

/** A cookie kept in memory for a client given a bare cookie: it still follows the server's renewals. */
function keptCookie(cookie: string): CookieSource {
  let current = cookie;
  return { current: () => current, renewed: (next) => (current = next) };
}

export interface CouchOptions {
  /** The fetch to use; tests pass one that counts requests to the real server. */
  fetch?: typeof fetch;
  /** Milliseconds before an ordinary request counts as unreachable. */
  timeoutMs?: number;
}

export type SyncErrorCode = 'unauthorized' | 'forbidden' | 'unreachable' | 'server';

export function syncErrorCode(error: unknown): SyncErrorCode | null {
  if (!(error instanceof MidadError)) return null;
  const map: Partial<Record<string, SyncErrorCode>> = {
    sync_unauthorized: 'unauthorized',
    sync_forbidden: 'forbidden',
    sync_unreachable: 'unreachable',
    sync_server: 'server',
  };
  return map[error.code] ?? null;
}

const SessionSchema = z.object({ userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }) });

const ChangesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      seq: z.union([z.string(), z.number()]),
      deleted: z.boolean().optional(),
      doc: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  last_seq: z.union([z.string(), z.number()]),
});
export type ChangesPage = z.infer<typeof ChangesSchema>;

const BulkResultSchema = z.array(
  z.object({
    id: z.string(),
    rev: z.string().optional(),
    ok: z.boolean().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);
export type BulkResult = z.infer<typeof BulkResultSchema>[number];

const AllDocsSchema = z.object({
  rows: z.array(
    z.object({
      key: z.string().optional(),
      error: z.string().optional(),
      doc: z.record(z.string(), z.unknown()).nullable().optional(),
    }),
  ),
});

/**
 * `_bulk_docs` answers put back in the order of the documents sent, matched by id: callers read answer i as
 * document i's. CouchDB keeps that order; pouchdb-server does not when its validation refuses some (the refused
 * come first), so a refused head was once taken as accepted, with another article's `_rev`, and an accepted one
 * as refused. A document the server said nothing about is answered `no_answer`: not sent, tried again.
 */
export function inDocOrder(docs: readonly object[], results: readonly BulkResult[]): BulkResult[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return docs.map((doc) => {
    const raw = (doc as { _id?: unknown })._id;
    const id = typeof raw === 'string' ? raw : '';
    return byId.get(id) ?? { id, error: 'no_answer' };
  });
}

/** A 404 for a document the database does not hold (CouchDB: `missing` or `deleted`), not for the database. */
function isMissingDoc(error: MidadError): boolean {
  return error.params.reason === 'missing' || error.params.reason === 'deleted';
}

const LocalDocSchema = z.record(z.string(), z.unknown());
const PutSchema = z.object({ rev: z.string() });

export interface CouchClient {
  /** The database address without credentials, for messages and the checkpoint's key. */
  readonly remote: string;
  sessionUser(): Promise<{ name: string; roles: string[] }>;
  changes(since: string, limit: number, longpoll?: { timeoutMs: number; signal: AbortSignal }): Promise<ChangesPage>;
  bulkDocs(docs: readonly object[]): Promise<BulkResult[]>;
  getDocs(ids: readonly string[]): Promise<Array<Record<string, unknown>>>;
  getAttachment(docId: string, name: string): Promise<Buffer>;
  /** A `_local` document (never replicated, never in `_changes`), or null when the server has none. */
  getLocal(id: string): Promise<Record<string, unknown> | null>;
  /** Writes a `_local` document (`_rev` from getLocal or the last put); returns its new `_rev`. */
  putLocal(id: string, doc: Record<string, unknown>): Promise<string>;
  /**
   * The design document as the server holds it, for the rules' version (core/sync/rulesVersion.ts, which
   * validates it): null when there is none, `undefined` when its answer is not JSON.
   */
  designDoc(): Promise<unknown>;
}

/** CouchDB's `reason` of a 404 (`missing`, `deleted`, `Database does not exist.`), or '' when unreadable. */
async function notFoundReason(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { reason?: unknown };
    return typeof body.reason === 'string' ? body.reason.slice(0, 200) : '';
  } catch {
    return '';
  }
}

/**
 * Retry-After in milliseconds (seconds or an HTTP date); null when absent or unreadable. At most five
 * minutes: a proxy asking for hours would leave the person's work unsent with no word but "server error".
 */
export function retryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = /^\s*(\d+)\s*$/.exec(header)?.[1];
  const ms = seconds !== undefined ? Number(seconds) * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), 300_000);
}

/** Splits credentials out of a database address: `http://name:pw@host:5984/newsroom`. */
export function parseDatabaseUrl(url: string): { remote: string; user?: string; password?: string } {
  const parsed = new URL(url);
  const user = parsed.username ? decodeURIComponent(parsed.username) : undefined;
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.username = '';
  parsed.password = '';
  return { remote: parsed.href.replace(/\/+$/, ''), user, password };
}

export function createCouchClient(databaseUrl: string, auth: SyncAuth, options: CouchOptions = {}): CouchClient {
  const { remote } = parseDatabaseUrl(databaseUrl);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const server = new URL(remote).host;
  const unreachable = () =>
    new MidadError('sync_unreachable', `The newsroom server at ${server} cannot be reached.`, { server });
  const cookies = 'cookies' in auth ? auth.cookies : 'cookie' in auth ? keptCookie(auth.cookie) : null;
  const basic = 'user' in auth ? `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` : null;
  /** Asked anew for every request: the cookie may have been renewed since the last one. */
  const headers = (): Record<string, string> => ({
    accept: 'application/json',
    ...(cookies ? { cookie: cookies.current() } : { authorization: basic as string }),
  });

  // The server is the database's parent path, not the host's root: behind a proxy under a prefix
  // (https://example.org/couch/newsroom), `/_session` is https://example.org/couch/_session.
  const serverRoot = remote.slice(0, remote.lastIndexOf('/'));

  async function call(path: string, init: RequestInit & { signal?: AbortSignal } = {}): Promise<Response> {
    const url = path === '/_session' ? `${serverRoot}/_session` : `${remote}/${path}`;
    const send = () =>
      doFetch(url, {
        ...init,
        headers: { ...headers(), ...(init.body ? { 'content-type': 'application/json' } : {}) },
        signal: init.signal ?? AbortSignal.timeout(timeoutMs),
      });
    let response: Response;
    try {
      response = await send().catch(async (error: unknown) => {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        // A kept-alive connection the server closed while idle fails once; every request here is
        // idempotent (ids are deterministic), so one more try on a fresh connection is safe.
        await new Promise((r) => setTimeout(r, 50));
        return send();
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw unreachable();
    }
    const renewed = cookies && authSessionCookie(response.headers.get('set-cookie'));
    if (renewed && renewed !== cookies.current()) cookies.renewed(renewed);
    if (response.ok) return response;
    // A 404 says what is missing: a document (`missing`) or the whole database (deleted, not made again yet).
    const reason = response.status === 404 ? await notFoundReason(response) : null;
    if (response.status !== 404) await response.body?.cancel();
    if (response.status === 401)
      throw new MidadError('sync_unauthorized', 'The newsroom server did not accept the user name and password.', {
        status: 401,
      });
    if (response.status === 403)
      throw new MidadError('sync_forbidden', 'The newsroom server refused access to this database.', { status: 403 });
    // A server that is busy or being restarted may say when to come back (503 with Retry-After).
    const retryAfterMs = retryAfter(response.headers.get('retry-after'));
    throw serverError(response.status, `HTTP ${response.status} from ${path.split('?')[0]}`, {
      ...(retryAfterMs === null ? {} : { retryAfterMs }),
      ...(reason === null ? {} : { reason }),
    });
  }

  function serverError(
    status: number | string,
    detail: string,
    more: Record<string, string | number> = {},
  ): MidadError {
    return new MidadError('sync_server', `The newsroom server gave an answer Midad cannot use: ${detail}.`, {
      status,
      ...more,
    });
  }

  /**
   * Reads a body: a transport failure while it streams (the connection dropped, a timeout) is the server
   * being unreachable, and an abort stays an abort. Only a body that arrived whole and does not parse is
   * the server's fault. (Calling an aborted long-poll "not JSON" once cost live sync a second's back-off.)
   */
  async function readBody<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw unreachable();
    }
  }

  async function json<T>(schema: z.ZodType<T>, response: Response, what: string): Promise<T> {
    const text = await readBody(() => response.text());
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw serverError('JSON', `${what} is not JSON`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw serverError('schema', `${what} has an unexpected shape`);
    return parsed.data;
  }

  async function bulkOnce(docs: readonly SerialisedDoc[]): Promise<BulkResult[]> {
    const body = `{"docs":[${docs.map((d) => d.json).join(',')}]}`;
    const response = await call('_bulk_docs', { method: 'POST', body });
    const results = await json(BulkResultSchema, response, '_bulk_docs');
    if (results.length !== docs.length) throw serverError('bulk', '_bulk_docs answered for a different number');
    // pouchdb-server answers a person who is no longer a member (the role taken away) with 201 and
    // `unauthorized` for every document, where CouchDB refuses the request with 403. Either way it is the
    // person's access, not these changes: said as such, and nothing is marked refused.
    if (results.some((r) => r.error === 'unauthorized'))
      throw new MidadError('sync_forbidden', 'The newsroom server refused access to this database.', { status: 403 });
    return results;
  }

  /**
   * CouchDB refuses a whole `_bulk_docs` with 413 when one document is over its max_document_size, or the
   * request over max_http_request_size (pouchdb-server: the request over its limit). As CouchDB's own
   * replicator does, the batch is halved until the documents that fit are written; one that is refused alone
   * is answered `too_large`, a refusal like validate_doc_update's, so one article never stops all of sync.
   */
  async function bulkOrSplit(docs: readonly SerialisedDoc[]): Promise<BulkResult[]> {
    try {
      return await bulkOnce(docs);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      if (docs.length === 1) return [tooLargeResult(docs[0] as SerialisedDoc)];
      const half = Math.ceil(docs.length / 2);
      return [...(await bulkOrSplit(docs.slice(0, half))), ...(await bulkOrSplit(docs.slice(half)))];
    }
  }

  return {
    remote,
    async sessionUser() {
      const session = await json(SessionSchema, await call('/_session'), '_session');
      if (!session.userCtx.name)
        throw new MidadError('sync_unauthorized', 'The newsroom server did not sign this user in.', { status: 401 });
      return { name: session.userCtx.name, roles: session.userCtx.roles };
    },
    async changes(since, limit, longpoll) {
      const params = new URLSearchParams({ since, limit: String(limit), include_docs: 'true' });
      if (longpoll) {
        params.set('feed', 'longpoll');
        params.set('timeout', String(longpoll.timeoutMs));
      }
      const signal = longpoll
        ? AbortSignal.any([longpoll.signal, AbortSignal.timeout(longpoll.timeoutMs + timeoutMs)])
        : undefined;
      return json(ChangesSchema, await call(`_changes?${params.toString()}`, { signal }), '_changes');
    },
    async bulkDocs(docs) {
      const results: BulkResult[] = [];
      for (const batch of bulkBatches(docs)) results.push(...(await bulkOrSplit(batch)));
      return inDocOrder(docs, results);
    },
    async getDocs(ids) {
      if (ids.length === 0) return [];
      const response = await call('_all_docs?include_docs=true', {
        method: 'POST',
        body: JSON.stringify({ keys: ids }),
      });
      const page = await json(AllDocsSchema, response, '_all_docs');
      return page.rows.flatMap((r) => (r.doc ? [r.doc] : []));
    },
    async getAttachment(docId, name) {
      const response = await call(`${encodeURIComponent(docId)}/${encodeURIComponent(name)}`);
      return Buffer.from(await readBody(() => response.arrayBuffer()));
    },
    async getLocal(id) {
      try {
        return await json(LocalDocSchema, await call(`_local/${encodeURIComponent(id)}`), '_local');
      } catch (error) {
        // Only a missing document: a missing database is not "no mark", it is a database not there yet.
        if (error instanceof MidadError && error.params.status === 404 && isMissingDoc(error)) return null;
        throw error;
      }
    },
    async designDoc() {
      let response: Response;
      try {
        response = await call(DESIGN_DOC_ID);
      } catch (error) {
        if (error instanceof MidadError && error.params.status === 404 && isMissingDoc(error)) return null;
        throw error;
      }
      const text = await readBody(() => response.text());
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    async putLocal(id, doc) {
      const response = await call(`_local/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify(doc) });
      return (await json(PutSchema, response, '_local')).rev;
    },
  };
}
