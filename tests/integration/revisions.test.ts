import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia, updateMedia } from '../../db/media';
import { CHECKPOINT_INTERVAL_MS, checkpointDue, getRevision, listRevisions } from '../../db/revisionStore';
import { keepCopy, restoreRevision } from '../../db/revisionActions';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import type { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const START = Date.UTC(2025, 0, 1, 9, 0);
const at = (seconds: number) => new Date(START + seconds * 1000);

function fresh() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  const article = createArticle(archive, NEW_ARTICLE_FIELDS, at(0));
  return { archive, article };
}

/** Types continuously: one autosave every `every` seconds for `forSeconds`, returning the last version. */
function typeFor(
  archive: ReturnType<typeof fresh>['archive'],
  id: string,
  fromVersion: number,
  fromSecond: number,
  forSeconds: number,
  every = 3,
) {
  let version = fromVersion;
  for (let s = fromSecond; s < fromSecond + forSeconds; s += every) {
    version = saveArticle(archive, id, version, { body: stateFromParagraphs([`نص عند الثانية ${s}`]) }, at(s), {
      kind: 'autosave',
    }).version;
  }
  return version;
}

const kinds = (archive: ReturnType<typeof fresh>['archive'], id: string) =>
  listRevisions(archive, id, 100, 0)
    .items.map((r) => r.kind)
    .reverse();

describe('which saves become revisions', () => {
  it('keeps every explicit save, with its label and author', () => {
    const { archive, article } = fresh();
    const v2 = saveArticle(archive, article.id, 1, { headline: 'أول' }, at(1), {
      kind: 'explicit',
      label: 'قبل التحرير',
      author: 'سارة',
    });
    saveArticle(archive, article.id, v2.version, { headline: 'ثان' }, at(2), { kind: 'explicit' });
    const { items, total } = listRevisions(archive, article.id, 10, 0);
    expect(total).toBe(2);
    expect(items.map((r) => [r.version, r.kind, r.headline, r.label, r.author])).toEqual([
      [3, 'explicit', 'ثان', '', ''],
      [2, 'explicit', 'أول', 'قبل التحرير', 'سارة'],
    ]);
    archive.close();
  });

  it('keeps a status change even from a save that asked for no revision', () => {
    const { archive, article } = fresh();
    const v2 = saveArticle(archive, article.id, 1, { headline: 'بلا نسخة' }, at(1));
    saveArticle(archive, article.id, v2.version, { status: 'submitted' }, at(2));
    expect(listRevisions(archive, article.id, 10, 0).items.map((r) => [r.kind, r.version])).toEqual([['status', 3]]);
    archive.close();
  });

  it('coalesces ten minutes of continuous typing into one checkpoint per interval', () => {
    const { archive, article } = fresh();
    typeFor(archive, article.id, 1, 1, 600, 10);
    const times = listRevisions(archive, article.id, 100, 0)
      .items.map((r) => Date.parse(r.createdAt) - START)
      .reverse();
    expect(times.length).toBe(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(CHECKPOINT_INTERVAL_MS);
    expect(kinds(archive, article.id)).toEqual(['autosave', 'autosave']);
    archive.close();
  });

  it('decides a checkpoint from the newest revision’s time, by the clock it is given', () => {
    const { archive, article } = fresh();
    expect(checkpointDue(archive, article.id, at(0))).toBe(true);
    saveArticle(archive, article.id, 1, { headline: 'x' }, at(10), { kind: 'explicit' });
    expect(checkpointDue(archive, article.id, at(10 + CHECKPOINT_INTERVAL_MS / 1000 - 1))).toBe(false);
    expect(checkpointDue(archive, article.id, at(10 + CHECKPOINT_INTERVAL_MS / 1000))).toBe(true);
    archive.close();
  });

  it('stores every field, the body and the media’s metadata in a revision', () => {
    const { archive, article } = fresh();
    addMedia(archive, { articleId: article.id, caption: 'تعليق الصورة', credit: 'أ ف ب' });
    const saved = saveArticle(
      archive,
      article.id,
      1,
      {
        headline: 'العنوان',
        tags: ['وسم'],
        dateline: { city: 'القاهرة', agency: 'AFP' },
        urgency: 2,
        embargoUntil: '2025-01-02T06:00:00.000Z',
        body: stateFromParagraphs(['الفقرة الأولى']),
      },
      at(5),
      { kind: 'explicit' },
    );
    const [summary] = listRevisions(archive, article.id, 1, 0).items;
    const revision = getRevision(archive, summary!.id);
    expect(revision.fields).toEqual({
      ...NEW_ARTICLE_FIELDS,
      ...{
        headline: 'العنوان',
        tags: ['وسم'],
        dateline: { city: 'القاهرة', agency: 'AFP' },
        urgency: 2,
        embargoUntil: '2025-01-02T06:00:00.000Z',
        body: saved.body,
      },
    });
    expect(revision.media).toEqual(saved.media);
    expect(revision).toMatchObject({ version: 2, words: 2, createdAt: at(5).toISOString() });
    archive.close();
  });
});

describe('restoring a revision', () => {
  it('makes a new version and a new revision, and never rewrites history', () => {
    const { archive, article } = fresh();
    const v2 = saveArticle(
      archive,
      article.id,
      1,
      { headline: 'الأصل', body: stateFromParagraphs(['النص الأصلي']) },
      at(1),
      { kind: 'explicit' },
    );
    const v3 = saveArticle(
      archive,
      article.id,
      v2.version,
      { headline: 'معدل', body: stateFromParagraphs(['نص آخر']) },
      at(2),
      { kind: 'explicit' },
    );
    const before = listRevisions(archive, article.id, 10, 0).items;
    const original = before.find((r) => r.version === 2)!;
    const restored = restoreRevision(archive, original.id, v3.version, 'ليلى', at(3));
    expect(restored).toMatchObject({ version: 4, headline: 'الأصل', bodyText: 'النص الأصلي' });
    const after = listRevisions(archive, article.id, 10, 0).items;
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ kind: 'restore', version: 4, author: 'ليلى', headline: 'الأصل' });
    archive.close();
  });

  it('first keeps the state it replaces when no revision holds it yet', () => {
    const { archive, article } = fresh();
    const v2 = saveArticle(archive, article.id, 1, { headline: 'محفوظ' }, at(1), { kind: 'explicit' });
    const v3 = saveArticle(archive, article.id, v2.version, { headline: 'كُتب بعد آخر نسخة' }, at(2));
    const [kept] = listRevisions(archive, article.id, 1, 0).items;
    restoreRevision(archive, kept!.id, v3.version, '', at(3));
    const history = listRevisions(archive, article.id, 10, 0).items.map((r) => [r.kind, r.version, r.headline]);
    expect(history).toEqual([
      ['restore', 4, 'محفوظ'],
      ['autosave', 3, 'كُتب بعد آخر نسخة'],
      ['explicit', 2, 'محفوظ'],
    ]);
    archive.close();
  });

  it('brings back captions of pictures the article still has', () => {
    const { archive, article } = fresh();
    const { item } = addMedia(archive, { articleId: article.id, caption: 'التعليق الأول' });
    saveArticle(archive, article.id, 1, { headline: 'ع' }, at(1), { kind: 'explicit' });
    updateMedia(archive, item!.id, { caption: 'تعليق لاحق' });
    const [revision] = listRevisions(archive, article.id, 1, 0).items;
    const restored = restoreRevision(archive, revision!.id, 2, '', at(2));
    expect(restored.media[0]!.caption).toBe('التعليق الأول');
    archive.close();
  });

  it('is refused with a conflict when the article moved on since the person looked', () => {
    const { archive, article } = fresh();
    saveArticle(archive, article.id, 1, { headline: 'أ' }, at(1), { kind: 'explicit' });
    saveArticle(archive, article.id, 2, { headline: 'ب' }, at(2));
    const [revision] = listRevisions(archive, article.id, 1, 0).items;
    let refusal: unknown;
    try {
      restoreRevision(archive, revision!.id, 2, '', at(3));
    } catch (error) {
      refusal = error;
    }
    expect((refusal as MidadError | undefined)?.code).toBe('conflict');
    expect((refusal as MidadError).params).toMatchObject({ baseVersion: 2, currentVersion: 3 });
    expect(getArticle(archive, article.id).headline).toBe('ب');
    archive.close();
  });

  it('answers revision_not_found for an unknown revision', () => {
    const { archive } = fresh();
    expect(() => restoreRevision(archive, 999, 1)).toThrowError(
      expect.objectContaining({ code: 'revision_not_found' }),
    );
    archive.close();
  });
});

