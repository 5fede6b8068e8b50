/**
 * The role while signed in, asked through the loopback bridge (the browser build's real process, as any
 * script on the machine could): the server's role is the profile's, a role change over the API is refused
 * with its own code while signed in and allowed again after signing out; signing out stops sync (nothing
 * travels either way) and keeps every article, and what was written meanwhile is sent on the next sign-in.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { openArchive } from '../../../db/connection';
import { updateSettings } from '../../../db/settings';
import { createSyncEngine } from '../../../db/sync/engine';
import { addUser, initNewsroom } from '../../../db/sync/serverAdmin';
import { startBridgeProcess, type BridgeProcess } from '../../helpers/bridgeProcess';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';

const tempDir = useTempDir('midad-bridge-role-');
const suffix = Math.random().toString(36).slice(2, 8);
const omar = { name: `omar-${suffix}`, password: 'pw-omar' };
const rana = { name: `rana-${suffix}`, password: 'pw-rana' };
let server: NewsroomServer;
let databaseUrl = '';
let adminDb = '';
let bridge: BridgeProcess;
let dir = '';

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function call(method: string, request: unknown): Promise<Envelope> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: JSON.stringify(request),
  });
  return (await response.json()) as Envelope;
}
async function value<T>(method: string, request: unknown): Promise<T> {
  const answer = await call(method, request);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** The server's copy of a document, read as its admin (bypassing every client), or null. */
async function onServer(id: string): Promise<unknown> {
  const admin = new URL(adminDb);
  const basic = Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`);
  const response = await fetch(`${databaseUrl}/${encodeURIComponent(id)}`, {
    headers: { authorization: `Basic ${basic.toString('base64')}` },
  });
  return response.status === 200 ? response.json() : null;
}

/** Holds `check` false for `ms`, asking often: the absence of something a live sync does within a second. */
async function staysFalse(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await check()).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  server = await startNewsroomServer();
  const db = uniqueDatabaseName('midad-bridge-role');
  adminDb = `${server.adminUrl}/${db}`;
  databaseUrl = `${server.url}/${db}`;
  await initNewsroom(adminDb);
  await addUser(adminDb, omar.name, 'editor', omar.password);
  await addUser(adminDb, rana.name, 'journalist', rana.password);
  dir = tempDir();
  const archive = openArchive(join(dir, 'omar.sqlite'));
  updateSettings(archive, { profile: { name: 'عمر', role: 'journalist' } });
  archive.close();
  bridge = await startBridgeProcess(join(dir, 'omar.sqlite'));
}, 120_000);

afterAll(async () => {
  await bridge?.stop();
  await server?.stop();
});

describe(`the role and signing out, through the bridge (${describeServer()})`, () => {
  it('refuses a role change over the API while signed in, and allows it after signing out', async () => {
    // Alone, the person chooses their role.
    await value('settings.update', { profile: { name: 'عمر', role: 'editor' } });
    await value('settings.update', { profile: { name: 'عمر', role: 'journalist' } });

    const signed = await value<{ ok: boolean; status: { role: string } }>('newsroom.signIn', {
      databaseUrl,
      user: omar.name,
      password: omar.password,
    });
    expect(signed).toMatchObject({ ok: true, status: { signedIn: true, role: 'editor' } });
    expect(await value('settings.get', {})).toMatchObject({ profile: { name: 'عمر', role: 'editor' } });

    for (const profile of [{ name: 'عمر', role: 'journalist' }, null]) {
      const refused = await call('settings.update', { profile });
      expect(refused).toMatchObject({ ok: false, error: { code: 'role_from_server' } });
    }
    // Nothing of a refused patch is written, not even its other fields.
    expect(
      await call('settings.update', { theme: 'dark', profile: { name: 'عمر', role: 'journalist' } }),
    ).toMatchObject({ ok: false });
    expect(await value('settings.get', {})).toMatchObject({ theme: 'system', profile: { role: 'editor' } });
    // The name is the person's own, and the rest of the settings are untouched by the lock.
    expect(await value('settings.update', { profile: { name: 'عمر الخطيب', role: 'editor' } })).toMatchObject({
      profile: { name: 'عمر الخطيب', role: 'editor' },
    });
    expect(await value('settings.update', { theme: 'dark' })).toMatchObject({ theme: 'dark' });

    const out = await value('newsroom.signOut', {});
    expect(out).toMatchObject({ signedIn: false, role: null, sync: { phase: 'offline' } });
    expect(await value('settings.update', { profile: { name: 'عمر الخطيب', role: 'journalist' } })).toMatchObject({
      profile: { role: 'journalist' },
    });
  }, 60_000);

  it('signing out stops sync both ways and keeps the archive; the next sign-in sends what waited', async () => {
    await value('newsroom.signIn', { databaseUrl, user: omar.name, password: omar.password });
    const before = await value<{ id: string; version: number }>('articles.create', {});
    await value('articles.save', {
      id: before.id,
      baseVersion: before.version,
      fields: { headline: 'قبل الخروج', body: stateFromParagraphs(['كتب قبل تسجيل الخروج']) },
      kind: 'explicit',
    });
    await expect.poll(() => onServer(`article:${before.id}`), { timeout: 30_000 }).not.toBeNull();

    expect(await value('newsroom.signOut', {})).toMatchObject({ signedIn: false, sync: { phase: 'offline' } });
    const after = await value<{ id: string; version: number }>('articles.create', {});
    await value('articles.save', {
      id: after.id,
      baseVersion: after.version,
      fields: { headline: 'بعد الخروج', body: stateFromParagraphs(['كتب وهو غير مسجّل']) },
      kind: 'explicit',
    });
    // Rana publishes a story of her own to the newsroom meanwhile.
    const ranas = openArchive(join(dir, 'rana.sqlite'));
    const hers = createArticle(ranas, { ...NEW_ARTICLE_FIELDS, headline: 'خبر رنا' });
    await createSyncEngine(ranas, { databaseUrl, auth: { user: rana.name, password: rana.password } }).runOnce();
    ranas.close();
    expect(await onServer(`article:${hers.id}`)).not.toBeNull();

    // Live sync moves a save within about a second; signed out, neither goes anywhere for twice that.
    const listed = async () =>
      (await value<{ items: Array<{ id: string; headline: string }> }>('articles.list', {})).items;
    await staysFalse(
      async () => (await onServer(`article:${after.id}`)) !== null || (await listed()).some((i) => i.id === hers.id),
      2_500,
    );
    // Everything written here is still here.
    expect((await listed()).map((i) => i.headline)).toEqual(expect.arrayContaining(['قبل الخروج', 'بعد الخروج']));

    await value('newsroom.signIn', { databaseUrl, user: omar.name, password: omar.password });
    await expect.poll(() => onServer(`article:${after.id}`), { timeout: 30_000 }).not.toBeNull();
    await expect.poll(async () => (await listed()).some((i) => i.id === hers.id), { timeout: 30_000 }).toBe(true);
    await value('newsroom.signOut', {});
  }, 90_000);
});
