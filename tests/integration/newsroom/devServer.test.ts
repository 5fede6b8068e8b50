/**
 * The development newsroom server (`npm run newsroom-server`) as a real process: it listens on 127.0.0.1 only,
 * has an admin, keeps what pouchdb-server 4.2.0 would otherwise let through closed, and stops on SIGTERM.
 * These are facts about pouchdb-server, so they are not run against MIDAD_TEST_COUCHDB.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOnly } from '../../../scripts/newsroom/devServer';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('adminOnly', () => {
  it('keeps users, databases, configuration and replication to the admin, however the path is spelt', () => {
    expect(adminOnly('PUT', '/_users/org.couchdb.user:rana')).toBe(true);
    expect(adminOnly('PUT', '/%5Fusers/org.couchdb.user:rana')).toBe(true);
    expect(adminOnly('GET', '/_users/_all_docs')).toBe(true);
    expect(adminOnly('PUT', '/newsroom')).toBe(true);
    expect(adminOnly('DELETE', '/newsroom?x=1')).toBe(true);
    expect(adminOnly('POST', '/_replicate')).toBe(true);
    expect(adminOnly('PUT', '/_config/admins/x')).toBe(true);
    expect(adminOnly('PUT', '/newsroom/article:1')).toBe(false);
    expect(adminOnly('GET', '/newsroom')).toBe(false);
    expect(adminOnly('POST', '/_session')).toBe(false);
  });
});

describe('npm run newsroom-server', () => {
  let dir = '';
  let child: ReturnType<typeof spawn>;
  let out = '';
  let url = '';
  let adminUrl = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'midad-devserver-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/newsroom-server.ts', '--port', '0', '--dir', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((done, fail) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('stop with Ctrl-C')) done();
      });
      child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    });
    url = /MIDAD_NEWSROOM_URL (\S+)/.exec(out)?.[1] ?? '';
    adminUrl = /MIDAD_NEWSROOM_ADMIN_URL (\S+)/.exec(out)?.[1] ?? '';
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const admin = (path: string, init: RequestInit = {}) => {
    const u = new URL(adminUrl);
    const auth = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    return fetch(`${url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: auth } });
  };
  const as = (name: string, password: string, path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
      },
    });

  it('prints its address on 127.0.0.1 and how to use its admin', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(adminUrl).toMatch(/^http:\/\/admin:[^@]+@127\.0\.0\.1:\d+$/);
    expect(out).toContain('server init');
    expect(out).toContain('server add-user');
  });

  it('admits its admin and no one else to the configuration', async () => {
    expect((await admin('/_session').then((r) => r.json())) as unknown).toMatchObject({
      userCtx: { name: 'admin', roles: ['_admin'] },
    });
    expect((await fetch(`${url}/_config`)).status).toBe(401);
  });

  it('refuses a signed-in person who tries to give themselves a role', async () => {
    expect(
      (
        await admin('/_users/org.couchdb.user:rana', {
          method: 'PUT',
          body: JSON.stringify({ name: 'rana', password: 'pw1', roles: ['journalist'], type: 'user' }),
        })
      ).status,
    ).toBe(201);
    const own = (await admin('/_users/org.couchdb.user:rana').then((r) => r.json())) as { _rev: string };
    const escalate = await as('rana', 'pw1', `/_users/org.couchdb.user:rana?rev=${own._rev}`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'rana', password: 'pw1', roles: ['editor'], type: 'user' }),
    });
    expect(escalate.status).toBe(403);
    const session = (await as('rana', 'pw1', '/_session').then((r) => r.json())) as { userCtx: { roles: string[] } };
    expect(session.userCtx.roles).toEqual(['journalist']);
  });

  it('stays up when a non-admin tries to create a database', async () => {
    expect((await as('rana', 'pw1', '/evil', { method: 'PUT' })).status).toBe(403);
    expect((await fetch(`${url}/`)).status).toBe(200);
  });

  it('stops on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
