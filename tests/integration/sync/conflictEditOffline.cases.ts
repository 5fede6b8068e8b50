/**
 * Found by the random newsroom day (randomDay.ts, seed 96, shrunk to 9 steps): a person whose article is
 * conflicted edits it while offline, opens the conflict view and keeps a version. Their edit was not among the
 * versions (it becomes a revision only at the next push), so keeping one dropped it unseen, and it never
 * reached anyone. Now their save is listed as a version (the revision it will be) and travels; one made after
 * the versions were listed refuses the resolution, as a version arriving from the server does.
 * Run by randomDay.test.ts on its server (a start-up of its own cost ~9 s).
 */
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { syncProblems } from '../../../db/sync/check';
import { conflictVersions, resolveConflict } from '../../../db/sync/conflicts';
import { articleHistory } from '../../../db/sync/history';
import { engineFor, openWorkstation, serverDoc, type Newsroom, type Person } from './newsroom';

const amal: Person = { name: 'amal', password: 'pw-amal', role: 'editor' };
const badr: Person = { name: 'badr', password: 'pw-badr', role: 'journalist' };
export const CONFLICT_EDIT_PEOPLE: Person[] = [amal, badr];

function edit(archive: Archive, id: string, changes: Parameters<typeof saveArticle>[3]) {
  saveArticle(archive, id, getArticle(archive, id).version, changes, new Date(), { kind: 'explicit' });
}

const OFFLINE_BODY = stateFromParagraphs(['فقرة كتبها بدر دون اتصال']);

/** A and B each change the standfirst apart; B syncs and is conflicted, then edits the body offline. */
async function conflictedThenEditedOffline(newsroom: Newsroom, dir: string) {
  const a = openWorkstation(dir, 'a.sqlite', amal);
  const b = openWorkstation(dir, 'b.sqlite', badr);
  const [syncA, syncB] = [engineFor(newsroom, a, amal), engineFor(newsroom, b, badr)];
  const { id } = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'خبر', body: stateFromParagraphs(['نص']) });
  await syncA.runOnce();
  await syncB.runOnce();
  edit(b, id, { standfirst: 'مقدمة بدر' });
  edit(a, id, { standfirst: 'مقدمة أمل' });
  await syncA.runOnce();
  await syncB.runOnce();
  expect(getArticle(b, id).conflicted).toBe(true);
  edit(b, id, { body: OFFLINE_BODY });
  return { a, b, syncA, syncB, id };
}

export function conflictEditOfflineCases(room: () => Newsroom, tempDir: () => string): void {
  describe('a conflicted article edited offline', () => {
    it('lists the offline edit among the versions; keeping another still sends it, in the history everywhere', async () => {
      const newsroom = room();
      const { a, b, syncA, syncB, id } = await conflictedThenEditedOffline(newsroom, tempDir());
      const versions = conflictVersions(b, id, badr.name);
      expect(versions).toHaveLength(2);
      const mine = versions.find((v) => v.author === badr.name);
      expect(mine?.fields).toMatchObject({ standfirst: 'مقدمة بدر', body: OFFLINE_BODY });
      const amals = versions.find((v) => v.author === amal.name)!;
      resolveConflict(
        b,
        id,
        amals.fields,
        badr.name,
        new Date(),
        versions.map((v) => v.revId),
      );
      await syncB.runOnce();
      await syncA.runOnce();
      for (const archive of [a, b]) {
        expect(getArticle(archive, id)).toMatchObject({ conflicted: false, standfirst: 'مقدمة أمل' });
        // Not kept as the text, but never lost: the offline edit is a revision on both and on the server.
        expect(articleHistory(archive, id).some((r) => r.id === mine?.revId)).toBe(true);
        expect(syncProblems(archive)).toEqual([]);
      }
      expect(await serverDoc(newsroom, `rev:${id}:${mine?.revId}`)).toMatchObject({ fields: { body: OFFLINE_BODY } });
      a.close();
      b.close();
    });

    it('refuses a resolution chosen before a later save, which then shows among the versions', async () => {
      const { a, b, id } = await conflictedThenEditedOffline(room(), tempDir());
      const listed = conflictVersions(b, id, badr.name);
      edit(b, id, { headline: 'عنوان بعد المقارنة' });
      const before = getArticle(b, id);
      expect(() =>
        resolveConflict(
          b,
          id,
          listed[0]!.fields,
          badr.name,
          new Date(),
          listed.map((v) => v.revId),
        ),
      ).toThrow(expect.objectContaining({ code: 'sync_conflict_moved' }));
      expect(getArticle(b, id)).toMatchObject({ conflicted: true, headline: before.headline });
      const again = conflictVersions(b, id, badr.name);
      expect(again.find((v) => v.author === badr.name)?.fields).toMatchObject({
        headline: 'عنوان بعد المقارنة',
        body: OFFLINE_BODY,
      });
      a.close();
      b.close();
    });
  });
}
