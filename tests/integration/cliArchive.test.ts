/** `midad backup`, `midad check` and `midad restore` as a person runs them, on real archive files. */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIsSound } from '../../db/integrity';
import { openArchive } from '../../db/connection';
import { createBackup } from '../../db/backup';
import { useTempDir } from '../helpers/tempDir';
import { damageFile, fillArchive, firstSchemaArchive, headlines } from '../helpers/archiveFiles';
import { SCHEMA_VERSION } from '../../db/migrations';
import { midad } from '../helpers/midadCommand';

// In this process: the binary's own exit code and streams are cli.test.ts's.
const tempDir = useTempDir();

describe('midad backup', () => {
  it('writes a sound copy to a file, and refuses to overwrite one', async () => {
    const dir = tempDir();
    const db = join(dir, 'midad.sqlite');
    fillArchive(db, 3);
    const dest = join(dir, 'copy.sqlite');
    const first = await midad(['--db', db, 'backup', dest]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(dest);
    expect(fileIsSound(dest)).toBe(true);
    expect(headlines(dest)).toEqual(['خبر 0', 'خبر 1', 'خبر 2']);
    const again = await midad(['--db', db, 'backup', dest]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe('midad check', () => {
  it('passes a sound archive with one line per check', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    fillArchive(db, 2);
    const result = await midad(['--db', db, 'check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok\tintegrity$/m);
    expect(result.stdout).toMatch(/^ok\tforeign-keys$/m);
    expect(result.stdout).toMatch(/^ok\tsearch-index$/m);
  });

  it('fails when the search index drifted from the articles, and passes after --rebuild-index', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    fillArchive(db, 3);
    const archive = openArchive(db, { automaticBackups: false });
    archive.exec('DELETE FROM search_docs WHERE docid = (SELECT min(docid) FROM search_docs)');
    archive.close();
    const drifted = await midad(['--db', db, 'check']);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toMatch(/^FAIL\tsearch-index$/m);
    const rebuilt = await midad(['--db', db, 'check', '--rebuild-index']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^ok\tsearch-index$/m);
  });

  it('fails a damaged archive with one line naming where it was moved and the backup to restore', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    fillArchive(db, 200);
    const archive = openArchive(db, { automaticBackups: false });
    const backup = createBackup(archive, 'manual');
    archive.close();
    damageFile(db);
    const result = await midad(['--db', db, 'check']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/damaged.*moved aside to .*midad\.sqlite\.damaged-/);
    expect(result.stderr).toContain(backup.name);
    expect(existsSync(db)).toBe(false);
  });
});

describe('midad restore', () => {
  it('lists the backups and puts one back in place of a damaged archive', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    fillArchive(db, 200);
    const archive = openArchive(db, { automaticBackups: false });
    const backup = createBackup(archive, 'manual');
    archive.close();
    damageFile(db);
    const list = await midad(['--db', db, 'restore', '--list']);
    expect(list.stdout).toContain(`${backup.name}\tmanual`);
    const restored = await midad(['--db', db, 'restore', backup.name]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`restored ${backup.name}`);
    expect(headlines(db)).toHaveLength(200);
    expect(fileIsSound(db)).toBe(true);
  });

  it('answers an unknown backup with one line and exit 1', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    fillArchive(db, 1);
    const result = await midad(['--db', db, 'restore', 'midad.2020-01-01T00-00-00-000Z.manual.sqlite']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no backup named/);
  });

  it('explains itself under --help, as backup and check do', async () => {
    for (const command of ['backup', 'check', 'restore']) {
      const help = await midad([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: midad ${command}`));
    }
  });
});

describe('a command on an archive from an older Midad', () => {
  it('says it is updating the archive first, backs it up, and then runs the command', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    firstSchemaArchive(db);
    const first = await midad(['--db', db, 'list', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual([]);
    expect(first.stderr).toMatch(new RegExp(`^midad: updating the archive from schema 1 to ${SCHEMA_VERSION} first`));
    expect(readdirSync(join(dirname(db), 'backups')).some((name) => name.includes('.migration.'))).toBe(true);
    const second = await midad(['--db', db, 'list', '--json']);
    expect(second.stderr).toBe('');
  });
});
