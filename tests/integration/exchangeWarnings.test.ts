/** Exports of articles with pending suggestions warn, through the API and the command line; Midad JSON's extras on request. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { importText } from '../../db/exchange/importFiles';
import { createArchiveService } from '../../db/service/archiveService';
import { exportNative } from '../../core/exchange/nativeExport';
import { useTempDir } from '../helpers/tempDir';
import { SUGGESTED_STORY, WIRE_STORY } from '../unit/exchange/testArticles';
import { midad } from '../helpers/midadCommand';
import { parseJson, parseNative } from '../helpers/json';

const tempDir = useTempDir();
const SUGGESTED = SUGGESTED_STORY.article.id;
const WIRE = WIRE_STORY.article.id;
const WARNING = `warning: ${SUGGESTED} "الرئيس يستقبل الوفد": 2 pending suggestions not applied; exported as if none were accepted`;

function archiveWithSuggestions(): string {
  const db = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(db);
  importText(archive, 'two.json', exportNative([WIRE_STORY, SUGGESTED_STORY]));
  archive.close();
  return db;
}

describe('exporting an article with pending suggestions', () => {
  it('through the API: HTML and ninjs carry a warning list, Midad JSON none', async () => {
    const archive = openArchive(archiveWithSuggestions());
    const service = createArchiveService(archive);
    const request = { id: SUGGESTED, bodyOnly: false, withComments: false, withHistory: false };
    for (const format of ['html', 'ninjs'] as const) {
      const result = await service['exchange.export']({ ...request, format });
      expect(result.warnings).toEqual([
        { code: 'pending_suggestions', articleId: SUGGESTED, headline: 'الرئيس يستقبل الوفد', count: 2 },
      ]);
      expect(result.content).not.toContain('الأمريكي');
    }
    const json = await service['exchange.export']({ ...request, format: 'json' });
    expect(json.warnings).toEqual([]);
    expect(json.content).toContain('الأمريكي');
    expect((await service['exchange.export']({ ...request, id: WIRE, format: 'html' })).warnings).toEqual([]);
    archive.close();
  });

  it('on the command line: one warning line on stderr per such article, exit 0; extras only with Midad JSON', async () => {
    const db = archiveWithSuggestions();
    const dir = tempDir();
    const all = await midad(['--db', db, 'export', '--all', '--format', 'html', '--out', join(dir, 'all')]);
    expect(all.code).toBe(0);
    expect(all.stderr.trim().split('\n')).toEqual([WARNING]);
    // The folder's index says the same, for whoever opens the folder later.
    expect(parseJson(readFileSync(join(dir, 'all', 'index.json'), 'utf8'))).toHaveProperty('warnings', [
      { code: 'pending_suggestions', articleId: SUGGESTED, headline: 'الرئيس يستقبل الوفد', count: 2 },
    ]);
    const one = await midad([
      '--db',
      db,
      'export',
      SUGGESTED,
      '--format',
      'ninjs',
      '--out',
      join(dir, 'one.ninjs.json'),
    ]);
    expect([one.code, one.stderr.trim()]).toEqual([0, WARNING]);

    const full = join(dir, 'full.json');
    const json = await midad([
      '--db',
      db,
      'export',
      WIRE,
      '--format',
      'json',
      '--with-comments',
      '--with-history',
      '--out',
      full,
    ]);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const [article] = parseNative(readFileSync(full, 'utf8')).articles;
    expect(article!.comments).toEqual([]);
    expect(article!.revisions).toEqual([]);
    const refused = await midad([
      '--db',
      db,
      'export',
      WIRE,
      '--format',
      'html',
      '--with-comments',
      '--out',
      join(dir, 'x.html'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--with-comments and --with-history need --format json/);
  }, 180_000);
});
