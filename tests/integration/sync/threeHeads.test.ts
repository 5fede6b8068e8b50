/**
 * Three workstations edit one article while apart (a real server on 127.0.0.1): every archive and the server
 * end with all three versions as heads, the conflict lists all three, a resolution made from only the
 * versions seen before the third arrived is refused (nothing written), and the resolution made from all
 * three has all three as parents and converges everywhere with every version still in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MidadError } from '../../../core/api/errors';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { articleDocId } from '../../../core/sync/documents';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { syncProblems } from '../../../db/sync/check';
import { conflictVersions, resolveConflict } from '../../../db/sync/conflicts';
import { articleHistory } from '../../../db/sync/history';
import { describeServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'pw-amal', role: 'editor' };
const badr: Person = { name: 'badr', password: 'pw-badr', role: 'journalist' };
const jana: Person = { name: 'jana', password: 'pw-jana', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-three-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr, jana]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

function edit(archive: Archive, id: string, headline: string) {
  const current = getArticle(archive, id);
  saveArticle(archive, id, current.version, { headline }, new Date(), { kind: 'explicit' });
}

describe(`three archives, one article, three versions (${describeServer()})`, () => {
  it('keeps every head everywhere and resolves into one revision whose parents are all of them', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const b = openWorkstation(dir, 'b.sqlite', badr);
    const c = openWorkstation(dir, 'c.sqlite', jana);
    const [syncA, syncB, syncC] = [
      engineFor(newsroom, a, amal),
      engineFor(newsroom, b, badr),
      engineFor(newsroom, c, jana),
    ];
    const article = createArticle(a, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'العنوان الأول',
      body: stateFromParagraphs(['نص']),
    });
    await syncA.runOnce();
    await syncB.runOnce();
    await syncC.runOnce();
    edit(a, article.id, 'عنوان أمل');
    edit(b, article.id, 'عنوان بدر');
    edit(c, article.id, 'عنوان جنى');

    // A and B meet first: B sees two versions and starts comparing them.
    await syncA.runOnce();
    await syncB.runOnce();
    const seenByB = conflictVersions(b, article.id);
    expect(seenByB.map((v) => v.fields.headline).sort()).toEqual(['عنوان أمل', 'عنوان بدر'].sort());
    // Then Jana's arrives.
    await syncC.runOnce();
    await syncA.runOnce();
    await syncB.runOnce();

    const headlines = ['عنوان أمل', 'عنوان بدر', 'عنوان جنى'].sort();
    for (const archive of [a, b, c]) {
      expect(getArticle(archive, article.id).conflicted).toBe(true);
      const versions = conflictVersions(archive, article.id);
      expect(versions.map((v) => v.fields.headline).sort()).toEqual(headlines);
      expect(new Set(versions.map((v) => v.author))).toEqual(new Set(['amal', 'badr', 'jana']));
      // Newest first, for the list a person reads.
      expect(versions.map((v) => v.createdAt)).toEqual(
        versions
          .map((v) => v.createdAt)
          .sort()
          .reverse(),
      );
      expect(syncProblems(archive)).toEqual([]);
    }
    const head = await serverDoc(newsroom, articleDocId(article.id));
    expect(head).toMatchObject({ conflicted: true });
    const heads = [...(head?.heads as string[])].sort();
    expect(heads).toHaveLength(3);

    // B's choice was made among two; a third has come since: refused, nothing written.
    const bBefore = getArticle(b, article.id);
    const stale = seenByB.find((v) => v.fields.headline === 'عنوان أمل')!;
    let refusal: unknown;
    try {
      resolveConflict(
        b,
        article.id,
        stale.fields,
        'badr',
        new Date(),
        seenByB.map((v) => v.revId),
      );
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(MidadError);
    expect((refusal as MidadError).code).toBe('sync_conflict_moved');
    expect(getArticle(b, article.id)).toEqual(bBefore);

    // Compared again, all three: Jana's headline is kept, its parents are all three heads.
    const all = conflictVersions(b, article.id);
    const janas = all.find((v) => v.fields.headline === 'عنوان جنى')!;
    const resolution = resolveConflict(
      b,
      article.id,
      janas.fields,
      'badr',
      new Date(),
      all.map((v) => v.revId),
    );
    expect([...resolution.parents].sort()).toEqual(heads);
    await syncB.runOnce();
    await syncA.runOnce();
    await syncC.runOnce();
    for (const archive of [a, b, c]) {
      expect(getArticle(archive, article.id)).toMatchObject({ conflicted: false, headline: 'عنوان جنى' });
      expect(conflictVersions(archive, article.id)).toHaveLength(1);
      const history = articleHistory(archive, article.id);
      expect([...(history.find((r) => r.id === resolution.revId)?.parents ?? [])].sort()).toEqual(heads);
      // Nothing lost: every head is still in the history.
      for (const id of heads) expect(history.some((r) => r.id === id)).toBe(true);
      expect(syncProblems(archive)).toEqual([]);
    }
    expect(await serverDoc(newsroom, articleDocId(article.id))).toMatchObject({
      conflicted: false,
      heads: [resolution.revId],
    });
    expect(await serverDoc(newsroom, `rev:${article.id}:${resolution.revId}`)).toMatchObject({
      label: 'resolved',
      author: 'badr',
    });
    for (const archive of [a, b, c]) archive.close();
  }, 90_000);
});
