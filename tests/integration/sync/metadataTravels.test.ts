/**
 * What an agency file brought travels with the article: the people, organisations and places, subjects,
 * rights and the source's dates reach the other workstation, and survive an edit made there. A real server
 * on 127.0.0.1 and the engine `midad sync` and the app use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import type { ArticleFields } from '../../../core/article/schema';
import { describeServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, startNewsroom, type Newsroom, type Person } from './newsroom';

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
});
