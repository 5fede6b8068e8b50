/**
 * What an agency file brought travels with the article: the people, organisations and places, subjects,
 * rights and the source's dates reach the other workstation, and survive an edit made there. A real server
 * on 127.0.0.1 and the engine `midad sync` and the app use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { createCouchClient } from '../../../db/sync/couch';
import { articleDocId, revDocId, type ArticleDoc, type RevDoc } from '../../../core/sync/documents';
import type { ArticleFields } from '../../../core/article/schema';
import { describeServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-sync-metadata-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

/** Everything an import keeps beside the fields a person types (core/article/schema.ts, entities.ts). */
const FROM_AGENCY: Partial<ArticleFields> = {
  entities: {
    people: [{ name: 'Francesco Schettino', rel: 'about', uri: 'http://www.wikidata.org/entity/Q4421821' }],
    places: [{ name: 'Gotland', geo: { longitude: 18.2979, latitude: 57.6381 } }],
  },
  classification: [
    { kind: 'subject', scheme: 'http://cv.iptc.org/newscodes/mediatopic/', code: '04000000', name: 'economy' },
  ],
  rights: { copyrightNotice: '© AP 2024', usageTerms: 'editorial use only', copyrightHolder: 'AP' },
  source: {
    firstCreated: '2024-05-01T08:00:00.000Z',
    versionCreated: '2024-05-01T09:00:00.000Z',
    importedAt: '2024-05-02T10:00:00.000Z',
    eventStart: null,
    eventEnd: null,
  },
  dateline: { city: 'GROSSETO', agency: 'AP', country: 'Italy' },
};
const kept = (a: ArticleFields) => ({
  entities: a.entities,
  classification: a.classification,
  rights: a.rights,
  source: a.source,
  dateline: a.dateline,
});

describe('an imported article’s metadata between two workstations', () => {
  it('reaches B, and comes back to A unchanged after B edits the headline', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const b = openWorkstation(dir, 'b.sqlite', badr);
    const [syncA, syncB] = [engineFor(newsroom, a, amal), engineFor(newsroom, b, badr)];
    const article = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'Captain in court', ...FROM_AGENCY });
    expect(kept(article)).toEqual(kept({ ...NEW_ARTICLE_FIELDS, ...FROM_AGENCY }));
    await syncA.runOnce();
    await syncB.runOnce();
    expect(kept(getArticle(b, article.id))).toEqual(kept(article));

    const there = getArticle(b, article.id);
    saveArticle(b, article.id, there.version, { headline: 'Captain in court again' }, new Date(), { kind: 'explicit' });
    await syncB.runOnce();
    await syncA.runOnce();
    const back = getArticle(a, article.id);
    expect(back.headline).toBe('Captain in court again');
    expect(kept(back)).toEqual(kept(article));
    a.close();
    b.close();
  });

  it('an edit from an older Midad, which drops what it never applied, does not take it from A or C', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    const c = openWorkstation(dir, 'c.sqlite', amal);
    const article = createArticle(a, { ...NEW_ARTICLE_FIELDS, headline: 'Captain in court', ...FROM_AGENCY });
    await engineFor(newsroom, a, amal).runOnce();
    // badr's workstation runs the Midad before this field: it pulled the revision without applying its
    // metadata, so its edit is the typed fields alone, and it writes the head as that Midad's push does.
    const head = (await serverDoc(newsroom, articleDocId(article.id))) as ArticleDoc;
    const parent = (await serverDoc(newsroom, revDocId(article.id, head.heads[0]!))) as RevDoc;
    expect(parent.metadataKept).toBe(true);
    const { rights: _r, classification: _c, source: _s, entities: _e, ...typed } = parent.fields;
    const revId = randomBytes(16).toString('hex');
    const older: Omit<RevDoc, 'metadataKept'> = {
      _id: revDocId(article.id, revId),
      type: 'rev',
      author: badr.name,
      authorName: 'badr',
      articleId: article.id,
      revId,
      parents: [parent.revId],
      createdAt: new Date().toISOString(),
      label: '',
      fields: { ...typed, headline: 'Captain in court again', dateline: { city: 'GROSSETO', agency: 'AP' } },
      media: parent.media,
    };
    const now = new Date().toISOString();
    const client = createCouchClient(newsroom.db, { user: badr.name, password: badr.password });
    const written = await client.bulkDocs([
      older,
      { ...head, author: badr.name, heads: [revId], updatedAt: now, updatedBy: badr.name },
    ]);
    expect(written.map((w) => w.error ?? 'ok')).toEqual(['ok', 'ok']);

    // A, which had the article, and C, which never had it, both show the edit with everything kept.
    await engineFor(newsroom, a, amal).runOnce();
    await engineFor(newsroom, c, amal).runOnce();
    for (const archive of [a, c]) {
      const there = getArticle(archive, article.id);
      expect(there.headline).toBe('Captain in court again');
      expect(kept(there)).toEqual(kept(article));
    }
    // Nothing more to send: what A holds is the revision as completed here, not a new edit.
    expect(await engineFor(newsroom, a, amal).runOnce()).toMatchObject({ pushed: 0 });
    a.close();
    c.close();
  });
});
