/** Files written by older schemas open in this version with their contents intact. */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, pendingMigration, schemaVersion } from '../../db/connection';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { getArticle, listArticles } from '../../db/articles';
import { useTempDir } from '../helpers/tempDir';
import { firstSchemaArchive } from '../helpers/archiveFiles';

const tempDir = useTempDir();
const ID = '6f1c1a52-2f59-4a8e-9d33-6c1f0f2a1b11';
const BODY = JSON.stringify({ root: { type: 'root', children: [] } });

/** A file exactly as the first schema wrote it: migration 1's SQL only, with one article and two pictures. */
function firstSchemaFile(): string {
  const path = join(tempDir(), 'midad.sqlite');
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.exec(MIGRATIONS[0]!.sql);
  raw.pragma('user_version = 1');
  raw
    .prepare(
      `INSERT INTO articles (id, headline, body, body_text, word_count, created_at, updated_at, version)
       VALUES (?, 'خبر قديم', ?, 'نص قديم', 2, '2024-05-01T10:00:00.000Z', '2024-05-01T11:00:00.000Z', 3)`,
    )
    .run(ID, BODY);
  const media = raw.prepare('INSERT INTO media (id, article_id, position, caption, is_lead) VALUES (?, ?, ?, ?, ?)');
  // The first schema did not stop two leads; the migration keeps the first.
  media.run('a1111111-2f59-4a8e-9d33-6c1f0f2a1b11', ID, 0, 'الأولى', 1);
  media.run('b2222222-2f59-4a8e-9d33-6c1f0f2a1b11', ID, 1, 'الثانية', 1);
  raw.close();
  return path;
}

describe('migrating a file created by the first schema', () => {
  it('brings it to the current schema with every article and picture intact', () => {
    const path = firstSchemaFile();
    const archive = openArchive(path);
    expect(schemaVersion(archive)).toBe(SCHEMA_VERSION);
    const article = getArticle(archive, ID);
    expect(article).toMatchObject({ headline: 'خبر قديم', bodyText: 'نص قديم', version: 3, trashedAt: null });
    expect(article.media.map((m) => [m.caption, m.isLead])).toEqual([
      ['الأولى', true],
      ['الثانية', false],
    ]);
    expect(listArticles(archive, 10, 0).items.map((a) => a.id)).toEqual([ID]);
    expect(archive.pragma('foreign_key_check')).toEqual([]);
    expect(archive.pragma('integrity_check', { simple: true })).toBe('ok');
    archive.close();
  });

  it('leaves a migrated file unchanged when it is opened again', () => {
    const path = firstSchemaFile();
    openArchive(path).close();
    const schema = () => {
      const raw = new Database(path, { readonly: true });
      const rows = raw.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
      raw.close();
      return rows;
    };
    const first = schema();
    openArchive(path).close();
    expect(schema()).toEqual(first);
  });
});

describe('pendingMigration', () => {
  it('names the steps an open would run, without writing, and nothing for a new, current or unreadable file', () => {
    const dir = tempDir();
    const old = join(dir, 'old.sqlite');
    firstSchemaArchive(old);
    const before = readFileSync(old);
    expect(pendingMigration(old)).toEqual({ from: 1, to: SCHEMA_VERSION });
    expect(readFileSync(old).equals(before)).toBe(true);

    openArchive(old).close();
    expect(pendingMigration(old)).toBeNull();
    expect(pendingMigration(join(dir, 'missing.sqlite'))).toBeNull();
    const garbage = join(dir, 'notes.sqlite');
    writeFileSync(garbage, 'not a database at all, just some text '.repeat(200));
    expect(pendingMigration(garbage)).toBeNull();
  });
});
