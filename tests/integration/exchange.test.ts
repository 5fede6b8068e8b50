/** Import and export against real archive files: transactions, revisions, bulk export, the service and the CLI. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openArchive } from '../../db/connection';
import { getArticle, listArticles } from '../../db/articles';
import { seedOnFirstRun } from '../../db/seed';
import { listRevisions } from '../../db/revisionStore';
import { importDrafts } from '../../db/exchange/importDrafts';
import { importFile, importText } from '../../db/exchange/importFiles';
import { exportToFolder, INDEX_FILE } from '../../db/exchange/bulkExport';
import { loadExportItem } from '../../db/exchange/exportItems';
import { createArchiveService } from '../../db/service/archiveService';
import { exportNative } from '../../core/exchange/nativeExport';
import { parseImport } from '../../core/exchange/registry';
import { MidadError } from '../../core/api/errors';
import { errorText } from '../../core/i18n/errorText';
import { useTempDir } from '../helpers/tempDir';
import { MIXED_STORY, PICTURE_STORY, WIRE_STORY } from '../unit/exchange/testArticles';
import { midad } from '../helpers/midadCommand';
import { parseJsonAs, parseNative } from '../helpers/json';
import { sharedFiles } from '../helpers/shared';

const WIRE = sharedFiles('exchange.test.ts, the wire fixture case', ['fixtures', 'wire-afp-biden-kadhimi.txt']);

/** The parts of an export folder's index.json these tests read. */
const IndexSchema = z.object({ complete: z.boolean(), articles: z.array(z.object({ file: z.string() })) });
const tempDir = useTempDir();
const newArchive = () => openArchive(join(tempDir(), 'midad.sqlite'));

describe('importing into the archive', () => {
  it('round-trips native JSON: export, import into an empty archive, export again gives the same text', () => {
    const first = newArchive();
    importText(first, 'seed.json', exportNative([WIRE_STORY, MIXED_STORY, PICTURE_STORY]));
    const ids = [WIRE_STORY, MIXED_STORY, PICTURE_STORY].map((i) => i.article.id);
    const exported = exportNative(ids.map((id) => loadExportItem(first, id)));
    const second = newArchive();
    importText(second, 'exported.json', exported);
    expect(exportNative(ids.map((id) => loadExportItem(second, id)))).toBe(exported);
    first.close();
    second.close();
  });

  it('makes a new revision of an article whose id is already there, keeping the old state, never a duplicate', () => {
    const archive = newArchive();
    importText(archive, 'a.json', exportNative([WIRE_STORY]));
    const changed = parseNative(exportNative([WIRE_STORY]));
    changed.articles[0]!.headline = 'عنوان معدّل';
    const [again] = importText(archive, 'b.json', JSON.stringify(changed));
    expect(again).toMatchObject({ id: WIRE_STORY.article.id, created: false, version: 2, headline: 'عنوان معدّل' });
    expect(listArticles(archive, 10, 0).total).toBe(1);
    const { items } = listRevisions(archive, WIRE_STORY.article.id, 10, 0);
    expect(items.map((r) => [r.version, r.kind, r.label, r.headline])).toEqual([
      [2, 'explicit', 'b.json', 'عنوان معدّل'],
      [1, 'copy', '', WIRE_STORY.article.headline],
    ]);
    expect(getArticle(archive, WIRE_STORY.article.id).media).toHaveLength(1);
    archive.close();
  });

  it('adds nothing from a file when one of its articles fails in the archive', () => {
    const archive = newArchive();
    const drafts = parseImport('two.json', exportNative([WIRE_STORY, MIXED_STORY]));
    // The archive refuses the second article (urgency outside 1–9) after the first was written.
    const broken = [drafts[0]!, { ...drafts[1]!, fields: { ...drafts[1]!.fields, urgency: 99 } }];
    expect(() => importDrafts(archive, broken, 'two.json')).toThrow();
    expect(listArticles(archive, 10, 0).total).toBe(0);
    archive.close();
  });

  it.skipIf(WIRE.missing !== null)('imports the wire fixture as a draft with its caption-only figure', () => {
    const archive = newArchive();
    const fixture = WIRE.paths[0]!;
    const [imported] = importFile(archive, fixture);
    const article = getArticle(archive, imported!.id);
    expect(article).toMatchObject({
      status: 'draft',
      dateline: { city: 'واشنطن', agency: 'AFP' },
      createdAt: '2021-07-26T00:00:00.000Z',
    });
    expect(article.media).toMatchObject([{ credit: 'أ ف ب', mime: null, byteLength: 0, isLead: true }]);
    archive.close();
  });
});

describe('reading import files', () => {
  /** Windows-1256 bytes for `text`, from the code page's own table as the platform decodes it. */
  function windows1256(text: string): Uint8Array {
    const decoder = new TextDecoder('windows-1256');
    const byteOf = new Map<string, number>();
    for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
    return Uint8Array.from(Array.from(text, (ch) => byteOf.get(ch) ?? 0x3f));
  }

  it('reads wire copy saved as Windows-1256 or UTF-16, as well as UTF-8', () => {
    const archive = newArchive();
    const dir = tempDir();
    const story = 'بايدن يستقبل الكاظمي\n\nواشنطن - (أ ف ب) - استقبل الرئيس الأمريكي رئيس الوزراء العراقي.';
    writeFileSync(join(dir, 'cp1256.txt'), windows1256(story));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]));
    for (const name of ['cp1256.txt', 'utf16.txt']) {
      const [imported] = importFile(archive, join(dir, name));
      expect(getArticle(archive, imported!.id)).toMatchObject({
        headline: 'بايدن يستقبل الكاظمي',
        dateline: { city: 'واشنطن', agency: 'AFP' },
      });
    }
    archive.close();
  });

  it('names a file that cannot be read', () => {
    const archive = newArchive();
    let caught: unknown;
    try {
      importFile(archive, join(tempDir(), 'missing.txt'));
    } catch (error) {
      caught = error;
    }
    expect((caught as MidadError).message).toBe(
      'missing.txt: the whole file: expected a file that exists and can be read',
    );
    expect(errorText('ar', caught)).toBe(
      'تعذّر استيراد الملف \u2068missing.txt\u2069 (الملف كله): الملف غير موجود أو تتعذّر قراءته. لم يُضَف شيء من هذا الملف.',
    );
    archive.close();
  });
});

