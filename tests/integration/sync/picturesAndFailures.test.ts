/**
 * Pictures travel once (content-addressed) and are fetched when first shown, and every way a round can fail says so in a typed error while
 * the archive's work stays where it was: server down, wrong password, a write the server refuses.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { addMedia, pictureBytes, updateMedia } from '../../../db/media';
import { createSyncEngine } from '../../../db/sync/engine';
import { sha256Hex } from '../../../db/sync/content';
import { createNewsroomService, memoryVault } from '../../../db/sync/newsroomService';
import { syncEngineFactory } from '../../../db/sync/newsroomEngine';
import { pendingCount, refusedCount } from '../../../db/sync/store';
import { MidadError } from '../../../core/api/errors';
import { errorText } from '../../../core/i18n/errorText';
import { articleDocId } from '../../../core/sync/documents';
import { describeServer } from '../../helpers/newsroomServer';
import { png } from '../../helpers/images';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-sync-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

/** A fetch that goes to the real server and counts the picture documents written through it. */
function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function countingFetch() {
  const seen = { pictureWrites: 0, attachmentReads: 0 };
  const wrapped: typeof fetch = (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    seen.pictureWrites += (body.match(/"type":"picture"/g) ?? []).length;
    if (urlOf(input).includes('/picture%3A')) seen.attachmentReads += 1;
    return fetch(input, init);
  };
  return { seen, fetch: wrapped };
}

function withPicture(archive: Archive, headline: string, bytes: Buffer) {
  const article = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline });
  addMedia(archive, { articleId: article.id, data: bytes.toString('base64'), caption: 'صورة', credit: 'مِداد' });
  return getArticle(archive, article.id);
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('pictures', () => {
  it('are sent once, fetched when first shown, whole, and never fetched or sent twice', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const b = openWorkstation(dir, 'b.sqlite', badr);
    const picture = png(40, 30);
    const one = withPicture(a, 'صورة أولى', picture);
    withPicture(a, 'الصورة نفسها', picture);
    const countA = countingFetch();
    const syncA = engineFor(newsroom, a, amal, { fetch: countA.fetch });
    await syncA.runOnce();
    expect(countA.seen.pictureWrites).toBe(1);
    updateMedia(a, one.media[0]!.id, { caption: 'تعليق جديد' });
    await syncA.runOnce();
    expect(countA.seen.pictureWrites).toBe(1);

    const countB = countingFetch();
    const syncB = engineFor(newsroom, b, badr, { fetch: countB.fetch });
    await syncB.runOnce();
    // Pulled without its bytes: the caption is here, the picture is fetched when first shown.
    const there = getArticle(b, one.id);
    const mediaId = there.media[0]!.id;
    expect(there.media[0]).toMatchObject({ caption: 'تعليق جديد', width: 40, height: 30 });
    expect(countB.seen.attachmentReads).toBe(0);
    expect(() => pictureBytes(b, mediaId)).toThrow(/no picture/);
    // B edits the article before seeing the picture: the new revision still names it, bytes and all.
    saveArticle(b, one.id, there.version, { standfirst: 'مقدمة' }, new Date(), { kind: 'explicit' });
    await syncB.runOnce();
    expect(countB.seen.pictureWrites).toBe(0);
    const head = (await serverDoc(newsroom, articleDocId(one.id))) as { heads: string[] };
    const rev = (await serverDoc(newsroom, `rev:${one.id}:${head.heads[0]}`)) as {
      media: Array<{ sha256: string | null; byteLength: number }>;
    };
    expect(rev.media[0]).toMatchObject({ sha256: sha256Hex(picture), byteLength: picture.length });

    // Offline (no engine), the read says plainly that the picture is not downloaded yet.
    const offline = createNewsroomService(b, { vault: memoryVault(), engine: null });
    await expect(offline['media.bytes']({ id: mediaId })).rejects.toMatchObject({ code: 'media_not_downloaded' });
    // Signed in, the first read fetches it (verified by its sha256), stores it, and it is never fetched again.
    const online = createNewsroomService(b, { vault: memoryVault(), engine: syncEngineFactory });
    const signedIn = await online['newsroom.signIn']({
      databaseUrl: newsroom.db,
      user: badr.name,
      password: badr.password,
    });
    expect(signedIn.ok).toBe(true);
    const shown = await online['media.bytes']({ id: mediaId });
    expect(Buffer.from(shown.data, 'base64').equals(picture)).toBe(true);
    expect(Buffer.from(pictureBytes(b, mediaId).data, 'base64').equals(picture)).toBe(true);
    await online.close();
    await syncB.runOnce();
    expect(countB.seen.pictureWrites).toBe(0);
    expect(await syncB.fetchPicture(mediaId)).toBe(false);
    a.close();
    b.close();
  });
});

describe('failures leave local work untouched and say what happened', () => {
  it('server down: unreachable, offline, the outbox kept', async () => {
    const a = openWorkstation(tempDir(), 'a.sqlite', amal);
    createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'بلا شبكة' });
    const before = pendingCount(a);
    const engine = createSyncEngine(a, {
      databaseUrl: `http://127.0.0.1:${await closedPort()}/newsroom`,
      auth: { user: amal.name, password: amal.password },
    });
    const error = await engine.runOnce().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MidadError);
    expect((error as MidadError).code).toBe('sync_unreachable');
    expect(errorText('ar', error)).toContain('تعذّر الوصول إلى خادم غرفة الأخبار');
    expect(engine.state()).toMatchObject({ phase: 'offline', error: { code: 'unreachable' } });
    expect(pendingCount(a)).toBe(before);
    a.close();
  });

  it('wrong password: unauthorized, nothing sent or changed', async () => {
    const a = openWorkstation(tempDir(), 'a.sqlite', amal);
    const article = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'كلمة مرور خاطئة' });
    const engine = engineFor(newsroom, a, { ...amal, password: 'not-it' });
    const error = await engine.runOnce().catch((e: unknown) => e);
    expect((error as MidadError).code).toBe('sync_unauthorized');
    expect(errorText('en', error)).toContain('did not accept your user name and password');
    expect(engine.state().error).toEqual({ code: 'unauthorized', status: 401 });
    expect(getArticle(a, article.id).version).toBe(article.version);
    expect(await serverDoc(newsroom, articleDocId(article.id))).toBeNull();
    a.close();
  });

  it('a write the server refuses is kept here, reported once, and not sent again', async () => {
    const b = openWorkstation(tempDir(), 'b.sqlite', badr);
    // A journalist's copy arriving already published (an import could do this): the server refuses it.
    const article = createArticle(b, { ...NEW_ARTICLE_FIELDS, headline: 'منشور بلا محرر', status: 'published' });
    const counted = countingFetch();
    let bulkWrites = 0;
    const engine = engineFor(newsroom, b, badr, {
      fetch: ((input, init) => {
        if (urlOf(input).endsWith('/_bulk_docs')) bulkWrites += 1;
        return counted.fetch(input, init);
      }) as typeof fetch,
    });
    const first = await engine.runOnce();
    expect(first.refused).toBeGreaterThan(0);
    expect(first.converged).toBe(false);
    expect(await serverDoc(newsroom, articleDocId(article.id))).toBeNull();
    expect(getArticle(b, article.id)).toMatchObject({ status: 'published', headline: 'منشور بلا محرر' });
    const writes = bulkWrites;
    const second = await engine.runOnce();
    expect(second).toMatchObject({ refused: 0, pushed: 0, converged: false });
    expect(bulkWrites).toBe(writes);
    expect(refusedCount(b)).toBe(first.refused);
    b.close();
  });
});
