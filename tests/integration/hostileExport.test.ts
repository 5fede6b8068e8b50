/**
 * An archive whose ids are not Midad's: `../` in an article or picture id must never place an exported file
 * outside the chosen folder, Midad JSON refuses them in words, and `midad check` says which ids are not UUIDs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { importText } from '../../db/exchange/importFiles';
import { exportNative } from '../../core/exchange/nativeExport';
import { PICTURE_STORY } from '../unit/exchange/testArticles';
import { midad } from '../helpers/midadCommand';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

/** An archive holding one article with a picture, its ids rewritten as a hostile tool could. */
function hostileArchive(db: string, articleId: string, pictureId: string): void {
  const archive = openArchive(db);
  importText(archive, 'story.json', exportNative([PICTURE_STORY]));
  const oldId = PICTURE_STORY.article.id;
  archive.pragma('foreign_keys = OFF');
  archive.transaction(() => {
    for (const table of ['articles']) archive.prepare(`UPDATE ${table} SET id = ? WHERE id = ?`).run(articleId, oldId);
    for (const table of ['media', 'revisions'])
      archive.prepare(`UPDATE ${table} SET article_id = ? WHERE article_id = ?`).run(articleId, oldId);
    const oldPicture = PICTURE_STORY.article.media[0]!.id;
    archive.prepare('UPDATE media SET id = ?').run(pictureId);
    // The body's figure names its picture by id too (pictures stand where the body places them).
    archive.prepare('UPDATE articles SET body = replace(body, ?, ?)').run(oldPicture, pictureId);
  })();
  archive.close();
}

describe('exporting an archive with hostile ids', () => {
  it('writes every file inside the chosen folder, and midad check names the ids', async () => {
    const root = tempDir();
    const db = join(root, 'archive', 'midad.sqlite');
    const out = join(root, 'a', 'b', 'out');
    hostileArchive(db, '../../../escaped-article', '../../../../escaped-picture');
    for (const format of ['html', 'ninjs']) {
      const result = await midad([
        '--db',
        db,
        'export',
        '--all',
        '--format',
        format,
        '--pictures',
        'files',
        '--out',
        out,
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    // Nothing outside the folder: the archive's own files and the export's, nothing else anywhere under root.
    const outside = filesUnder(root).filter((f) => !f.startsWith(join('a', 'b', 'out')) && !f.startsWith('archive'));
    expect(outside).toEqual([]);
    const written = filesUnder(out);
    expect(written.some((f) => f.endsWith('.png'))).toBe(true);
    expect(written.every((f) => !f.includes('..') && /^[\w.-]+(\/[\w.-]+)?$/.test(f))).toBe(true);

    // Midad JSON is read back by id, so it carries only Midad's: refused in a sentence, nothing written.
    const json = join(root, 'json-out');
    const refused = await midad(['--db', db, 'export', '--all', '--format', 'json', '--out', json]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the article "../../../escaped-article" has an id Midad did not make');
    expect(refused.stderr).not.toContain('unexpected error');
    expect(existsSync(json)).toBe(false);

    const check = await midad(['--db', db, 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('FAIL\tids');
    expect(check.stdout).toContain('article id "../../../escaped-article" is not a UUID');
    expect(check.stdout).toContain('picture id "../../../../escaped-picture" is not a UUID');
  }, 120_000);
});
