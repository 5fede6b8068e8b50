/**
 * Live sync against the real server on 127.0.0.1: a local save wakes the long-poll without the engine
 * counting the interruption as a failure (which cost a second's back-off, the long tail of the live bench),
 * and a signed-in engine takes the cookie for every request and follows the server renewing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { createCouchClient, type CookieSource } from '../../../db/sync/couch';
import { createSyncEngine, type SyncState } from '../../../db/sync/engine';
import { signIn } from '../../../db/sync/session';
import { describeServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-live-');

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
    const setTimeoutTo = (seconds: string) =>
      fetch(`${newsroom.server.adminUrl.replace(/\/\/[^@]*@/, '//')}/_config/couch_httpd_auth/timeout`, {
        method: 'PUT',
        headers: { authorization: adminAuth(), 'content-type': 'application/json' },
        body: JSON.stringify(seconds),
      });
    expect((await setTimeoutTo('3')).status).toBe(200);
    try {
      let current = first;
      const cookies: CookieSource = { current: () => current, renewed: (next) => (current = next) };
      const sent: string[] = [];
      const watching: typeof fetch = (input, init) => {
        sent.push(new Headers(init?.headers).get('cookie') ?? '');
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
      expect(sent.at(-1)).toBe(current);
      expect(sent).not.toContain('');
      a.close();
    } finally {
      expect((await setTimeoutTo('600')).status).toBe(200);
    }
  });
});

function adminAuth(): string {
  const admin = new URL(newsroom.server.adminUrl);
  const pair = `${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}
