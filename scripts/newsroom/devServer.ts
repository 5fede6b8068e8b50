/**
 * The development newsroom server: pouchdb-server's own parts (express-pouchdb in its full-CouchDB mode over
 * LevelDB, exactly as `pouchdb-server` assembles them) behind a small guard, on 127.0.0.1 only.
 *
 * Why not spawn `pouchdb-server` itself: 4.2.0 was checked request by request (docs/newsroom-server.md) and
 * three things had to be closed in front of it, which its command line cannot do:
 * - a signed-in user may rewrite their own `_users` document with new roles (a journalist makes herself editor);
 * - a non-admin `PUT /db` throws inside express-pouchdb and takes the whole process down;
 * - some refusals are rejected promises nobody handles, which also end the process.
 * The guard lets only the server admin change users, databases, configuration and replications; the rest
 * (`_security`, `validate_doc_update`, `_session` cookies) pouchdb-server enforces itself.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface PouchDBClass {
  plugin(plugin: unknown): PouchDBClass;
  defaults(options: { prefix: string }): PouchDBClass;
}
interface ExpressPouchDBApp extends Handler {
  setPouchDB(pouch: PouchDBClass): Promise<void>;
}
type ExpressPouchDBFactory = (options: { configPath: string; mode: 'fullCouchDB' }) => ExpressPouchDBApp;

export interface DevServerOptions {
  /** 0 asks the system for a free port. */
  port: number;
  /** Databases, config.json, the log and the admin's password live here. */
  dir: string;
}

export interface DevServer {
  url: string;
  admin: { name: string; password: string };
  adminUrl: string;
  close(): Promise<void>;
}

const ADMIN_NAME = 'admin';

/** Loads pouchdb-server's dependencies from where pouchdb-server itself finds them, hoisted or not. */
function pouchServerRequire(): NodeRequire {
  const own = createRequire(import.meta.url);
  return createRequire(own.resolve('pouchdb-server/package.json'));
}

/** The admin's password, made once per folder and kept beside the data (the config file keeps only a hash). */
function adminPassword(dir: string): string {
  const file = join(dir, 'admin-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * config.json as CouchDB's ini would hold it: the admin (pouchdb-server hashes a plain password on load), a
 * cookie secret kept across restarts (its default is new on every start, which would sign everyone out), and
 * the log in this folder instead of the working directory.
 */
function writeConfig(dir: string, password: string): string {
  const file = join(dir, 'config.json');
  const existing: Record<string, Record<string, unknown>> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>)
    : {};
  const auth = existing.couch_httpd_auth ?? {};
  const config = {
    ...existing,
    admins: { ...existing.admins, [ADMIN_NAME]: existing.admins?.[ADMIN_NAME] ?? password },
    couch_httpd_auth: { ...auth, secret: auth.secret ?? randomBytes(16).toString('hex') },
    log: { ...existing.log, file: join(dir, 'log.txt'), level: 'warning' },
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return file;
}

function basicAuthIs(req: IncomingMessage, name: string, password: string): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const given = Buffer.from(header.slice(6), 'base64');
  const expected = Buffer.from(`${name}:${password}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Requests only the server admin may make here (CouchDB refuses them to others by itself). */
export function adminOnly(method: string, rawPath: string): boolean {
  const path = rawPath.split('?')[0] ?? '';
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const first = segments[0] ?? '';
  // Members learn their roles from GET /_session; nobody else needs the users database.
  if (first === '_users') return true;
  if (first === '_replicate' || first === '_replicator' || first === '_config' || first === '_restart') return true;
  // Creating or deleting a database.
  if (segments.length === 1 && !first.startsWith('_') && (method === 'PUT' || method === 'DELETE')) return true;
  return false;
}

/** As CouchDB answers: 401 to someone who has not said who they are, 403 to someone who has. */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  const identified = Boolean(req.headers.authorization) || /(^|;\s*)AuthSession=/.test(req.headers.cookie ?? '');
  const [status, error] = identified ? [403, 'forbidden'] : [401, 'unauthorized'];
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error, reason: 'Only the server admin may do this on this server.' }));
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const dir = resolve(options.dir);
  mkdirSync(join(dir, 'data'), { recursive: true });
  const password = adminPassword(dir);
  const configPath = writeConfig(dir, password);

  const load = pouchServerRequire();
  const expressPouchDB = load('express-pouchdb') as ExpressPouchDBFactory;
  const PouchDB = (load('pouchdb-core') as PouchDBClass)
    .plugin(load('pouchdb-adapter-http'))
    .plugin(load('pouchdb-replication'))
    .plugin(load('pouchdb-mapreduce'))
    .plugin(load('pouchdb-adapter-leveldb'));
  const app = expressPouchDB({ configPath, mode: 'fullCouchDB' });
  await app.setPouchDB(PouchDB.defaults({ prefix: join(dir, 'data') + sep }));

  const handler: Handler = (req, res) => {
    if (adminOnly(req.method ?? 'GET', req.url ?? '/') && !basicAuthIs(req, ADMIN_NAME, password))
      return refuse(req, res);
    app(req, res);
  };
  const server: Server = createServer(handler);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ready());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    admin: { name: ADMIN_NAME, password },
    adminUrl: `http://${ADMIN_NAME}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
