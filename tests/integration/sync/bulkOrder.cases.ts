/**
 * Found by the random newsroom day (randomDay.ts, seeds 14, 24, 46): a reporter's refused publish pushed in
 * the same `_bulk_docs` as an accepted head was taken as accepted, and the accepted one as refused.
 * pouchdb-server answers the documents its validation refuses first, not in the order sent, and the answers
 * were read by position: the refused head got the other article's `_rev`, the desk showed no refusal and
 * believed the server held a publish it had refused, and the accepted edit waited as "refused" for nothing.
 * Answers are now matched to documents by id (couch.ts, inDocOrder).
 * Run by randomDay.test.ts on its server (a start-up of its own cost ~9 s).
 */
import { describe, expect, it } from 'vitest';
import { articleDocId } from '../../../core/sync/documents';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { articleRefusal } from '../../../db/sync/refusalActions';
import { refusedArticles } from '../../../db/sync/refusals';
import { getHeads } from '../../../db/sync/store';
import { engineFor, openWorkstation, serverDoc, type Newsroom, type Person } from './newsroom';

export const BULK_ORDER_PEOPLE: Person[] = [{ name: 'badr', password: 'pw-badr', role: 'journalist' }];

export function bulkOrderCases(room: () => Newsroom, tempDir: () => string): void {
  const badr = BULK_ORDER_PEOPLE[0] as Person;
  describe('answers of one _bulk_docs read per document', () => {
    it('a refused publish sent after an accepted edit is shown refused, and the edit is on the server', async () => {
      const b = openWorkstation(tempDir(), 'b.sqlite', badr);
      const newsroom = room();
      const sync = engineFor(newsroom, b, badr);
      const made = [1, 2].map((n) => createArticle(b, { ...NEW_ARTICLE_FIELDS, headline: `خبر ${n}` }).id);
      await sync.runOnce();
      // Heads go in the order of their article ids: the edit first, the refused publish after it.
      const [edited, published] = [...made].sort() as [string, string];
      saveArticle(b, edited, getArticle(b, edited).version, { headline: 'خبر منقح' }, new Date(), { kind: 'explicit' });
      saveArticle(b, published, getArticle(b, published).version, { status: 'published' }, new Date(), {
        kind: 'explicit',
      });
      const round = await sync.runOnce();
      expect(round.refused).toBeGreaterThan(0);
      expect(refusedArticles(b)).toBe(1);
      expect(articleRefusal(b, published)).toMatchObject({ refused: true, move: { from: 'draft', to: 'published' } });
      expect(articleRefusal(b, edited).refused).toBe(false);
      const [onServerEdited, onServerPublished] = await Promise.all(
        [edited, published].map((id) => serverDoc(newsroom, articleDocId(id))),
      );
      expect(onServerEdited?.heads).toEqual(getHeads(b, edited)?.heads);
      expect(getHeads(b, edited)).toMatchObject({ dirty: 0, remoteRev: onServerEdited?._rev });
      expect(onServerPublished).toMatchObject({ status: 'draft' });
      expect(getHeads(b, published)?.remoteRev).toBe(onServerPublished?._rev);
      b.close();
    });
  });
}
