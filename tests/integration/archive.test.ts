import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, schemaVersion } from '../../db/connection';
import { SCHEMA_VERSION } from '../../db/migrations';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { seedOnFirstRun } from '../../db/seed';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('the archive file', () => {
  it('is created with WAL, full sync, foreign keys and the current schema', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path);
    expect(archive.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(archive.pragma('synchronous', { simple: true })).toBe(2);
    expect(archive.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(archive)).toBe(SCHEMA_VERSION);
    archive.close();
  });

  it('refuses a file written by a newer Midad and leaves it untouched', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    let caught: unknown;
    try {
      openArchive(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MidadError);
    expect((caught as MidadError).code).toBe('archive_too_new');
    expect((caught as MidadError).message).toMatch(/newer Midad/);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles'").get()).toEqual({ n: 0 });
    after.close();
  });
});

describe('articles', () => {
  it('keeps an Arabic article intact across closing and reopening the file', () => {
    const path = join(tempDir(), 'midad.sqlite');
    let archive = openArchive(path);
    const created = createArticle(archive, NEW_ARTICLE_FIELDS);
    const saved = saveArticle(archive, created.id, created.version, {
      headline: 'بايدن يستقبل الكاظمي',
      body: stateFromParagraphs(['الفقرة الأولى من الخبر.', 'وتمحور اللقاء حول وجود القوات.']),
    });
    archive.close();

    archive = openArchive(path);
    const reopened = getArticle(archive, created.id);
    expect(reopened.headline).toBe('بايدن يستقبل الكاظمي');
    expect(reopened.bodyText).toBe('الفقرة الأولى من الخبر.\nوتمحور اللقاء حول وجود القوات.');
    expect(reopened.counts.words).toBe(9);
    expect(reopened.version).toBe(saved.version);
    archive.close();
  });

  it('counts a version on every save and keeps derived text in step with the body', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const a = createArticle(archive, NEW_ARTICLE_FIELDS);
    expect(a.version).toBe(1);
    const b = saveArticle(archive, a.id, 1, { body: stateFromParagraphs(['كَتَبَ الطالبُ']) });
    expect(b.version).toBe(2);
    expect(b.bodyText).toBe('كَتَبَ الطالبُ');
    expect(b.counts).toEqual({ words: 2, characters: 10, charactersWithHarakat: 14 });
    archive.close();
  });

  it('refuses a stale save with a conflict naming both versions, and keeps the stored text', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const a = createArticle(archive, NEW_ARTICLE_FIELDS);
    saveArticle(archive, a.id, 1, { headline: 'النافذة الأولى' });
    let caught: unknown;
    try {
      saveArticle(archive, a.id, 1, { headline: 'النافذة الثانية' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MidadError);
    expect((caught as MidadError).code).toBe('conflict');
    expect((caught as MidadError).params).toMatchObject({ baseVersion: 1, currentVersion: 2 });
    expect(getArticle(archive, a.id).headline).toBe('النافذة الأولى');
    archive.close();
  });

  it('answers not_found for an id the archive does not have', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    expect(() => getArticle(archive, '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11')).toThrowError(/No article/);
    archive.close();
  });

  it('lists newest first with a total', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const first = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'أول' }, new Date('2024-01-01T00:00:00Z'));
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'ثان' }, new Date('2024-01-02T00:00:00Z'));
    saveArticle(archive, first.id, 1, { headline: 'أول معدل' }, new Date('2024-01-03T00:00:00Z'));
    const page = listArticles(archive, 10, 0);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.headline)).toEqual(['أول معدل', 'ثان']);
    archive.close();
  });
});

describe('the first run', () => {
  it('seeds the sample wire story once, with its caption waiting for a picture', () => {
    const path = join(tempDir(), 'a.sqlite');
    const archive = openArchive(path);
    expect(seedOnFirstRun(archive)).toBe(true);
    expect(seedOnFirstRun(archive)).toBe(false);
    const { items } = listArticles(archive, 10, 0);
    expect(items).toHaveLength(1);
    const sample = getArticle(archive, items[0]!.id);
    expect(sample.headline).toContain('بايدن يستقبل الكاظمي');
    expect(sample.dateline).toEqual({ city: 'واشنطن', agency: 'AFP' });
    expect(sample.media).toHaveLength(1);
    expect(sample.media[0]).toMatchObject({ credit: 'أ ف ب', byteLength: 0, mime: null, isLead: true });
    expect(sample.counts.words).toBeGreaterThan(100);
    archive.close();
  });
});
