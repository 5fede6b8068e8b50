/**
 * Two workstations and one newsroom server (real, on 127.0.0.1): what one writes the other shows; edits
 * made apart are both kept, everywhere, until a person resolves them; comments and status changes made
 * apart both survive. The engine is the one `midad sync` and the app use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { createThread, threadsOfArticle } from '../../../db/review/comments';
import { listStatusChanges, transitionArticle } from '../../../db/review/statusChanges';
import { conflictVersions, resolveConflict } from '../../../db/sync/conflicts';
import { articleHistory } from '../../../db/sync/history';
import { syncProblems } from '../../../db/sync/check';
import { searchArticles } from './searchHelper';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { articleDocId } from '../../../core/sync/documents';
import { describeServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam أحمر 1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-sync-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

function workstations() {
  const dir = tempDir();
  const a = openWorkstation(dir, 'a.sqlite', amal);
  const b = openWorkstation(dir, 'b.sqlite', badr);
  return { a, b, syncA: engineFor(newsroom, a, amal), syncB: engineFor(newsroom, b, badr) };
}

function write(archive: Archive, headline: string, text: string) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs([text]) });
}

function edit(archive: Archive, id: string, changes: Parameters<typeof saveArticle>[3]) {
  const current = getArticle(archive, id);
  return saveArticle(archive, id, current.version, changes, new Date(), { kind: 'explicit' });
}

describe('two archives and one newsroom', () => {
  it('A writes, B pulls and shows the same articles, found by search', async () => {
    const { a, b, syncA, syncB } = workstations();
    const one = write(a, 'زيارة الوزير إلى عمّان', 'وصل الوزير صباح اليوم');
    const two = write(a, 'أمطار غزيرة', 'هطلت أمطار غزيرة على المدينة');
    const pushed = await syncA.runOnce();
    expect(pushed).toMatchObject({ pushed: 4, conflicts: 0, converged: true });
    const pulled = await syncB.runOnce();
    expect(pulled.pulled).toBeGreaterThanOrEqual(4);
    expect(pulled.converged).toBe(true);
    for (const article of [one, two]) {
      const there = getArticle(b, article.id);
      expect(there).toMatchObject({ headline: article.headline, body: article.body, conflicted: false });
      expect(there.createdAt).toBe(article.createdAt);
    }
    expect(listArticles(b, 10, 0).total).toBe(listArticles(a, 10, 0).total);
    expect(searchArticles(b, 'الوزير')).toContain(one.id);
    // Running again moves nothing: every write is idempotent.
    expect(await syncB.runOnce()).toMatchObject({ pulled: 0, pushed: 0 });
    expect(await syncA.runOnce()).toMatchObject({ pulled: 0, pushed: 0 });
    a.close();
    b.close();
  });

  for (const order of ['A first', 'B first'] as const) {
    it(`both edit one article offline, then reconnect (${order}): both kept, conflicted everywhere, resolved once`, async () => {
      const { a, b, syncA, syncB } = workstations();
      const article = write(a, 'خبر مشترك', 'النص الأول');
      await syncA.runOnce();
      await syncB.runOnce();
      edit(a, article.id, { body: stateFromParagraphs(['نص أمل']) });
      edit(b, article.id, { body: stateFromParagraphs(['نص بدر']) });
      const [first, second] = order === 'A first' ? [syncA, syncB] : [syncB, syncA];
      await first.runOnce();
      const after = await second.runOnce();
      expect(after.conflicts).toBe(1);
      await first.runOnce();
      for (const archive of [a, b]) {
        expect(getArticle(archive, article.id).conflicted).toBe(true);
        const versions = conflictVersions(archive, article.id);
        expect(versions.map((v) => v.fields.body)).toEqual(
          expect.arrayContaining([stateFromParagraphs(['نص أمل']), stateFromParagraphs(['نص بدر'])]),
        );
        expect(new Set(versions.map((v) => v.author))).toEqual(new Set(['amal', 'badr']));
        expect(syncProblems(archive)).toEqual([]);
      }
      const head = await serverDoc(newsroom, articleDocId(article.id));
      expect(head).toMatchObject({ conflicted: true });
      expect((head?.heads as string[]).length).toBe(2);
      for (const revId of head?.heads as string[])
        expect(await serverDoc(newsroom, `rev:${article.id}:${revId}`)).not.toBeNull();

      // B resolves by taking both texts; it converges on A and the server.
      const chosen = { ...getArticle(b, article.id), body: stateFromParagraphs(['نص أمل', 'نص بدر']) };
      const resolution = resolveConflict(b, article.id, chosen, 'badr');
      expect(resolution.parents).toHaveLength(2);
      await syncB.runOnce();
      await syncA.runOnce();
      for (const archive of [a, b]) {
        const resolved = getArticle(archive, article.id);
        expect(resolved).toMatchObject({ conflicted: false, body: chosen.body });
        expect(syncProblems(archive)).toEqual([]);
        const history = articleHistory(archive, article.id);
        expect(history.find((r) => r.id === resolution.revId)?.parents).toEqual([...resolution.parents]);
        // Nothing was lost: both sides' revisions are still in history.
        expect(history.filter((r) => r.parents.length === 1).length).toBeGreaterThanOrEqual(2);
      }
      expect(await serverDoc(newsroom, articleDocId(article.id))).toMatchObject({
        conflicted: false,
        heads: [resolution.revId],
      });
      a.close();
      b.close();
    });
  }

  it('live: a save on A reaches B with nobody asking, and B says it is up to date', async () => {
    const { a, b, syncA, syncB } = workstations();
    const article = write(a, 'خبر مباشر', 'نص');
    await syncA.runOnce();
    await syncB.runOnce();
    syncA.startLive();
    syncB.startLive();
    edit(a, article.id, { headline: 'خبر مباشر محدّث' });
    const start = Date.now();
    while (getArticle(b, article.id).headline !== 'خبر مباشر محدّث') {
      expect(Date.now() - start).toBeLessThan(20_000);
      await new Promise((r) => setTimeout(r, 20));
    }
    await syncA.stop();
    await syncB.stop();
    expect(syncB.state()).toMatchObject({ phase: 'idle', error: null, pending: 0 });
    expect(syncB.state().lastSyncedAt).not.toBeNull();
    a.close();
    b.close();
  });

  it('a comment made on B and a status change made on A both survive, and a body edit merges with the status', async () => {
    const { a, b, syncA, syncB } = workstations();
    const article = write(a, 'خبر للمراجعة', 'نص للمراجعة');
    await syncA.runOnce();
    await syncB.runOnce();
    const thread = createThread(b, {
      articleId: article.id,
      anchor: { field: 'headline', markId: 'm1', quote: 'خبر', offset: 0 },
      text: 'هل العنوان دقيق؟',
    });
    edit(b, article.id, { standfirst: 'مقدمة من بدر' });
    transitionArticle(a, { id: article.id, baseVersion: getArticle(a, article.id).version, to: 'submitted', note: '' });
    await syncA.runOnce();
    await syncB.runOnce();
    await syncA.runOnce();
    for (const archive of [a, b]) {
      const merged = getArticle(archive, article.id);
      expect(merged).toMatchObject({ status: 'submitted', standfirst: 'مقدمة من بدر', conflicted: false });
      expect(threadsOfArticle(archive, article.id).map((t) => t.comments[0]?.text)).toEqual(['هل العنوان دقيق؟']);
      expect(threadsOfArticle(archive, article.id)[0]?.id).toBe(thread.id);
      expect(listStatusChanges(archive, article.id).map((c) => c.to)).toEqual(['submitted']);
    }
    a.close();
    b.close();
  });
});
