/**
 * A newsroom server that answers badly or changes its mind (a real server on 127.0.0.1, with an HTTP front
 * standing where a reverse proxy would: tests/helpers/httpFront.ts): a proxy's HTML error page, a 200 that is
 * not JSON, a change without its document, a document that fails Midad's schema, a 503 with Retry-After, an
 * answer cut off mid-body while pulling and while pushing, a password changed and a role taken away. Each
 * time: the checkpoint never moves past what was stored, nothing is doubled, local work stays, and the next
 * round completes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MidadError } from '../../../core/api/errors';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { articleDocId, revDocId } from '../../../core/sync/documents';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { createThread, threadsOfArticle } from '../../../db/review/comments';
import { addUser } from '../../../db/sync/serverAdmin';
import { pendingCount, readCheckpoint, refusedCount } from '../../../db/sync/store';
import { describeServer } from '../../helpers/newsroomServer';
import { startHttpFront, textAnswer, type FrontAnswer, type HttpFront } from '../../helpers/httpFront';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'pw-amal', role: 'editor' };
const badr: Person = { name: 'badr', password: 'pw-badr', role: 'journalist' };
const dana: Person = { name: 'dana', password: 'pw-dana', role: 'journalist' };
let newsroom: Newsroom;
let front: HttpFront;
/** The same database, reached through the front. */
let fronted: Newsroom;
const tempDir = useTempDir('midad-hostile-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr, dana]);
  front = await startHttpFront(newsroom.server.url);
  fronted = { ...newsroom, db: `${front.url}${new URL(newsroom.db).pathname}` };
}, 120_000);
afterAll(async () => {
  await front?.close();
  await newsroom?.server.stop();
});

const isChanges = (path: string) => path.includes('/_changes');
const isBulk = (path: string) => path.endsWith('/_bulk_docs');

function write(archive: Archive, headline: string) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs([`نص ${headline}`]) });
}

/** The revisions an archive holds of these articles (the database is shared by this file's tests). */
function revisions(archive: Archive, articles: ReadonlyArray<{ id: string }>): number {
  const count = archive.prepare('SELECT count(*) AS n FROM sync_revisions WHERE article_id = ?');
  return articles.reduce((n, article) => n + (count.get(article.id) as { n: number }).n, 0);
}

/** The server's real answer, its JSON changed by `change`. */
function rewritten(answer: FrontAnswer, change: (body: { results?: Array<Record<string, unknown>> }) => void) {
  const body = JSON.parse(answer.body.toString()) as { results?: Array<Record<string, unknown>> };
  change(body);
  return { ...answer, body: Buffer.from(JSON.stringify(body)) };
}

async function failure(run: Promise<unknown>): Promise<MidadError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MidadError);
  return error as MidadError;
}

/** A newsroom with some articles from A, and a fresh workstation B that reaches it through the front. */
async function setUp(headlines: string[]) {
  front.use(null);
  const dir = tempDir();
  const a = openWorkstation(dir, 'a.sqlite', amal);
  const written = headlines.map((h) => write(a, h));
  await engineFor(newsroom, a, amal).runOnce();
  const b = openWorkstation(dir, 'b.sqlite', badr);
  return { dir, a, b, written };
}

