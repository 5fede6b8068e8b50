/**
 * A real newsroom server for a test suite: `npm run newsroom-server`'s pouchdb-server on a free port of
 * 127.0.0.1 in a temp folder, or the CouchDB that `MIDAD_TEST_COUCHDB=http://admin:pw@host:5984` names.
 * Suites say which one they used (`describeServer`). Each suite should use databases of its own name
 * (`uniqueDatabaseName`), since a real CouchDB is shared between runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface NewsroomServer {
  /** http://127.0.0.1:PORT, no credentials, no trailing slash. */
  url: string;
  /** The same with the server admin's credentials. */
  adminUrl: string;
  kind: 'pouchdb-server' | 'couchdb';
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Which server the suites will use, in one line for their output. */
export function describeServer(): string {
  const couch = process.env.MIDAD_TEST_COUCHDB;
  return couch
    ? `newsroom tests: using the CouchDB at ${new URL(couch).host} (MIDAD_TEST_COUCHDB)`
    : 'newsroom tests: using pouchdb-server on 127.0.0.1 (set MIDAD_TEST_COUCHDB=http://admin:pw@host:5984 to run them against a real CouchDB; skipped here)';
}

export function uniqueDatabaseName(prefix = 'midad-test'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function startNewsroomServer(): Promise<NewsroomServer> {
  const couch = process.env.MIDAD_TEST_COUCHDB;
  if (couch) {
    const admin = new URL(couch);
    const bare = new URL(couch);
    bare.username = '';
    bare.password = '';
    return {
      url: bare.origin,
      adminUrl: admin.href.replace(/\/$/, ''),
      kind: 'couchdb',
      stop: () => Promise.resolve(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'midad-newsroom-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/newsroom-server.ts', '--port', '0', '--dir', dir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = await new Promise<{ url: string; adminUrl: string }>((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`newsroom server did not start in time: ${stderr}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /MIDAD_NEWSROOM_URL (\S+)/.exec(stdout)?.[1];
      const adminUrl = /MIDAD_NEWSROOM_ADMIN_URL (\S+)/.exec(stdout)?.[1];
      if (url && adminUrl) {
        clearTimeout(timer);
        done({ url, adminUrl });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`newsroom server exited with ${code}: ${stderr}`));
    });
  });
  return {
    ...lines,
    kind: 'pouchdb-server',
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null || child.signalCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Sets one server setting as its admin and returns how to put it back (a setting that had no value is
 * removed again). CouchDB 3 keeps its configuration per node (`/_node/_local/_config`) and names the
 * session section `chttpd_auth`; pouchdb-server has one `/_config` and the older `couch_httpd_auth`.
 */
export async function setServerConfig(
  server: NewsroomServer,
  setting: 'session_timeout' | 'max_document_size',
  value: string,
): Promise<() => Promise<void>> {
  const [section, key] =
    setting === 'session_timeout'
      ? [server.kind === 'couchdb' ? 'chttpd_auth' : 'couch_httpd_auth', 'timeout']
      : ['couchdb', 'max_document_size'];
  const admin = new URL(server.adminUrl);
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString('base64')}`;
  const base = server.kind === 'couchdb' ? `${server.url}/_node/_local/_config` : `${server.url}/_config`;
  const url = `${base}/${section}/${key}`;
  const put = async (next: string | null) => {
    const response = await fetch(url, {
      method: next === null ? 'DELETE' : 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      ...(next === null ? {} : { body: JSON.stringify(next) }),
    });
    if (response.status !== 200) throw new Error(`setting ${section}/${key} answered ${response.status}`);
    return (await response.json()) as unknown;
  };
  const previous = await put(value);
  let restored = false;
  return async () => {
    if (restored) return;
    restored = true;
    await put(typeof previous === 'string' && previous !== '' ? previous : null);
  };
}
