/**
 * Subjects and genres are searchable: their names are indexed with the tags, folded
 * and stemmed like every other word, kept in step when the metadata or a caption changes, and an archive from
 * before migration 21 has its classified articles indexed again on opening.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import { MIGRATIONS } from '../../db/migrations';
import { registerSearchFunctions } from '../../db/search/document';
import { searchArticles } from '../../db/search/search';
import { verifySearchIndex } from '../../db/search/verify';
import { SearchRequestSchema } from '../../core/search/schema';
import type { ArticleFields, Classification } from '../../core/article/schema';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

const ECONOMY: Classification = {
  kind: 'subject',
  scheme: 'http://cv.iptc.org/newscodes/mediatopic/',
  code: '04000000',
  name: 'Economy, Business and Finance',
};
const ARABIC_SUBJECT: Classification = { kind: 'subject', scheme: '', code: '', name: 'الانتخابات البرلمانيّة' };
const GENRE: Classification = {
  kind: 'genre',
  scheme: 'http://cv.iptc.org/newscodes/genre/',
  code: 'Analysis',
  name: '',
};

function search(archive: Archive, query: string) {
  return searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100 }));
}
const found = (archive: Archive, query: string) => search(archive, query).items.map((i) => i.headline);

function add(archive: Archive, fields: Partial<ArticleFields>) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, ...fields }, new Date('2024-05-01T10:00:00.000Z'));
}

describe('search over subjects and genres', () => {
  it('finds an article by a subject’s or genre’s name, folded and stemmed, and shows where it matched', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    add(archive, { headline: 'تقرير الربع الأول', classification: [ECONOMY, ARABIC_SUBJECT, GENRE] });
    add(archive, { headline: 'خبر لا تصنيف له', tags: ['رياضة'] });
    // English in any case; Arabic without its shadda, without the article, and by stem (انتخابي → انتخاب).
    for (const query of ['economy', 'FINANCE', 'الانتخابات البرلمانية', 'انتخابات', 'البرلماني', 'analysis'])
      expect(found(archive, query), query).toEqual(['تقرير الربع الأول']);
    const hit = search(archive, 'economy').items[0];
    expect(hit?.snippet.field).toBe('tags');
    expect(hit?.snippet.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Economy']);
    // A scheme is not a word of the article.
    expect(found(archive, 'mediatopic')).toEqual([]);
    expect(verifySearchIndex(archive).ok).toBe(true);
    archive.close();
  });

  it('follows the metadata: a subject removed is no longer found, one added is, rights alone change nothing', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    let article = add(archive, { headline: 'موازنة', classification: [ECONOMY] });
    article = saveArticle(archive, article.id, article.version, {
      rights: { copyrightNotice: '© وكالة', usageTerms: 'للنشر', copyrightHolder: '' },
    });
    expect(found(archive, 'economy')).toEqual(['موازنة']);
    article = saveArticle(archive, article.id, article.version, { classification: [ARABIC_SUBJECT] });
    expect(found(archive, 'economy')).toEqual([]);
    expect(found(archive, 'البرلمانية')).toEqual(['موازنة']);
    // A caption written straight to the table (no save touching the article) re-indexes through the media
    // triggers, which must keep the subjects too.
    const { item } = addMedia(archive, { articleId: article.id, caption: 'صورة' });
    archive.prepare('UPDATE media SET caption = ? WHERE id = ?').run('صورة الجلسة', item?.id);
    expect(found(archive, 'الجلسة')).toEqual(['موازنة']);
    expect(found(archive, 'البرلمانية')).toEqual(['موازنة']);
    expect(verifySearchIndex(archive).ok).toBe(true);
    archive.close();
  });

  it('migration 21 indexes again the classified articles of an older archive, and only those', () => {
    const path = join(tempDir(), 'v17.sqlite');
    const raw = new Database(path);
    registerSearchFunctions(raw);
    for (const step of MIGRATIONS.filter((m) => m.version <= 17)) raw.exec(step.sql);
    raw.pragma('user_version = 17');
    const insert = raw.prepare(
      `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at, metadata) VALUES (?, ?, '{}', '', ?, ?, ?)`,
    );
    const when = '2020-01-01T00:00:00.000Z';
    const classified = '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11';
    const plain = '1c8d7b63-3f6a-4b9f-8e44-7d2f1f3b2c22';
    insert.run(classified, 'مصنّف', when, when, JSON.stringify({ classification: [ECONOMY] }));
    insert.run(plain, 'غير مصنّف', when, when, '{}');
    const fingerprints = () =>
      new Map(
        (
          raw.prepare('SELECT article_id, fingerprint FROM search_docs').all() as Array<{
            article_id: string;
            fingerprint: string;
          }>
        ).map((r) => [r.article_id, r.fingerprint]),
      );
    const before = fingerprints();
    // Migration 17's triggers did not pass the metadata: the subject is not in the index yet.
    expect(raw.prepare(`SELECT count(*) FROM search_stem WHERE search_stem MATCH '"economy"'`).pluck().get()).toBe(0);
    raw.close();

    const archive = openArchive(path);
    expect(archive.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(21);
    expect(found(archive, 'economy')).toEqual(['مصنّف']);
    const after = new Map(
      (
        archive.prepare('SELECT article_id, fingerprint FROM search_docs').all() as Array<{
          article_id: string;
          fingerprint: string;
        }>
      ).map((r) => [r.article_id, r.fingerprint]),
    );
    expect(after.get(plain)).toBe(before.get(plain));
    expect(after.get(classified)).not.toBe(before.get(classified));
    expect(verifySearchIndex(archive)).toMatchObject({ ok: true, articles: 2, indexed: 2, problems: [] });
    archive.close();
  });
});
