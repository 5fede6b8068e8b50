/** The review area on real archive files, through the same dispatch both transports use. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { dispatch } from '../../core/api/envelope';
import { createArchiveService } from '../../db/service/archiveService';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import type { Profile } from '../../core/settings/schema';
import { suggestionNode } from '../../core/review/suggestions';
import { lexicalToPlainText, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { body, EDITOR, JOURNALIST, mark, paragraph, text, uid } from '../unit/review/fixtures';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

function setup(profile: Profile | null = JOURNALIST) {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  if (profile) updateSettings(archive, { profile });
  const service = createArchiveService(archive);
  const call = async (method: string, payload: unknown) => dispatch(service, method, payload);
  const ok = async <T = Record<string, unknown>>(method: string, payload: unknown): Promise<T> => {
    const result = await call(method, payload);
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { archive, call, ok, as: (p: Profile) => updateSettings(archive, { profile: p }) };
}

function newArticle(archive: Archive, paragraphs = ['نص الخبر']) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'عنوان', body: stateFromParagraphs(paragraphs) });
}

function revisionCount(archive: Archive, articleId: string): number {
  return (archive.prepare('SELECT count(*) AS n FROM revisions WHERE article_id = ?').get(articleId) as { n: number })
    .n;
}

describe('status transitions', () => {
  it('are allowed by role: the journalist submits, the editor reviews and approves; each records who, when, why and a revision', async () => {
    const { archive, ok, as } = setup(JOURNALIST);
    const a = newArticle(archive);
    const submitted = await ok<{ article: { version: number; status: string }; change: { by: Profile } }>(
      'review.transition',
      {
        id: a.id,
        baseVersion: a.version,
        to: 'submitted',
      },
    );
    expect(submitted.article.status).toBe('submitted');
    expect(submitted.change.by).toEqual(JOURNALIST);
    as(EDITOR);
    const inReview = await ok<{ article: { version: number } }>('review.transition', {
      id: a.id,
      baseVersion: submitted.article.version,
      to: 'in_review',
    });
    await ok('review.transition', {
      id: a.id,
      baseVersion: inReview.article.version,
      to: 'returned',
      note: 'أضف مصدرًا للرقم',
    });
    const state = await ok<{
      status: string;
      allowed: Array<{ to: string }>;
      history: Array<{ to: string; note: string; by: Profile }>;
    }>('review.workflow', { id: a.id });
    expect(state.status).toBe('returned');
    expect(state.history.map((h) => [h.to, h.by.role, h.note])).toEqual([
      ['submitted', 'journalist', ''],
      ['in_review', 'editor', ''],
      ['returned', 'editor', 'أضف مصدرًا للرقم'],
    ]);
    expect(state.allowed.map((x) => x.to)).toEqual(['submitted', 'draft', 'spiked']);
    expect(revisionCount(archive, a.id)).toBe(3);
    archive.close();
  });

  it('are refused by role with a typed error, leaving the article, its history and revisions untouched', async () => {
    const { archive, call, ok, as } = setup(EDITOR);
    const a = newArticle(archive);
    const { article } = await ok<{ article: { version: number } }>('review.transition', {
      id: a.id,
      baseVersion: a.version,
      to: 'submitted',
    });
    as(JOURNALIST);
    const refused = await call('review.transition', { id: a.id, baseVersion: article.version, to: 'in_review' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'transition_not_allowed' } });
    expect(await call('review.transition', { id: a.id, baseVersion: article.version, to: 'published' })).toMatchObject({
      ok: false,
      error: { code: 'transition_refused' },
    });
    as(EDITOR);
    expect(await call('review.transition', { id: a.id, baseVersion: article.version, to: 'returned' })).toMatchObject({
      ok: false,
      error: { code: 'note_required' },
    });
    expect(getArticle(archive, a.id)).toMatchObject({ status: 'submitted', version: article.version });
    expect(revisionCount(archive, a.id)).toBe(1);
    archive.close();
  });

  it('need a profile, and refuse a stale version with a conflict', async () => {
    const { archive, call, as } = setup(null);
    const a = newArticle(archive);
    expect(await call('review.transition', { id: a.id, baseVersion: a.version, to: 'submitted' })).toMatchObject({
      ok: false,
      error: { code: 'profile_required' },
    });
    as(JOURNALIST);
    expect(await call('review.transition', { id: a.id, baseVersion: a.version + 1, to: 'submitted' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    archive.close();
  });
});

describe('comments', () => {
  it('make threads with replies that resolve and reopen, stamped with the profile, listed in document order', async () => {
    const { archive, ok, as } = setup(EDITOR);
    const t1 = uid(1);
    const t2 = uid(2);
    const a = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'الحكومة تعلن الخطة',
      body: body(paragraph(text('أول '), mark([t2], 'الفقرة')), paragraph(mark([t1], 'ثانية'))),
    });
    await ok('comments.create', {
      articleId: a.id,
      threadId: t1,
      anchor: { field: 'body', markId: t1, quote: 'ثانية' },
      text: 'تحقق',
    });
    await ok('comments.create', {
      articleId: a.id,
      threadId: t2,
      anchor: { field: 'body', markId: t2, quote: 'الفقرة' },
      text: 'أعد الصياغة',
    });
    await ok('comments.create', {
      articleId: a.id,
      anchor: { field: 'headline', markId: 'h', quote: 'الخطة' },
      text: 'أي خطة؟',
    });
    as(JOURNALIST);
    await ok('comments.reply', { threadId: t1, text: 'تم التحقق' });
    const resolved = await ok<{ resolved: boolean; statusBy: Profile }>('comments.resolve', { threadId: t1 });
    expect(resolved).toMatchObject({ resolved: true, statusBy: JOURNALIST });
    const reopened = await ok<{ resolved: boolean }>('comments.reopen', { threadId: t1 });
    expect(reopened.resolved).toBe(false);
    const { items } = await ok<{
      items: Array<{
        id: string;
        anchor: { field: string };
        detached: boolean;
        comments: Array<{ author: Profile; text: string }>;
      }>;
    }>('comments.list', { articleId: a.id });
    expect(items.map((t) => t.anchor.field)).toEqual(['headline', 'body', 'body']);
    expect(items.slice(1).map((t) => t.id)).toEqual([t2, t1]);
    expect(items[2]?.comments.map((c) => [c.author.role, c.text])).toEqual([
      ['editor', 'تحقق'],
      ['journalist', 'تم التحقق'],
    ]);
    archive.close();
  });

  it('keep a thread whose text was deleted, listed as detached with its quote', async () => {
    const { archive, ok } = setup(EDITOR);
    const t1 = uid(1);
    const a = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      body: body(paragraph(text('يبقى '), mark([t1], 'يحذف'))),
    });
    await ok('comments.create', {
      articleId: a.id,
      threadId: t1,
      anchor: { field: 'body', markId: t1, quote: 'يحذف' },
      text: 'احذف هذا',
    });
    await ok('articles.save', { id: a.id, baseVersion: a.version, fields: { body: stateFromParagraphs(['يبقى']) } });
    const { items } = await ok<{ items: Array<{ id: string; detached: boolean; anchor: { quote: string } }> }>(
      'comments.list',
      { articleId: a.id },
    );
    expect(items).toMatchObject([{ id: t1, detached: true, anchor: { quote: 'يحذف' } }]);
    archive.close();
  });

  it('keep where a headline comment’s words started, find the nearest occurrence after edits, and carry it in the review package', async () => {
    const { archive, ok } = setup(EDITOR);
    const a = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'رفع السعر ثم رفع السعر مجددا' });
    const second = 'رفع السعر ثم '.length;
    const created = await ok<{ id: string; anchor: unknown }>('comments.create', {
      articleId: a.id,
      anchor: { field: 'headline', markId: 'h', quote: 'رفع السعر', offset: second },
      text: 'أي رفع؟',
    });
    expect(created.anchor).toEqual({ field: 'headline', markId: 'h', quote: 'رفع السعر', offset: second });
    // Words typed before both occurrences shift them; the thread still belongs to the second one.
    await ok('articles.save', {
      id: a.id,
      baseVersion: a.version,
      fields: { headline: 'عاجل: رفع السعر ثم رفع السعر مجددا' },
    });
    const { items } = await ok<{ items: Array<{ detached: boolean }> }>('comments.list', { articleId: a.id });
    expect(items).toMatchObject([{ detached: false }]);
    const pkg = await ok<{ comments: Array<{ anchor: unknown }> }>('review.exportPackage', { id: a.id });
    expect(pkg.comments.map((t) => t.anchor)).toEqual([
      { field: 'headline', markId: 'h', quote: 'رفع السعر', offset: second },
    ]);
    archive.close();
  });

  it('refuse a reply to a thread that does not exist', async () => {
    const { archive, call } = setup(EDITOR);
    expect(await call('comments.reply', { threadId: uid(9), text: 'رد' })).toMatchObject({
      ok: false,
      error: { code: 'thread_not_found' },
    });
    archive.close();
  });
});

describe('suggestions', () => {
  function withSuggestions(archive: Archive) {
    return createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      body: body(
        paragraph(
          text('قال '),
          suggestionNode(
            { suggestionId: uid(11), kind: 'insert', author: EDITOR, createdAt: '2026-11-29T08:00:00.000Z' },
            [text('الوزير ')],
          ),
          text('إن '),
          suggestionNode(
            { suggestionId: uid(12), kind: 'delete', author: EDITOR, createdAt: '2026-11-29T08:01:00.000Z' },
            [text('العجز ')],
          ),
          text('انخفض'),
        ),
      ),
    });
  }

  it('are accepted and rejected one at a time, each decision kept in the ledger with who decided', async () => {
    const { archive, ok } = setup(JOURNALIST);
    const a = withSuggestions(archive);
    const afterAccept = await ok<{ version: number; bodyText: string }>('suggestions.decide', {
      id: a.id,
      baseVersion: a.version,
      ids: [uid(11)],
      decision: 'accept',
    });
    expect(afterAccept.bodyText).toBe('قال الوزير إن العجز انخفض');
    const afterReject = await ok<{ bodyText: string }>('suggestions.decide', {
      id: a.id,
      baseVersion: afterAccept.version,
      ids: [uid(12)],
      decision: 'reject',
    });
    expect(afterReject.bodyText).toBe('قال الوزير إن العجز انخفض');
    const { items } = await ok<{ items: Array<{ id: string; status: string; decidedBy: Profile }> }>(
      'suggestions.list',
      { articleId: a.id },
    );
    expect(items.map((s) => [s.id, s.status, s.decidedBy.role])).toEqual([
      [uid(11), 'accepted', 'journalist'],
      [uid(12), 'rejected', 'journalist'],
    ]);
    expect(revisionCount(archive, a.id)).toBe(2);
    archive.close();
  });

  it('are accepted all at once, and an unknown id is refused without changing the body', async () => {
    const { archive, call, ok } = setup(JOURNALIST);
    const a = withSuggestions(archive);
    expect(
      await call('suggestions.decide', { id: a.id, baseVersion: a.version, ids: [uid(99)], decision: 'accept' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'suggestion_not_found' },
    });
    expect(getArticle(archive, a.id).version).toBe(a.version);
    const all = await ok<{ body: Parameters<typeof lexicalToPlainText>[0] }>('suggestions.decide', {
      id: a.id,
      baseVersion: a.version,
      ids: 'all',
      decision: 'accept',
    });
    expect(lexicalToPlainText(all.body)).toBe('قال الوزير إن انخفض');
    archive.close();
  });
});
