/**
 * Live sync against the real server on 127.0.0.1: a local save wakes the long-poll without the engine
 * counting the interruption as a failure (which cost a second's back-off, the long tail of the live bench),
 * and a signed-in engine takes the cookie for every request and follows the server renewing it. The trash
 * travels: moving an article to it and restoring it are events, and the later decision wins everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import type { Archive } from '../../../db/archive';
import { restoreFromTrash, trashArticle } from '../../../db/trash';
import { articleDocId } from '../../../core/sync/documents';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { searchArticles } from './searchHelper';
import { createCouchClient, type CookieSource } from '../../../db/sync/couch';
import { createSyncEngine, type SyncState } from '../../../db/sync/engine';
import { signIn } from '../../../db/sync/session';
import { describeServer, setServerConfig } from '../../helpers/newsroomServer';
import { startTcpProxy } from '../../helpers/tcpProxy';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-sync-engine-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('live sync', () => {
  it('a long-poll cut off while its answer streams is an abort, not a bad answer from the server', async () => {
    // The server sends a long-poll's headers at once and its body when a change comes: the cut lands in
    // the body, where it was once read as "not JSON".
    let answered!: () => void;
    const headers = new Promise<void>((r) => (answered = r));
    const watching: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      answered();
      return response;
    };
    const client = createCouchClient(newsroom.db, { user: amal.name, password: amal.password }, { fetch: watching });
    const wake = new AbortController();
    const waiting = client.changes('now', 10, { timeoutMs: 20_000, signal: wake.signal });
    await headers;
    wake.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('carries one save after another from A to B without ever reporting a failure', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const b = openWorkstation(dir, 'b.sqlite', badr);
    const syncA = engineFor(newsroom, a, amal);
    const syncB = engineFor(newsroom, b, badr);
    const states: SyncState[] = [];
    syncA.onState((s) => states.push(s));
    syncB.onState((s) => states.push(s));
    const { id } = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'خبر مباشر' });
    await syncA.runOnce();
    await syncB.runOnce();
    syncA.startLive();
    syncB.startLive();
    for (let i = 0; i < 6; i++) {
      const headline = `خبر مباشر ${i}`;
      saveArticle(a, id, getArticle(a, id).version, { headline }, new Date(), { kind: 'explicit' });
      await until(() => getArticle(b, id).headline === headline, `save ${i} on B`);
    }
    await syncA.stop();
    await syncB.stop();
    expect(states.filter((s) => s.error !== null)).toEqual([]);
    a.close();
    b.close();
  });

  it('reads the session cookie for every request and follows its renewals past the first one’s expiry', async () => {
    const signedIn = await signIn(newsroom.db, amal.name, amal.password);
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.problem}`);
    const first = signedIn.value.cookie;
    // Sessions of three seconds, so the first cookie expires while the engine is still at work.
    // (Through the helper: CouchDB 3 and pouchdb-server keep this setting under different paths.)
    const restore = await setServerConfig(newsroom.server, 'session_timeout', '3');
    try {
      let current = first;
      const cookies: CookieSource = { current: () => current, renewed: (next) => (current = next) };
      const sent: string[] = [];
      // A request that left with an older cookie than the newest handed back (its own answer may renew it).
      const stale: string[] = [];
      const watching: typeof fetch = (input, init) => {
        const cookie = new Headers(init?.headers).get('cookie') ?? '';
        sent.push(cookie);
        if (cookie !== current) stale.push(cookie);
        return fetch(input, init);
      };
      const a = openWorkstation(tempDir(), 'a.sqlite', amal);
      const engine = createSyncEngine(a, { databaseUrl: newsroom.db, auth: { cookies } }, { fetch: watching });
      const { id } = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'خبر بجلسة' });
      for (let i = 0; i < 4; i++) {
        saveArticle(a, id, getArticle(a, id).version, { standfirst: `مقدمة ${i}` }, new Date(), { kind: 'explicit' });
        expect(await engine.runOnce()).toMatchObject({ converged: true });
        await new Promise((r) => setTimeout(r, 1_100));
      }
      // The first cookie is over; the engine went on with the ones the server handed back, each request
      // sending the newest.
      const withFirst = await fetch(newsroom.db, { headers: { cookie: first } });
      expect(withFirst.status).toBe(401);
      expect(current).not.toBe(first);
      expect(new Set(sent).size).toBeGreaterThan(2);
      expect(stale).toEqual([]);
      expect(sent).not.toContain('');
      a.close();
    } finally {
      await restore();
    }
  });
});

describe('the trash travels', () => {
  const live = (archive: Archive) => listArticles(archive, 100, 0).items.map((i) => i.id);
  const trashed = (archive: Archive) => listArticles(archive, 100, 0, true).items.map((i) => i.id);

  it('moving to the trash and restoring reach the other archive; the article is never deleted', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const b = openWorkstation(dir, 'b.sqlite', badr);
    const syncA = engineFor(newsroom, a, amal);
    const syncB = engineFor(newsroom, b, badr);
    const { id } = createArticle(a, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'خبر إلى سلة المهملات',
      body: stateFromParagraphs(['نص عن الفيضانات']),
    });
    await syncA.runOnce();
    await syncB.runOnce();
    expect(live(b)).toContain(id);

    trashArticle(a, id);
    expect(await syncA.runOnce()).toMatchObject({ converged: true, refused: 0 });
    await syncB.runOnce();
    expect(trashed(b)).toContain(id);
    expect(live(b)).not.toContain(id);
    expect(searchArticles(b, 'الفيضانات')).not.toContain(id);
    // On the server the article is still there, whole: the trash is an event, never a delete.
    const head = await serverDoc(newsroom, articleDocId(id));
    expect(head).not.toBeNull();
    expect(head?._deleted).toBeUndefined();

    restoreFromTrash(b, id);
    expect(await syncB.runOnce()).toMatchObject({ converged: true, refused: 0 });
    await syncA.runOnce();
    expect(live(a)).toContain(id);
    expect(searchArticles(a, 'الفيضانات')).toContain(id);
    expect(getArticle(a, id).headline).toBe('خبر إلى سلة المهملات');
    a.close();
    b.close();
  });

  for (const order of ['A first', 'B first'] as const) {
    it(`made apart: the later decision wins on both (${order})`, async () => {
      const dir = tempDir();
      const a = openWorkstation(dir, 'a.sqlite', amal);
      const b = openWorkstation(dir, 'b.sqlite', badr);
      const syncA = engineFor(newsroom, a, amal);
      const syncB = engineFor(newsroom, b, badr);
      const { id } = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'خبر مختلف عليه' });
      await syncA.runOnce();
      await syncB.runOnce();
      // Both offline: A trashes it; B trashes it and restores it, later. B's restore is the last word.
      trashArticle(a, id, new Date(Date.now() - 60_000));
      trashArticle(b, id, new Date(Date.now() - 30_000));
      restoreFromTrash(b, id);
      const [first, second] = order === 'A first' ? [syncA, syncB] : [syncB, syncA];
      await first.runOnce();
      await second.runOnce();
      await first.runOnce();
      expect(live(a)).toContain(id);
      expect(live(b)).toContain(id);
      a.close();
      b.close();
    });
  }
});

describe('coming back online', () => {
  // A back-off of a minute after the link went: without being told, A would try again only then.
  const MINUTE = [60_000];

  async function cable() {
    const target = new URL(newsroom.db);
    const proxy = await startTcpProxy(Number(target.port));
    const via = new URL(newsroom.db);
    via.port = String(proxy.port);
    return { proxy, db: via.href.replace(/\/$/, '') };
  }

  for (const how of ['a save once the link is back', 'the window saying it is online'] as const) {
    it(`is noticed at once on ${how}: the change reaches the other workstation within seconds`, async () => {
      const { proxy, db } = await cable();
      const dir = tempDir();
      const a = openWorkstation(dir, 'a.sqlite', amal);
      const b = openWorkstation(dir, 'b.sqlite', badr);
      const syncA = createSyncEngine(
        a,
        { databaseUrl: db, auth: { user: amal.name, password: amal.password } },
        { backoffMs: MINUTE },
      );
      const syncB = engineFor(newsroom, b, badr);
      const states: SyncState[] = [];
      syncA.onState((s) => states.push(s));
      try {
        const { id } = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'قبل انقطاع الخط' });
        syncA.startLive();
        syncB.startLive();
        await until(() => listArticles(b, 10, 0).items.some((i) => i.id === id), 'the article on B');
        await proxy.down();
        await until(() => states.at(-1)?.phase === 'offline', 'A offline');
        const save = (headline: string) =>
          saveArticle(a, id, getArticle(a, id).version, { headline }, new Date(), { kind: 'explicit' });
        if (how === 'the window saying it is online') save('كُتب والخط مقطوع');
        // A save while the link is still down is tried once (after the floor) and fails: still offline.
        await new Promise((r) => setTimeout(r, 1_500));
        expect(getArticle(b, id).headline).toBe('قبل انقطاع الخط');
        await proxy.up();
        const back = Date.now();
        if (how === 'a save once the link is back') save('بعد عودة الخط');
        else syncA.nudge();
        const wanted = how === 'a save once the link is back' ? 'بعد عودة الخط' : 'كُتب والخط مقطوع';
        await until(() => getArticle(b, id).headline === wanted, 'the change on B');
        expect(Date.now() - back).toBeLessThan(5_000);
      } finally {
        await syncA.stop();
        await syncB.stop();
        await proxy.close();
        a.close();
        b.close();
      }
    });
  }
});
