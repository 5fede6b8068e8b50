/**
 * Failures of the disk and of other programs said in words a person can act on, in both
 * languages, with the archive untouched: another program's write lock for real (a plain SQLite connection
 * holding BEGIN IMMEDIATE, as a database tool would), a read-only folder and a full disk as the errors Node
 * and SQLite raise for them (a read-only mount or a full disk cannot be made in a test).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { listArticles } from '../../db/articles';
import { dispatch } from '../../core/api/envelope';
import type { MidadService } from '../../core/api/contract';
import { errorText } from '../../core/i18n/errorText';
import { exportNative } from '../../core/exchange/nativeExport';
import { WIRE_STORY } from '../unit/exchange/testArticles';
import { midad } from '../helpers/midadCommand';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/** The errors as Node and better-sqlite3 raise them (code and English message). */
const EROFS = Object.assign(new Error("EROFS: read-only file system, open '/media/archive/midad.sqlite.lock'"), {
  code: 'EROFS',
  path: '/media/archive/midad.sqlite.lock',
});
const FULL = Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
const BUSY = Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' });

describe('the disk and other programs, in words', () => {
  it('says what happened and what to do, in Arabic and English, never "internal error"', () => {
    expect(errorText('ar', EROFS)).toContain('للقراءة فقط');
    expect(errorText('en', EROFS)).toContain('read-only');
    expect(errorText('ar', FULL)).toContain('امتلأ القرص');
    expect(errorText('en', FULL)).toContain('Free some space');
    expect(errorText('ar', BUSY)).toContain('برنامج آخر يكتب');
    expect(errorText('en', BUSY)).toContain('Close the other program');
    for (const error of [EROFS, FULL, BUSY]) {
      expect(errorText('en', error, 'error.internal')).not.toBe(errorText('en', new Error('x'), 'error.internal'));
    }
  });

  it('reaches the page typed, through the one dispatch both transports use', async () => {
    const logged: unknown[] = [];
    const service = {
      'articles.list': () => {
        throw FULL;
      },
    } as unknown as MidadService;
    const envelope = await dispatch(service, 'articles.list', {}, (e) => logged.push(e));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(logged).toEqual([]);
  });

  it('tells the command line that another program holds the write lock, and leaves the archive as it was', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    openArchive(db).close();
    const file = join(tempDir(), 'story.json');
    writeFileSync(file, exportNative([WIRE_STORY]));
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await midad(['--db', db, 'import', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Another program is writing to the archive');
      expect(result.stderr).not.toContain('unexpected error');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const archive = openArchive(db);
    expect(listArticles(archive, 10, 0).total).toBe(0); // the import did not land, and nothing else changed
    archive.close();
  }, 60_000);
});
