/**
 * Midad JSON with comments and history, against real archive files: the round trip is exact, an import
 * merges by id (never doubling, never dropping), and an article already in the archive gets a new revision.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { getArticle, saveArticle, pickFields } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { createThread, replyToThread, setThreadResolved, threadsOfArticle } from '../../db/review/comments';
import { listRevisions, versionIsKept } from '../../db/revisionStore';
import { importText } from '../../db/exchange/importFiles';
import { loadExportItem, type ExportExtras } from '../../db/exchange/exportItems';
import { exportNative } from '../../core/exchange/nativeExport';
import { EXPORTERS } from '../../core/exchange/registry';
import type { MidadError } from '../../core/api/errors';
import { errorText } from '../../core/i18n/errorText';
import { useTempDir } from '../helpers/tempDir';
import { parseJson, parseNative } from '../helpers/json';
import { MIXED_STORY, PICTURE_STORY, WIRE_STORY } from '../unit/exchange/testArticles';

const tempDir = useTempDir();
let files = 0;
const newArchive = () => openArchive(join(tempDir(), `midad-${files++}.sqlite`));
const EDITOR = { name: 'سلمى', role: 'editor' } as const;
const REPORTER = { name: 'Karim', role: 'journalist' } as const;
const ids = [WIRE_STORY, MIXED_STORY, PICTURE_STORY].map((i) => i.article.id);
const WIRE = WIRE_STORY.article.id;
const ALL = { comments: true, history: true };

/** An archive whose wire story has two threads (one with a reply, one resolved) and three revisions. */
function reviewedArchive(): Archive {
  const archive = newArchive();
  importText(archive, 'seed.json', exportNative([WIRE_STORY, MIXED_STORY, PICTURE_STORY]));
  updateSettings(archive, { profile: EDITOR });
  const first = saveArticle(
    archive,
    WIRE,
    1,
    { ...pickFields(getArticle(archive, WIRE)), headline: 'بايدن والكاظمي' },
    new Date('2024-05-01T10:00:00Z'),
    {
      kind: 'explicit',
      label: 'أول تعديل',
      author: EDITOR.name,
    },
  );
  saveArticle(
    archive,
    WIRE,
    first.version,
    { ...pickFields(first), standfirst: 'موجز جديد' },
    new Date('2024-05-01T11:00:00Z'),
    { kind: 'explicit' },
  );
  const headlineThread = createThread(
    archive,
    { articleId: WIRE, anchor: { field: 'headline', markId: 'h1', quote: 'بايدن' }, text: 'تهجئة الاسم؟' },
    new Date('2024-05-02T09:00:00Z'),
  );
  updateSettings(archive, { profile: REPORTER });
  replyToThread(archive, headlineThread.id, 'Fixed the spelling.', new Date('2024-05-02T09:30:00Z'));
  const bodyThread = createThread(
    archive,
    { articleId: WIRE, anchor: { field: 'standfirst', markId: 's1', quote: 'موجز' }, text: 'أقصر؟' },
    new Date('2024-05-02T08:00:00Z'),
  );
  setThreadResolved(archive, bodyThread.id, true, new Date('2024-05-02T10:00:00Z'));
  return archive;
}

function exportWith(archive: Archive, extras: ExportExtras = ALL): string {
  return exportNative(ids.map((id) => loadExportItem(archive, id, extras)));
}

