/**
 * Signing in to the newsroom from the archive's service (what the desktop and the bridge both call), against
 * a real server: the cookie is kept and the password is not, the server's role becomes the profile's, every
 * refusal has its own reason, and signing out keeps the local archive.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MidadService, MethodName, RequestIn } from '../../../core/api/contract';
import { dispatch, unwrap } from '../../../core/api/envelope';
import { openArchive } from '../../../db/connection';
import type { Archive } from '../../../db/archive';
import { readSettings, updateSettings } from '../../../db/settings';
import { createArchiveService } from '../../../db/service/archiveService';
import { createNewsroomService, memoryVault, type SessionVault } from '../../../db/sync/newsroomService';
import { midad, runMidad } from '../../helpers/midadCommand';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';

const tempDir = useTempDir();
let server: NewsroomServer;
let db = '';
const suffix = Math.random().toString(36).slice(2, 8);
const rana = { name: `rana-${suffix}`, password: 'كلمة سر 1' };
const noRole = { name: `nour-${suffix}`, password: 'pw-2' };

/**
 * Without a password: an existing person's role changes and their sessions go on. With one, the real binary
 * reads it on its standard input; a role change alone runs the same command line in this process.
 */
async function addUser(name: string, role: string, password?: string) {
  const args = ['server', 'add-user', `${server.adminUrl}/${db}`, name, '--role', role];
  const added =
    password === undefined ? await midad(args) : await runMidad([...args, '--password-stdin'], `${password}\n`);
  expect(added.stderr).toBe('');
}

beforeAll(async () => {
  server = await startNewsroomServer();
  db = uniqueDatabaseName();
  expect((await midad(['server', 'init', `${server.adminUrl}/${db}`])).code).toBe(0);
  await addUser(rana.name, 'journalist', rana.password);
  const admin = new URL(server.adminUrl);
  const basic = Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString(
    'base64',
  );
  const put = await fetch(`${server.url}/_users/org.couchdb.user:${noRole.name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Basic ${basic}` },
    body: JSON.stringify({ name: noRole.name, password: noRole.password, roles: [], type: 'user' }),
  });
  expect(put.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await server.stop();
});

function open(vault: SessionVault = memoryVault()) {
  const archive: Archive = openArchive(join(tempDir(), 'a.sqlite'));
  const newsroom = createNewsroomService(archive, { vault, engine: null });
  return { archive, newsroom, service: createArchiveService(archive, { newsroom }), vault };
}

/** One API call as a transport makes it: validated in, validated out. */
async function call<M extends MethodName>(service: MidadService, method: M, request: RequestIn<M>) {
  return unwrap(method, await dispatch(service, method, request));
}

async function closedPort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

describe(`newsroom sign-in (${describeServer()})`, () => {
  it('says why a sign-in failed, one reason each', async () => {
    const { service, archive } = open();
    const signIn = (databaseUrl: string, user: string, password: string) =>
      call(service, 'newsroom.signIn', { databaseUrl, user, password });
    expect(await signIn(`${server.url}/${db}`, rana.name, 'wrong')).toEqual({ ok: false, problem: 'wrong_password' });
    expect(await signIn(`http://127.0.0.1:${await closedPort()}/${db}`, rana.name, rana.password)).toEqual({
      ok: false,
      problem: 'unreachable',
    });
    expect(await signIn('not an address', rana.name, rana.password)).toEqual({ ok: false, problem: 'bad_address' });
    expect(await signIn(server.url, rana.name, rana.password)).toEqual({ ok: false, problem: 'bad_address' });
    expect(await signIn(`${server.url}/${db}`, noRole.name, noRole.password)).toEqual({
      ok: false,
      problem: 'no_role',
    });
    expect(await signIn(`${server.url}/${db}-missing`, rana.name, rana.password)).toMatchObject({
      ok: false,
      problem:
        server.kind === 'couchdb' ? 'no_database' : (expect.stringMatching(/^(no_database|not_member)$/) as string),
    });
    expect(await call(service, 'newsroom.status', {})).toMatchObject({
      signedIn: false,
      sync: { phase: 'offline' },
    });
    archive.close();
  });

  it('keeps the session cookie, never the password, and takes the role from the server', async () => {
    const { service, archive, vault, newsroom } = open();
    updateSettings(archive, { profile: { name: 'رنا', role: 'editor' } });
    const answer = await call(service, 'newsroom.signIn', {
      databaseUrl: `${server.url}/${db}`,
      user: rana.name,
      password: rana.password,
    });
    expect(answer).toMatchObject({ ok: true, status: { signedIn: true, user: rana.name, role: 'journalist' } });
    const kept = vault.load();
    expect(kept?.cookie).toMatch(/^AuthSession=.+/);
    expect(JSON.stringify(kept)).not.toContain(rana.password);
    // The name stays the person's; the role is the server's.
    expect(readSettings(archive).profile).toEqual({ name: 'رنا', role: 'journalist' });
    await newsroom.close();
    archive.close();
  });

  it('signs in again from the kept cookie after a restart, and follows a role changed on the server', async () => {
    const first = open();
    await call(first.service, 'newsroom.signIn', {
      databaseUrl: `${server.url}/${db}`,
      user: rana.name,
      password: rana.password,
    });
    await first.newsroom.close();
    first.archive.close();

    const again = open(first.vault);
    await again.newsroom.ready;
    expect(await call(again.service, 'newsroom.status', {})).toMatchObject({ signedIn: true, role: 'journalist' });
    await addUser(rana.name, 'editor');
    expect(await call(again.service, 'newsroom.syncNow', {})).toMatchObject({ role: 'editor' });
    expect(readSettings(again.archive).profile).toEqual({ name: rana.name, role: 'editor' });
    await addUser(rana.name, 'journalist');
    await again.newsroom.close();
    again.archive.close();
  }, 90_000);

  it('tells an ended session apart, and signing out forgets it and keeps the archive', async () => {
    const vault = memoryVault();
    vault.save({
      databaseUrl: `${server.url}/${db}`,
      user: rana.name,
      cookie: 'AuthSession=cmFuYTo2QjE1MDg1Njp4Sdk415yu',
    });
    const { service, archive, newsroom } = open(vault);
    await newsroom.ready;
    expect(await call(service, 'newsroom.status', {})).toMatchObject({
      signedIn: true,
      sync: { phase: 'error', error: { code: 'unauthorized' } },
    });
    const before = await call(service, 'articles.list', {});
    const after = await call(service, 'newsroom.signOut', {});
    expect(after).toMatchObject({ signedIn: false, user: null, sync: { phase: 'offline' } });
    expect(vault.load()).toBeNull();
    expect(await call(service, 'articles.list', {})).toEqual(before);
    archive.close();
  });
});