describe('bulk export', () => {
  it('writes one file per article and an index, reports progress, and leaves no temporary file', async () => {
    const archive = newArchive();
    seedOnFirstRun(archive);
    importText(archive, 'x.json', exportNative([MIXED_STORY, PICTURE_STORY]));
    const out = join(tempDir(), 'out');
    const progress: number[] = [];
    const result = await exportToFolder(archive, { filter: {} }, 'html', out, {
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ total: 3, cancelled: false });
    expect(progress).toEqual([1, 2, 3]);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toHaveLength(4);
    const text = readFileSync(join(out, INDEX_FILE), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'html', complete: true });
    const index = parseJsonAs(IndexSchema, text);
    expect(index.articles.map((a) => a.file).sort()).toEqual(files.filter((f) => f !== INDEX_FILE));
    archive.close();
  });

  it('stops between two articles when cancelled, and says so in the index', async () => {
    const archive = newArchive();
    importText(archive, 'x.json', exportNative([WIRE_STORY, MIXED_STORY, PICTURE_STORY]));
    const out = join(tempDir(), 'out');
    const controller = new AbortController();
    const result = await exportToFolder(archive, { filter: {} }, 'json', out, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result).toMatchObject({ total: 3, cancelled: true });
    expect(result.written).toHaveLength(1);
    expect(parseJsonAs(IndexSchema, readFileSync(join(out, INDEX_FILE), 'utf8')).complete).toBe(false);
    expect(readdirSync(out)).toHaveLength(2);
    archive.close();
  });
});

describe('the exchange API methods', () => {
  it('exports one article for a preview and imports content, refusing a bad file with import_failed', async () => {
    const archive = newArchive();
    const service = createArchiveService(archive);
    const { articles } = await service['exchange.import']({
      fileName: 'story.json',
      content: exportNative([PICTURE_STORY]),
    });
    expect(articles).toEqual([
      { id: PICTURE_STORY.article.id, headline: 'صورة اليوم', version: 1, created: true, notes: [] },
    ]);
    const preview = await service['exchange.export']({
      id: PICTURE_STORY.article.id,
      format: 'html',
      bodyOnly: false,
      withComments: false,
      withHistory: false,
    });
    expect(preview).toMatchObject({ format: 'html', mime: 'text/html', fileName: `${PICTURE_STORY.article.id}.html` });
    expect(preview.content).toContain('data:image/png;base64,');
    let caught: unknown;
    try {
      await service['exchange.import']({ fileName: 'bad.json', content: '{"format":"midad"' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MidadError);
    expect((caught as MidadError).params).toEqual({
      file: 'bad.json',
      at: 'line_column',
      line: 1,
      column: 18,
      problem: 'json_truncated',
    });
    expect(errorText('ar', caught)).toBe(
      'تعذّر استيراد الملف \u2068bad.json\u2069 (السطر 1، العمود 18): ينتهي الملف قبل أن يكتمل نص \u2066JSON\u2069 فيه، ولعله نُسخ ناقصاً. لم يُضَف شيء من هذا الملف.',
    );
    archive.close();
  });
});

describe('midad import and export', () => {
  it('imports files printing ID<TAB>HEADLINE, names a failed file on one line, and exports to a file or a folder', async () => {
    const dir = tempDir();
    const db = join(dir, 'midad.sqlite');
    writeFileSync(join(dir, 'two.json'), exportNative([WIRE_STORY, MIXED_STORY]));
    writeFileSync(join(dir, 'bad.json'), '{"format": "midad", "formatVersion": 1, "articles": [{}]}');
    const imported = await midad(['--db', db, 'import', join(dir, 'two.json'), join(dir, 'bad.json')]);
    expect(imported.code).toBe(1);
    expect(imported.stdout.trim().split('\n')).toEqual([
      `${WIRE_STORY.article.id}\t${WIRE_STORY.article.headline}`,
      `${MIXED_STORY.article.id}\t${MIXED_STORY.article.headline}`,
    ]);
    expect(imported.stderr.trim().split('\n')).toHaveLength(1);
    expect(imported.stderr.trim()).toBe(
      'midad import: bad.json: articles[0].slug: a required value is missing (expected text)',
    );

    const one = join(dir, 'one.ninjs.json');
    expect((await midad(['--db', db, 'export', WIRE_STORY.article.id, '--format', 'ninjs', '--out', one])).code).toBe(
      0,
    );
    expect(parseJsonAs(z.object({ uri: z.string() }), readFileSync(one, 'utf8')).uri).toBe(
      `urn:midad:article:${WIRE_STORY.article.id}`,
    );
    const folder = join(dir, 'all');
    const all = await midad(['--db', db, 'export', '--all', '--format', 'html', '--out', folder]);
    expect(all.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(
      [`${WIRE_STORY.article.id}.html`, `${MIXED_STORY.article.id}.html`, INDEX_FILE].sort(),
    );
    const usage = await midad(['--db', db, 'export', '--all', '--format', 'pdf', '--out', folder]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format takes one of html, json, ninjs/);
    expect((await midad(['export', '--help'])).stdout).toMatch(/--format html\|json\|ninjs/);
  }, 180_000);
});
