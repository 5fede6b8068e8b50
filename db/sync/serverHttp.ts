/**
 * The few HTTP calls the newsroom's session and setup make to CouchDB (sign-in, `midad server`). Node's fetch
 * refuses URLs with credentials in them, so a `http://user:pw@host/db` address is split here into the bare
 * address and a Basic authorisation header; nothing else keeps the password.
 */
export interface ServerAddress {
  /** The database's address without credentials, no trailing slash: http://host:5984/newsroom */
  databaseUrl: string;
  /** The server's address (the database's parent path), no trailing slash: http://host:5984 */
  serverUrl: string;
  database: string;
  credentials: { user: string; password: string } | null;
}

export type HttpProblem = 'unreachable' | 'bad_address';

export class ServerHttpError extends Error {
  constructor(
    readonly problem: HttpProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ServerHttpError';
  }
}

/** Splits a database address. Only http and https; the database is the last path segment. */
export function parseDatabaseUrl(address: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ServerHttpError('bad_address', `"${address}" is not an address like http://host:5984/newsroom.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ServerHttpError('bad_address', `The address must start with http:// or https://, not ${url.protocol}.`);
  }
  const credentials = url.username
    ? { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
    : null;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const segments = url.pathname.split('/').filter(Boolean);
  const database = segments.pop();
  if (!database) {
    throw new ServerHttpError('bad_address', `The address names no database: add it, as in ${url.origin}/newsroom.`);
  }
  const base = segments.length ? `${url.origin}/${segments.join('/')}` : url.origin;
  return {
    databaseUrl: `${base}/${database}`,
    serverUrl: base,
    database: decodeURIComponent(database),
    credentials,
  };
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

export interface JsonResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One request with a JSON body (or none); an unreachable server is a ServerHttpError, any status is returned. */
export async function requestJson(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<JsonResponse> {
  const method = init.method ?? 'GET';
  const attempt = () =>
    fetch(url, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
      redirect: 'error',
    });
  let response: Response;
  try {
    response = await attempt().catch((error: unknown) => {
      // A kept-alive connection the server has since closed fails at once; a read is safe to ask again.
      if (method === 'GET' || method === 'HEAD' || method === 'DELETE') return attempt();
      throw error;
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new ServerHttpError('unreachable', `Cannot reach ${new URL(url).host}${cause ? ` (${cause})` : ''}.`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

/** CouchDB's `{error, reason}` of a refusal, as one line. */
export function couchReason(body: unknown): string {
  if (body && typeof body === 'object') {
    const { error, reason } = body as { error?: unknown; reason?: unknown };
    return [error, reason].filter((part) => typeof part === 'string').join(': ');
  }
  return typeof body === 'string' ? body.slice(0, 200) : '';
}
