/**
 * The search index stays in step with every write, by any code path (the triggers run inside the writing
 * statement's transaction), and `verifySearchIndex` notices when something outside Midad breaks that.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { MIGRATIONS } from '../../db/migrations';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { restoreFromTrash, trashArticle } from '../../db/trash';
import { registerSearchFunctions } from '../../db/search/document';
import { searchArticles } from '../../db/search/search';
import { rebuildSearchIndex, verifySearchIndex } from '../../db/search/verify';
import { SearchRequestSchema } from '../../core/search/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { createArchiveService } from '../../db/service/archiveService';
import { contract } from '../../core/api/contract';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

function freshArchive(): { archive: Archive; path: string } {
  const path = join(tempDir(), 'midad.sqlite');
  return { archive: openArchive(path), path };
}

const found = (archive: Archive, query: string) =>
  searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100 })).items.map((i) => i.id);

function expectInStep(archive: Archive) {
  const report = verifySearchIndex(archive);
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.indexed).toBe(report.articles);
}

describe('every write path keeps the index in step', () => {
  it('article insert, save and delete', () => {
    const { archive } = freshArchive();
    const a = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'زيارة رسمية',
      body: stateFromParagraphs(['نص الخبر']),
    });
    expect(found(archive, 'زيارة')).toEqual([a.id]);
    expectInStep(archive);

    saveArticle(archive, a.id, a.version, { headline: 'قمة طارئة', body: stateFromParagraphs(['تفاصيل جديدة']) });
    expect(found(archive, 'زيارة')).toEqual([]);
    expect(found(archive, 'طارئة')).toEqual([a.id]);
    expect(found(archive, 'تفاصيل')).toEqual([a.id]);
    expectInStep(archive);

    archive.prepare('DELETE FROM articles WHERE id = ?').run(a.id);
    expect(found(archive, 'طارئة')).toEqual([]);
    expect(archive.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
    expectInStep(archive);
    archive.close();
  });

  it('a write that does not go through db/articles.ts (any later code path) is indexed too', () => {
    const { archive } = freshArchive();
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'قديم' });
    archive
      .prepare(
        `UPDATE articles SET headline = 'حديث', body_text = 'نص مستعاد', tags = '["أرشيف"]', byline = 'سارة منصور' WHERE id = ?`,
      )
      .run(a.id);
    for (const word of ['حديث', 'مستعاد', 'أرشيف', 'منصور']) expect(found(archive, word), word).toEqual([a.id]);
    expect(found(archive, 'قديم')).toEqual([]);
    archive.prepare(`UPDATE articles SET status = 'published' WHERE id = ?`).run(a.id);
    const published = searchArticles(
      archive,
      SearchRequestSchema.parse({ query: 'حديث', filters: { status: ['published'] } }),
    );
    expect(published.total).toBe(1);
    expectInStep(archive);
    archive.close();
  });

  it('media insert, caption and credit update, move and delete', () => {
    const { archive } = freshArchive();
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'أ' });
    const b = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'ب' });
    archive
      .prepare(
        `INSERT INTO media (id, article_id, position, caption, credit) VALUES ('m1', ?, 0, 'الجسر القديم', 'رويترز')`,
      )
      .run(a.id);
    expect(found(archive, 'الجسر')).toEqual([a.id]);
    expect(found(archive, 'رويترز')).toEqual([a.id]);
    expectInStep(archive);

    archive.prepare(`UPDATE media SET caption = 'الميناء الجديد', credit = 'أ ف ب' WHERE id = 'm1'`).run();
    expect(found(archive, 'الجسر')).toEqual([]);
    expect(found(archive, 'رويترز')).toEqual([]);
    expect(found(archive, 'الميناء')).toEqual([a.id]);
    expectInStep(archive);

    archive.prepare(`UPDATE media SET article_id = ? WHERE id = 'm1'`).run(b.id);
    expect(found(archive, 'الميناء')).toEqual([b.id]);
    expectInStep(archive);

    archive.prepare(`DELETE FROM media WHERE id = 'm1'`).run();
    expect(found(archive, 'الميناء')).toEqual([]);
    expectInStep(archive);

    archive
      .prepare(`INSERT INTO media (id, article_id, position, caption) VALUES ('m2', ?, 0, 'صورة الوزير')`)
      .run(b.id);
    archive.prepare('DELETE FROM articles WHERE id = ?').run(b.id); // the media row goes with it (cascade)
    expect(found(archive, 'الوزير')).toEqual([]);
    expectInStep(archive);
    archive.close();
  });

  it('a write that fails leaves neither the article nor its index entry behind', () => {
    const { archive } = freshArchive();
    expect(() =>
      archive.transaction(() => {
        createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'لن يبقى' });
        throw new Error('the import failed half-way');
      })(),
    ).toThrowError(/half-way/);
    expect(found(archive, 'يبقى')).toEqual([]);
    expectInStep(archive);
    archive.close();
  });

  it('a connection without Midad’s search function cannot write an article, so it cannot leave the index behind', () => {
    const { archive, path } = freshArchive();
    archive.close();
    const raw = new Database(path);
    expect(() =>
      raw.prepare(`INSERT INTO articles (id, body, created_at, updated_at) VALUES ('x', '{}', 'now', 'now')`).run(),
    ).toThrowError(/midad_search_document/);
    raw.close();
  });
});

describe('the trash and the index', () => {
  const ftsRows = (archive: Archive, table: string, id: string) =>
    archive
      .prepare(`SELECT count(*) FROM ${table} WHERE rowid = (SELECT docid FROM search_docs WHERE article_id = ?)`)
      .pluck()
      .get(id);

  it('a trashed article keeps its index row but no text; restoring indexes it again under the same docid', () => {
    const { archive } = freshArchive();
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'زيارة رسمية' });
    const docid = archive.prepare('SELECT docid FROM search_docs WHERE article_id = ?').pluck().get(a.id);
    trashArticle(archive, a.id);
    expect([ftsRows(archive, 'search_exact', a.id), ftsRows(archive, 'search_stem', a.id)]).toEqual([0, 0]);
    expect(found(archive, 'زيارة')).toEqual([]);
    expectInStep(archive);
    restoreFromTrash(archive, a.id);
    expect([ftsRows(archive, 'search_exact', a.id), ftsRows(archive, 'search_stem', a.id)]).toEqual([1, 1]);
    expect(archive.prepare('SELECT docid FROM search_docs WHERE article_id = ?').pluck().get(a.id)).toBe(docid);
    expect(found(archive, 'زيارة')).toEqual([a.id]);
    expectInStep(archive);
    archive.close();
  });

  it('reports a trashed article’s text left in the index, and a live one’s missing, as unpaired', () => {
    const { archive } = freshArchive();
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'الأول' });
    const b = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'الثاني' });
    archive.exec('DROP TRIGGER search_article_update');
    archive.prepare(`UPDATE articles SET trashed_at = '2024-01-01T00:00:00.000Z' WHERE id = ?`).run(a.id);
    archive
      .prepare('DELETE FROM search_stem WHERE rowid = (SELECT docid FROM search_docs WHERE article_id = ?)')
      .run(b.id);
    const unpaired = verifySearchIndex(archive).problems.find((p) => p.kind === 'unpaired');
    expect(unpaired?.count).toBe(3);
    expect(unpaired?.sample.map((line) => line.replace(/\d+$/, 'N')).sort()).toEqual([
      'search_exact rowid N',
      'search_stem lacks docid N',
      'search_stem rowid N',
    ]);
    rebuildSearchIndex(archive);
    expect(verifySearchIndex(archive).ok).toBe(true);
    expect(found(archive, 'الأول')).toEqual([]);
    expect(found(archive, 'الثاني')).toEqual([b.id]);
    archive.close();
  });
});

describe('verifySearchIndex and rebuildSearchIndex', () => {
  function archiveWithTwo() {
    const { archive, path } = freshArchive();
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'الأول' });
    const b = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'الثاني' });
    return { archive, path, a, b };
  }

  it('reports text changed behind the index’s back as stale, and a rebuild repairs it', () => {
    const { archive, a } = archiveWithTwo();
    archive.exec('DROP TRIGGER search_article_update');
    archive.prepare(`UPDATE articles SET headline = 'معدل' WHERE id = ?`).run(a.id);
    const report = verifySearchIndex(archive);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ kind: 'stale', count: 1, sample: [a.id] }]);
    expect(found(archive, 'معدل')).toEqual([]);

    expect(rebuildSearchIndex(archive)).toBe(2);
    expect(found(archive, 'معدل')).toEqual([a.id]);
    expect(verifySearchIndex(archive).ok).toBe(true);
    archive.close();
  });

  it('reports missing, orphaned and unpaired entries', () => {
    const { archive, a } = archiveWithTwo();
    archive.prepare('DELETE FROM search_docs WHERE article_id = ?').run(a.id);
    archive
      .prepare(
        `INSERT INTO search_docs (docid, article_id, status, section, updated_at, fingerprint) VALUES (999, 'gone', 'draft', '', '', '')`,
      )
      .run();
    const kinds = Object.fromEntries(verifySearchIndex(archive).problems.map((p) => [p.kind, p]));
    expect(kinds.missing).toEqual({ kind: 'missing', count: 1, sample: [a.id] });
    expect(kinds.orphaned).toEqual({ kind: 'orphaned', count: 1, sample: ['gone'] });
    expect(kinds.unpaired?.count).toBe(2);
    rebuildSearchIndex(archive);
    expect(verifySearchIndex(archive)).toMatchObject({ ok: true, articles: 2, indexed: 2, problems: [] });
    archive.close();
  });
});

describe('the search index on an existing archive', () => {
  it('is built by the migration from the articles a file already holds', () => {
    const path = join(tempDir(), 'old.sqlite');
    const raw = new Database(path);
    for (const step of MIGRATIONS.filter((m) => m.version < 3)) raw.exec(step.sql);
    raw.pragma(`user_version = ${Math.max(...MIGRATIONS.filter((m) => m.version < 3).map((m) => m.version))}`);
    raw
      .prepare(
        `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at) VALUES (?, ?, '{}', ?, ?, ?)`,
      )
      .run(
        '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11',
        'خبر قديم',
        'نص من الأرشيف القديم',
        '2020-01-01T00:00:00.000Z',
        '2020-01-01T00:00:00.000Z',
      );
    raw.close();

    const archive = openArchive(path);
    expect(found(archive, 'الارشيف')).toEqual(['0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11']);
    expect(verifySearchIndex(archive).ok).toBe(true);
    archive.close();
  });
});

describe('migration 8 on an archive in use', () => {
  it('moves the index from search_fts into search_exact and search_stem, leaving the trash out', () => {
    const path = join(tempDir(), 'v7.sqlite');
    const raw = new Database(path);
    // Migration 3's triggers call the search function, as they would in the Midad that wrote the file.
    registerSearchFunctions(raw);
    const before = MIGRATIONS.filter((m) => m.version < 8);
    for (const step of before) raw.exec(step.sql);
    raw.pragma(`user_version = ${Math.max(...before.map((m) => m.version))}`);
    const insert = raw.prepare(
      `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at, trashed_at) VALUES (?, ?, '{}', ?, ?, ?, ?)`,
    );
    const when = '2020-01-01T00:00:00.000Z';
    insert.run('0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11', 'خبر قديم', 'نص من الأرشيف القديم', when, when, null);
    insert.run('1c8d7b63-3f6a-4b9f-8e44-7d2f1f3b2c22', 'خبر محذوف', 'نص في سلة المحذوفات من الأرشيف', when, when, when);
    raw.close();

    const archive = openArchive(path);
    const tables = archive
      .prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'search_%' AND type = 'table' AND sql LIKE '%fts5%'`)
      .pluck()
      .all();
    expect(tables.sort()).toEqual(['search_exact', 'search_stem']);
    expect(found(archive, 'الارشيف')).toEqual(['0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11']);
    expect(found(archive, 'أرشيف')).toEqual(['0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11']);
    expect(verifySearchIndex(archive)).toMatchObject({ ok: true, articles: 2, indexed: 2 });
    archive.close();
  });
});

describe('search.query through the service', () => {
  it('validates the request with the contract and answers with the contract’s shape', async () => {
    const { archive } = freshArchive();
    createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'بايدن يستقبل الكاظمي',
      body: stateFromParagraphs(['استقبل الرئيس ضيفه.']),
    });
    const service = createArchiveService(archive);
    const request = contract['search.query'].request.parse({ query: 'الكاظمي' });
    const result = contract['search.query'].response.parse(await service['search.query'](request));
    expect(result.total).toBe(1);
    expect(result.items[0]).toMatchObject({ headline: 'بايدن يستقبل الكاظمي', match: 'exact', status: 'draft' });
    expect(contract['search.query'].request.safeParse({ query: '' }).success).toBe(false);
    expect(contract['search.query'].request.safeParse({ query: 'x', limit: 1000 }).success).toBe(false);
    archive.close();
  });
});
