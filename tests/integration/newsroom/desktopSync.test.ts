/**
 * Sync as the desktop runs it: two archives signed in through the `newsroom.*` methods (the main process's and
 * the bridge's service), each with the real engine live against a real server; and a conflict seen and resolved
 * through `newsroom.conflict` / `newsroom.resolve`.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MidadService, RequestIn } from '../../../core/api/contract';
import { dispatch, unwrap } from '../../../core/api/envelope';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { openArchive } from '../../../db/connection';
import type { Archive } from '../../../db/archive';
import { createArchiveService } from '../../../db/service/archiveService';
import { createSyncEngine } from '../../../db/sync/engine';
import { syncEngineFactory } from '../../../db/sync/newsroomEngine';
import { createNewsroomService, memoryVault } from '../../../db/sync/newsroomService';
import { addUser, initNewsroom } from '../../../db/sync/serverAdmin';
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
const rana = { name: `rana-${suffix}`, password: 'pw-rana' };
const omar = { name: `omar-${suffix}`, password: 'pw-omar' };

beforeAll(async () => {
  server = await startNewsroomServer();
  db = uniqueDatabaseName('midad-desktop');
  await initNewsroom(`${server.adminUrl}/${db}`);
  await addUser(`${server.adminUrl}/${db}`, rana.name, 'journalist', rana.password);
  await addUser(`${server.adminUrl}/${db}`, omar.name, 'editor', omar.password);
}, 120_000);
afterAll(async () => {
  await server.stop();
});

async function call<M extends MethodName>(service: MidadService, method: M, request: RequestIn<M>) {
  return unwrap(method, await dispatch(service, method, request));
}

function workstation(file: string) {
  const archive: Archive = openArchive(join(tempDir(), file));
  const newsroom = createNewsroomService(archive, { vault: memoryVault(), engine: syncEngineFactory });
  return { archive, newsroom, service: createArchiveService(archive, { newsroom }) };
}

describe(`desktop sync through the newsroom methods (${describeServer()})`, () => {
  it('a save on A reaches B while both are signed in, and the status says up to date', async () => {
    const a = workstation('a.sqlite');
    const b = workstation('b.sqlite');
    for (const [w, person] of [
      [a, rana],
      [b, omar],
    ] as const) {
      const signed = await call(w.service, 'newsroom.signIn', {
        databaseUrl: `${server.url}/${db}`,
        user: person.name,
        password: person.password,
      });
      expect(signed.ok).toBe(true);
    }
    const created = await call(a.service, 'articles.create', {});
    await call(a.service, 'articles.save', {
      id: created.id,
      baseVersion: created.version,
      fields: { headline: 'خبر من الميدان', body: stateFromParagraphs(['وصل المراسل']) },
      kind: 'explicit',
    });
    await expect
      .poll(async () => (await call(b.service, 'articles.list', {})).items.map((i) => i.headline), { timeout: 30_000 })
      .toContain('خبر من الميدان');
    await expect
      .poll(async () => (await call(a.service, 'newsroom.status', {})).sync, { timeout: 30_000 })
      .toMatchObject({ phase: 'idle', pending: 0, error: null, lastSyncedAt: expect.any(String) as string });
    // Signing out stops sync and keeps what is here.
    expect(await call(b.service, 'newsroom.signOut', {})).toMatchObject({
      signedIn: false,
      sync: { phase: 'offline' },
    });
    expect((await call(b.service, 'articles.get', { id: created.id })).headline).toBe('خبر من الميدان');
    await a.newsroom.close();
    await b.newsroom.close();
    a.archive.close();
    b.archive.close();
  }, 90_000);

  it('shows both versions of a conflicted article and resolves it', async () => {
    const a = workstation('c.sqlite');
    const b = workstation('d.sqlite');
    const engine = (w: typeof a, p: typeof rana) =>
      createSyncEngine(w.archive, { databaseUrl: `${server.url}/${db}`, auth: { user: p.name, password: p.password } });
    const syncA = engine(a, rana);
    const syncB = engine(b, omar);
    const created = await call(a.service, 'articles.create', {});
    const saved = await call(a.service, 'articles.save', {
      id: created.id,
      baseVersion: created.version,
      fields: { headline: 'عنوان أول' },
      kind: 'explicit',
    });
    await syncA.runOnce();
    await syncB.runOnce();
    await call(a.service, 'articles.save', {
      id: created.id,
      baseVersion: saved.version,
      fields: { headline: 'عنوان رنا' },
      kind: 'explicit',
    });
    const onB = await call(b.service, 'articles.get', { id: created.id });
    await call(b.service, 'articles.save', {
      id: created.id,
      baseVersion: onB.version,
      fields: { headline: 'عنوان عمر' },
      kind: 'explicit',
    });
    await syncA.runOnce();
    await syncB.runOnce();
    expect((await call(b.service, 'articles.get', { id: created.id })).conflicted).toBe(true);
    const { versions } = await call(b.service, 'newsroom.conflict', { id: created.id });
    expect(versions.map((v) => v.fields.headline).sort()).toEqual(['عنوان رنا', 'عنوان عمر'].sort());
    const chosen = versions.find((v) => v.fields.headline === 'عنوان رنا')!;
    const resolved = await call(b.service, 'newsroom.resolve', { id: created.id, fields: chosen.fields });
    expect(resolved).toMatchObject({ conflicted: false, headline: 'عنوان رنا' });
    a.archive.close();
    b.archive.close();
  }, 90_000);
});