describe('keeping the losing side of a conflict', () => {
  it('stores the stale text as a revision without making it current', () => {
    const { archive, article } = fresh();
    saveArticle(archive, article.id, 1, { headline: 'من النافذة الأولى' }, at(1));
    let conflict: unknown;
    try {
      saveArticle(archive, article.id, 1, { headline: 'من النافذة الثانية' }, at(2));
    } catch (error) {
      conflict = error;
    }
    expect((conflict as MidadError).code).toBe('conflict');
    const copy = keepCopy(
      archive,
      article.id,
      1,
      { headline: 'من النافذة الثانية' },
      { label: 'نص النافذة الأخرى', author: 'سارة' },
      at(3),
    );
    expect(copy).toMatchObject({
      kind: 'copy',
      version: 1,
      headline: 'من النافذة الثانية',
      label: 'نص النافذة الأخرى',
    });
    expect(getArticle(archive, article.id)).toMatchObject({ headline: 'من النافذة الأولى', version: 2 });
    expect(getRevision(archive, copy.id).fields.headline).toBe('من النافذة الثانية');
    archive.close();
  });

  it('refuses a base version the article never had', () => {
    const { archive, article } = fresh();
    expect(() => keepCopy(archive, article.id, 5, {})).toThrowError(
      expect.objectContaining({ code: 'invalid_request' }),
    );
    archive.close();
  });
});