describe('Midad JSON with comments and history', () => {
  it('round-trips exactly: export, import into an empty archive, export again gives the same text', () => {
    const first = reviewedArchive();
    const exported = exportWith(first);
    const wire = parseNative(exported).articles[0]!;
    expect(wire.comments!.map((t) => [t.comments.length, t.resolved])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(wire.comments![1]!.anchor).toEqual({ field: 'headline', markId: 'h1', quote: 'بايدن' });
    expect(wire.revisions!.map((r) => [r.version, r.kind, r.label])).toEqual([
      [2, 'explicit', 'أول تعديل'],
      [3, 'explicit', ''],
    ]);
    const second = newArchive();
    importText(second, 'exported.json', exported);
    expect(exportWith(second)).toBe(exported);
    first.close();
    second.close();
  });

  it('leaves comments and history out unless asked, and keeps them out of HTML and ninjs', () => {
    const archive = reviewedArchive();
    const plain = parseJson(exportWith(archive, {}));
    expect(plain).not.toHaveProperty(['articles', 0, 'comments']);
    expect(plain).not.toHaveProperty(['articles', 0, 'revisions']);
    expect(plain).toHaveProperty(['articles', 0, 'headline']);
    const item = loadExportItem(archive, WIRE, ALL);
    for (const format of ['html', 'ninjs'] as const) {
      const { content } = EXPORTERS[format].export(item);
      expect(content).not.toContain('Fixed the spelling.');
      expect(content).not.toContain('أقصر؟');
    }
    archive.close();
  });

  it('merges by id on a second import: nothing doubled, a local reply kept, the later resolve decision stands', () => {
    const archive = reviewedArchive();
    const exported = exportWith(archive);
    const [thread] = threadsOfArticle(archive, WIRE).filter((t) => t.anchor.field === 'headline');
    replyToThread(archive, thread!.id, 'رد محلي', new Date('2024-05-03T09:00:00Z'));
    const incoming = parseNative(exported);
    // The other side resolved the headline thread after the local reply.
    const headline = incoming.articles[0]!.comments![1]!;
    Object.assign(headline, { resolved: true, statusBy: EDITOR, statusAt: '2024-05-04T09:00:00.000Z' });
    importText(archive, 'back.json', JSON.stringify(incoming));
    importText(archive, 'back-again.json', JSON.stringify(incoming));
    const threads = threadsOfArticle(archive, WIRE);
    expect(threads).toHaveLength(2);
    const merged = threads.find((t) => t.id === thread!.id)!;
    expect(merged.comments.map((c) => c.text)).toEqual(['تهجئة الاسم؟', 'Fixed the spelling.', 'رد محلي']);
    expect(merged.resolved).toBe(true);
    // The file's two revisions were there already: each import adds only its own.
    expect(listRevisions(archive, WIRE, 50, 0).items.map((r) => [r.version, r.label])).toEqual([
      [5, 'back-again.json'],
      [4, 'back.json'],
      [3, ''],
      [2, 'أول تعديل'],
    ]);
    archive.close();
  });

  it('refuses a thread whose id another article holds, naming where it is in the file, and adds nothing', () => {
    const archive = reviewedArchive();
    const exported = parseNative(exportWith(archive));
    // The wire story's threads, as if they belonged to the second article of the file.
    exported.articles[1]!.comments = exported.articles[0]!.comments;
    delete exported.articles[0]!.comments;
    const before = getArticle(archive, MIXED_STORY.article.id).version;
    let caught: unknown;
    try {
      importText(archive, 'moved.json', JSON.stringify(exported));
    } catch (error) {
      caught = error;
    }
    expect((caught as MidadError).params).toEqual({
      file: 'moved.json',
      at: 'path',
      path: 'articles[1].comments[0].id',
      problem: 'thread_id_taken',
    });
    expect(errorText('ar', caught)).toBe(
      'تعذّر استيراد الملف \u2068moved.json\u2069 (الموضع \u2066articles[1].comments[0].id\u2069): معرّف سلسلة التعليقات هذه مستخدم في مقال آخر من الأرشيف. لم يُضَف شيء من هذا الملف.',
    );
    expect(getArticle(archive, MIXED_STORY.article.id).version).toBe(before);
    archive.close();
  });

  it('makes a new revision of an article already there and adds only the revisions it lacks, past every version it names', () => {
    const archive = reviewedArchive();
    const before = getArticle(archive, WIRE);
    const exported = parseNative(exportWith(archive));
    const [wire] = exported.articles;
    wire!.headline = 'عنوان من أرشيف آخر';
    wire!.revisions!.push({
      ...wire!.revisions![1]!,
      version: 9,
      label: 'من هناك',
      createdAt: '2024-06-01T00:00:00.000Z',
    });
    const [result] = importText(archive, 'other.json', JSON.stringify(exported));
    expect(result).toMatchObject({ id: WIRE, created: false, version: 10, headline: 'عنوان من أرشيف آخر' });
    const { items } = listRevisions(archive, WIRE, 50, 0);
    expect(items.map((r) => [r.version, r.kind, r.label])).toEqual([
      [10, 'explicit', 'other.json'],
      [9, 'explicit', 'من هناك'],
      [3, 'explicit', ''],
      [2, 'explicit', 'أول تعديل'],
    ]);
    expect(before.version).toBe(3);
    expect(versionIsKept(archive, WIRE, 10)).toBe(true);
    archive.close();
  });

  it('gives the imported article a version past its history, so a later import keeps the state it replaces', () => {
    const source = reviewedArchive();
    const target = newArchive();
    const [imported] = importText(target, 'exported.json', exportWith(source)).filter((a) => a.id === WIRE);
    expect(imported!.version).toBe(4);
    const again = parseNative(exportWith(source, {}));
    again.articles[0]!.headline = 'نسخة أحدث';
    importText(target, 'newer.json', JSON.stringify(again));
    const copies = listRevisions(target, WIRE, 50, 0).items.filter((r) => r.kind === 'copy');
    expect(copies.map((r) => [r.version, r.headline])).toEqual([[4, 'بايدن والكاظمي']]);
    source.close();
    target.close();
  });
});