describe(`a newsroom server that answers badly (${describeServer()})`, () => {
  it('a proxy’s HTML error page, then a 200 that is not JSON: said as a server error, nothing applied, then all', async () => {
    const { a, b, written } = await setUp(['خبر أول', 'خبر ثان']);
    const syncB = engineFor(fronted, b, badr);
    front.use(({ path }) =>
      isChanges(path) ? textAnswer(502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>') : null,
    );
    expect((await failure(syncB.runOnce())).code).toBe('sync_server');
    expect(syncB.state()).toMatchObject({ phase: 'error', error: { code: 'server', status: 502 } });
    front.use(async ({ path }, forward) =>
      isChanges(path) ? { ...(await forward()), body: Buffer.from('{"results":[{"id":') } : null,
    );
    expect((await failure(syncB.runOnce())).code).toBe('sync_server');
    expect(readCheckpoint(b, fronted.db)).toBe('0');
    expect(listArticles(b, 10, 0).total).toBe(0);
    front.use(null);
    expect(await syncB.runOnce()).toMatchObject({ converged: true });
    for (const article of written) expect(getArticle(b, article.id).headline).toBe(article.headline);
    expect(revisions(b, written)).toBe(written.length);
    a.close();
    b.close();
  });

  it('a change without its document is fetched; a document failing the schema is kept out, the rest goes on', async () => {
    const { a, b, written } = await setUp(['خبر سليم', 'خبر تالف']);
    const [sound, spoilt] = written as [(typeof written)[0], (typeof written)[0]];
    const thread = createThread(a, {
      articleId: sound.id,
      anchor: { field: 'headline', markId: 'm1', quote: 'خبر', offset: 0 },
      text: 'تعليق يصل بلا وثيقته',
    });
    await engineFor(newsroom, a, amal).runOnce();
    const spoiltRev = a.prepare('SELECT rev_id FROM sync_revisions WHERE article_id = ?').get(spoilt.id) as {
      rev_id: string;
    };
    const spoiltId = revDocId(spoilt.id, spoiltRev.rev_id);
    /** The revision of one article with a headline that is not text, wherever it is read. */
    const spoil = (doc: unknown) => {
      if (doc && typeof doc === 'object' && (doc as { _id?: unknown })._id === spoiltId)
        (doc as { fields: { headline: unknown } }).fields.headline = 12345;
    };
    front.use(async ({ path }, forward) => {
      if (isChanges(path))
        return rewritten(await forward(), (body) => {
          for (const row of body.results ?? []) {
            spoil(row.doc);
            if (String(row.id).startsWith('comment:')) delete row.doc;
          }
        });
      if (path.includes('/_all_docs'))
        return rewritten(await forward(), (body) => {
          for (const row of (body as { rows?: Array<{ doc?: unknown }> }).rows ?? []) spoil(row.doc);
        });
      return null;
    });
    const syncB = engineFor(fronted, b, badr);
    const round = await syncB.runOnce();
    expect(round.skipped).toBeGreaterThan(0);
    expect(round.converged).toBe(true);
    // The sound article and its comment (whose change came without its document) are here; the spoilt one is not.
    expect(getArticle(b, sound.id).headline).toBe('خبر سليم');
    expect(threadsOfArticle(b, sound.id).map((t) => t.id)).toEqual([thread.id]);
    expect(() => getArticle(b, spoilt.id)).toThrow();
    expect(readCheckpoint(b, fronted.db)).not.toBe('0');
    front.use(null);
    a.close();
    b.close();
  });

  it('a 503 with Retry-After is waited out, even when nudged; then sync goes on', async () => {
    const { a, b, written } = await setUp(['خبر بعد الانتظار']);
    let refusedAt = 0;
    front.use(({ path }) => {
      if (refusedAt > 0 || !isChanges(path)) return null;
      refusedAt = Date.now();
      return textAnswer(503, 'text/plain', 'restarting', { 'retry-after': '2' });
    });
    const syncB = engineFor(fronted, b, badr, { backoffMs: [100], longpollMs: 1_000 });
    syncB.startLive();
    try {
      await expect.poll(() => syncB.state().error?.code ?? null, { timeout: 10_000, interval: 20 }).toBe('server');
      syncB.nudge();
      await expect.poll(() => revisions(b, written), { timeout: 15_000, interval: 100 }).toBe(written.length);
      const next = front.seen.find((r) => r.at > refusedAt);
      expect(next!.at - refusedAt).toBeGreaterThanOrEqual(1_900);
    } finally {
      await syncB.stop();
      front.use(null);
    }
    a.close();
    b.close();
  });

  it('cut off mid-pull and mid-push: nothing moves past what was stored, the next round completes, nothing doubled', async () => {
    const { a, b, written } = await setUp(['خبر أ', 'خبر ب', 'خبر ج']);
    const syncB = engineFor(fronted, b, badr);
    // Half of the _changes body, then the connection drops (a server restarting mid-answer).
    front.use(async ({ path }, forward) => {
      if (!isChanges(path)) return null;
      const answer = await forward();
      return { ...answer, cutAfter: Math.floor(answer.body.length / 2) };
    });
    expect((await failure(syncB.runOnce())).code).toBe('sync_unreachable');
    expect(readCheckpoint(b, fronted.db)).toBe('0');
    expect(listArticles(b, 10, 0).total).toBe(0);
    // B's own article: first the connection drops before the server has the push (nothing stored)…
    const mine = write(b, 'خبر بدر');
    front.use(({ path }) => (isBulk(path) ? 'reset' : null));
    expect((await failure(syncB.runOnce())).code).toBe('sync_unreachable');
    expect(await serverDoc(newsroom, articleDocId(mine.id))).toBeNull();
    // …then the server stores it, but its answer is cut off before B reads it.
    front.use(async ({ path }, forward) => {
      if (!isBulk(path)) return null;
      const answer = await forward();
      return { ...answer, cutAfter: 5 };
    });
    expect((await failure(syncB.runOnce())).code).toBe('sync_unreachable');
    expect(pendingCount(b)).toBeGreaterThan(0);
    front.use(null);
    expect(await syncB.runOnce()).toMatchObject({ converged: true, refused: 0 });
    for (const article of [...written, mine]) expect(getArticle(b, article.id).headline).toBe(article.headline);
    expect(revisions(b, [...written, mine])).toBe(written.length + 1);
    const head = (await serverDoc(newsroom, articleDocId(mine.id))) as { heads: string[] };
    expect(head.heads).toHaveLength(1);
    await engineFor(newsroom, a, amal).runOnce();
    expect(revisions(a, [...written, mine])).toBe(written.length + 1);
    expect(getArticle(a, mine.id).headline).toBe('خبر بدر');
    a.close();
    b.close();
  });
});

describe(`the server's mark when its answers are lost (${describeServer()})`, () => {
  it('a mark the server took without B hearing it, then a mark not sent: no false restart', async () => {
    const { a, b } = await setUp(['خبر العلامة']);
    const syncB = engineFor(fronted, b, badr);
    await syncB.runOnce();
    let marks = 0;
    front.use(async ({ method, path }, forward) => {
      if (method !== 'PUT' || !path.includes('/_local/')) return null;
      marks += 1;
      // The first is stored, its answer lost; the second never reaches the server.
      return marks === 1 ? { ...(await forward()), cutAfter: 0 } : 'reset';
    });
    write(b, 'خبر أثناء انقطاع');
    await failure(syncB.runOnce());
    await failure(syncB.runOnce());
    expect(marks).toBeGreaterThanOrEqual(2);
    front.use(null);
    expect(await syncB.runOnce()).toMatchObject({ restarted: false, converged: true });
    // Not once along the way did B take the database for another and start over.
    expect(syncB.state().serverRestoredAt ?? null).toBeNull();
    expect(b.prepare('SELECT restarted_at FROM sync_server_mark').get()).toEqual({ restarted_at: null });
    a.close();
    b.close();
  });
});

describe(`the person’s access changes mid-sync (${describeServer()})`, () => {
  /** Sets dana's roles on the server as its admin (an empty list: no newsroom role any more). */
  async function setRoles(roles: string[]): Promise<void> {
    const admin = new URL(newsroom.server.adminUrl);
    const authorization = `Basic ${Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString('base64')}`;
    const url = `${newsroom.server.url}/_users/org.couchdb.user:dana`;
    const doc = (await (await fetch(url, { headers: { authorization } })).json()) as Record<string, unknown>;
    const put = await fetch(url, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ ...doc, roles }),
    });
    expect(put.status).toBeLessThan(300);
  }

  it('a password changed, then the role taken away: said, local work kept, sent once access is back', async () => {
    front.use(null);
    const d = openWorkstation(tempDir(), 'd.sqlite', dana);
    write(d, 'خبر دانة الأول');
    await engineFor(newsroom, d, dana).runOnce();
    const second = write(d, 'خبر كتب والكلمة تغيّرت');
    const waiting = pendingCount(d);
    await addUser(newsroom.adminDb, 'dana', 'journalist', 'pw-dana-new');
    const old = engineFor(newsroom, d, dana);
    expect((await failure(old.runOnce())).code).toBe('sync_unauthorized');
    expect(old.state().error?.code).toBe('unauthorized');
    expect(pendingCount(d)).toBe(waiting);
    expect(await serverDoc(newsroom, articleDocId(second.id))).toBeNull();

    const renewed = { ...dana, password: 'pw-dana-new' };
    await setRoles([]);
    const refused = await failure(engineFor(newsroom, d, renewed).runOnce());
    // pouchdb-server refuses a non-member with 401, CouchDB with 403 (docs/sync.md): both say what to do.
    expect(['sync_unauthorized', 'sync_forbidden']).toContain(refused.code);
    // Still waiting to be sent (made a revision, perhaps), never marked refused: it is her access, not her work.
    expect(pendingCount(d)).toBeGreaterThanOrEqual(waiting);
    expect(refusedCount(d)).toBe(0);
    expect(await serverDoc(newsroom, articleDocId(second.id))).toBeNull();
    expect(getArticle(d, second.id).headline).toBe('خبر كتب والكلمة تغيّرت');

    await setRoles(['journalist']);
    expect(await engineFor(newsroom, d, renewed).runOnce()).toMatchObject({ converged: true, refused: 0 });
    expect(await serverDoc(newsroom, articleDocId(second.id))).not.toBeNull();
    d.close();
  });
});
