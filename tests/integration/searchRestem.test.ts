/** Migration 17: an archive indexed by light stemming is re-stemmed, and then finds what light stemming could not. */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { SEARCH_DOCUMENT_FUNCTION } from '../../db/search/document';
import { searchArticles } from '../../db/search/search';
import { verifySearchIndex } from '../../db/search/verify';
import { SearchRequestSchema } from '../../core/search/schema';
import { normalizeForSearch } from '../../core/arabic/normalize';
import { lightStemText } from '../../core/arabic/stem';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/** The search function as the Midad of migration 8 computed it: light stemming, one prefix. */
function registerLightStemming(db: Database.Database) {
  db.function(SEARCH_DOCUMENT_FUNCTION, { deterministic: true, varargs: true }, (...fields: unknown[]) => {
    const [h, s, b, c, t, y] = fields as Array<string | null>;
    const tags = t ? (JSON.parse(t) as string[]).join('\n') : '';
    const normalized = [h, s, b, c, tags, y].map((f) => normalizeForSearch(f ?? ''));
    const columns = [...normalized, ...normalized.map(lightStemText)];
    return JSON.stringify([...columns, createHash('sha1').update(columns.join('\u0000')).digest('base64')]);
  });
}

const found = (archive: ReturnType<typeof openArchive>, query: string) =>
  searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100 })).items.map((i) => i.id);

describe('migration 17 on an archive indexed by light stemming', () => {
  it('re-stems every live article, keeps the trash out, and leaves the index in step', () => {
    const path = join(tempDir(), 'v8.sqlite');
    const raw = new Database(path);
    registerLightStemming(raw);
    const before = MIGRATIONS.filter((m) => m.version <= 8);
    for (const step of before) raw.exec(step.sql);
    raw.pragma('user_version = 8');
    const insert = raw.prepare(
      `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at, trashed_at) VALUES (?, ?, '{}', ?, ?, ?, ?)`,
    );
    const when = '2020-01-01T00:00:00.000Z';
    const live = '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11';
    const trashed = '1c8d7b63-3f6a-4b9f-8e44-7d2f1f3b2c22';
    insert.run(live, 'اجتماع الوزراء', 'فقالوا إن الاجتماع سيعقد غدا وللحكومة رأي آخر', when, when, null);
    insert.run(trashed, 'خبر محذوف', 'فقالوا ذلك أيضا', when, when, when);
    // What light stemming could not find: the old index has فقالوا as فقال, الوزراء as وزراء.
    const oldStems = raw.prepare(`SELECT count(*) FROM search_stem WHERE search_stem MATCH '"قال"'`).pluck().get();
    expect(oldStems).toBe(0);
    raw.close();

    const archive = openArchive(path);
    expect(archive.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(17);
    for (const query of ['قالوا', 'وزير', 'حكومة', 'الاجتماع']) expect(found(archive, query), query).toEqual([live]);
    expect(verifySearchIndex(archive)).toMatchObject({ ok: true, articles: 2, indexed: 2, problems: [] });
    archive.close();
  });
});
