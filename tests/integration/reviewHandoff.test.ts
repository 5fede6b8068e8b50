/**
 * The offline hand-off end to end: two real archive files (the journalist's and the editor's), review
 * packages carried between them as files (the journalist's side through the `midad` command, the editor's
 * through the API as the desktop app calls it), and changes on both sides at once. At the end no comment,
 * reply, suggestion or text written on either side is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArchiveService } from '../../db/service/archiveService';
import { dispatch } from '../../core/api/envelope';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import type { Profile } from '../../core/settings/schema';
import { getRevision, listRevisions } from '../../db/revisionStore';
import { ReviewPackageSchema } from '../../core/review/package';
import { suggestionNode } from '../../core/review/suggestions';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import { body, EDITOR, JOURNALIST, mark, paragraph, text, uid } from '../unit/review/fixtures';
import { useTempDir } from '../helpers/tempDir';
import { midad } from '../helpers/midadCommand';
import { parseJson } from '../helpers/json';

const tempDir = useTempDir();

const midadOn = (db: string, args: string[]) => midad(['--db', db, ...args]);

function side(path: string, profile: Profile) {
  const archive = openArchive(path);
  updateSettings(archive, { profile });
  const service = createArchiveService(archive);
  const ok = async <T>(method: string, payload: unknown): Promise<T> => {
    const result = await dispatch(service, method, payload);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { archive, ok };
}

/** The article's revisions, oldest first, as the history panel reads them. */
function revisions(archive: Archive, id: string) {
  return listRevisions(archive, id, 1000, 0)
    .items.reverse()
    .map((summary) => getRevision(archive, summary.id));
}

const T_EDITOR = uid(1);
const T_JOURNALIST = uid(2);
const S_EDITOR = uid(3);

describe('review hand-off between two archive files', () => {
  it(
    'carries comments, suggestions and both sides’ concurrent text there and back with nothing lost',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const jPath = join(dir, 'journalist.sqlite');
      const ePath = join(dir, 'editor.sqlite');
      const j = side(jPath, JOURNALIST);
      const original = createArticle(j.archive, {
        ...NEW_ARTICLE_FIELDS,
        headline: 'ارتفاع أسعار الوقود',
        standfirst: 'قرار حكومي جديد',
        body: body(paragraph(text('قررت الحكومة رفع الأسعار.'))),
      });
      const id = original.id;
      await j.ok('review.transition', { id, baseVersion: original.version, to: 'submitted' });
      j.archive.close();

      // The journalist exports; the editor imports on another machine.
      const p1 = join(dir, 'to-editor.json');
      expect(await midadOn(jPath, ['review-export', id, '--out', p1])).toMatchObject({ code: 0 });
      expect(ReviewPackageSchema.parse(JSON.parse(readFileSync(p1, 'utf8'))).base.content.headline).toBe(
        'ارتفاع أسعار الوقود',
      );
      // (the editor's side goes through the API, as the desktop app does; the journalist's through the CLI)
      const e = side(ePath, EDITOR);
      const imported = await e.ok('review.importPackage', { package: parseJson(readFileSync(p1, 'utf8')) });
      expect(imported).toMatchObject({ outcome: 'created', articleId: id });

      // The editor reviews: a comment anchored in the body, a suggested insertion, a new headline, in review.
      let onEditor = getArticle(e.archive, id);
      expect(onEditor.status).toBe('submitted');
      onEditor = saveArticle(e.archive, id, onEditor.version, {
        headline: 'الحكومة ترفع أسعار الوقود',
        body: body(
          paragraph(
            mark([T_EDITOR], 'قررت الحكومة'),
            text(' رفع الأسعار'),
            suggestionNode(
              { suggestionId: S_EDITOR, kind: 'insert', author: EDITOR, createdAt: new Date().toISOString() },
              [text(' بنسبة ١٠٪')],
            ),
            text('.'),
          ),
        ),
      });
      await e.ok('comments.create', {
        articleId: id,
        threadId: T_EDITOR,
        anchor: { field: 'body', markId: T_EDITOR, quote: 'قررت الحكومة' },
        text: 'متى؟',
      });
      await e.ok('review.transition', { id, baseVersion: onEditor.version, to: 'in_review' });
      const p2 = join(dir, 'to-journalist.json');
      writeFileSync(p2, JSON.stringify(await e.ok('review.exportPackage', { id })));
      e.archive.close();

      // Meanwhile the journalist kept writing and commented on the standfirst.
      const j2 = side(jPath, JOURNALIST);
      const mine = getArticle(j2.archive, id);
      saveArticle(j2.archive, id, mine.version, {
        body: body(paragraph(text('قررت الحكومة رفع الأسعار.')), paragraph(text('وقال الوزير إن القرار مؤقت.'))),
      });
      await j2.ok('comments.create', {
        articleId: id,
        threadId: T_JOURNALIST,
        anchor: { field: 'standfirst', markId: T_JOURNALIST, quote: 'قرار' },
        text: 'هل نذكر التاريخ؟',
      });
      j2.archive.close();

      // The journalist imports the editor's package: both changed the words.
      const back = await midadOn(jPath, ['review-import', p2, '--json']);
      expect(back.code, back.stderr).toBe(0);
      const result = JSON.parse(back.stdout) as {
        outcome: string;
        revisionIds: number[];
        diff: Array<{ field: string; changed: boolean }>;
      };
      expect(result.outcome).toBe('both-changed');
      expect(result.revisionIds).toHaveLength(2);
      expect(result.diff.filter((d) => d.changed).map((d) => d.field)).toEqual(['headline', 'body']);

      const j3 = side(jPath, JOURNALIST);
      const current = getArticle(j3.archive, id);
      // The journalist's version is the newer one and stays current; the editor's is kept as a revision.
      expect(current.bodyText).toContain('وقال الوزير إن القرار مؤقت.');
      expect(current.status).toBe('in_review');
      const kept = revisions(j3.archive, id).filter((r) => r.kind === 'copy');
      expect(kept.map((r) => r.fields.headline)).toEqual(['الحكومة ترفع أسعار الوقود', 'ارتفاع أسعار الوقود']);
      expect(kept.map((r) => r.id)).toEqual(result.revisionIds);
      expect(lexicalToPlainText(kept[0]!.fields.body)).toContain('بنسبة ١٠٪');
      expect(lexicalToPlainText(kept[1]!.fields.body)).toContain('وقال الوزير إن القرار مؤقت.');
      const threads = await j3.ok<{ items: Array<{ id: string; detached: boolean }> }>('comments.list', {
        articleId: id,
      });
      expect(threads.items.map((t) => [t.id, t.detached])).toEqual([
        [T_JOURNALIST, false],
        // Its mark lives in the editor's version, which is a revision here: shown apart, not lost.
        [T_EDITOR, true],
      ]);
      const suggestions = await j3.ok<{ items: Array<{ id: string; status: string; text: string }> }>(
        'suggestions.list',
        { articleId: id },
      );
      expect(suggestions.items).toMatchObject([{ id: S_EDITOR, status: 'pending', text: ' بنسبة ١٠٪' }]);
      const workflow = await j3.ok<{ history: Array<{ to: string }> }>('review.workflow', { id });
      expect(workflow.history.map((h) => h.to)).toEqual(['submitted', 'in_review']);

      // The journalist answers the editor and sends it back; the editor changed nothing since, so it fast-forwards.
      await j3.ok('comments.reply', { threadId: T_EDITOR, text: 'أمس' });
      const p3 = await j3.ok('review.exportPackage', { id });
      j3.archive.close();
      const e2 = side(ePath, EDITOR);
      expect(await e2.ok('review.importPackage', { package: parseJson(JSON.stringify(p3)) })).toMatchObject({
        outcome: 'took-incoming',
      });
      const onEditorNow = getArticle(e2.archive, id);
      expect(onEditorNow.bodyText).toContain('وقال الوزير إن القرار مؤقت.');
      const editorThreads = await e2.ok<{ items: Array<{ id: string; comments: Array<{ text: string }> }> }>(
        'comments.list',
        { articleId: id },
      );
      expect(editorThreads.items.map((t) => t.id).sort()).toEqual([T_EDITOR, T_JOURNALIST].sort());
      expect(editorThreads.items.find((t) => t.id === T_EDITOR)?.comments.map((c) => c.text)).toEqual(['متى؟', 'أمس']);
      const editorSuggestions = await e2.ok<{ items: Array<{ id: string }> }>('suggestions.list', { articleId: id });
      expect(editorSuggestions.items.map((s) => s.id)).toEqual([S_EDITOR]);
      // The editor's own earlier words are still in this archive's history.
      const editorHistory = revisions(e2.archive, id).map((r) => r.fields.headline);
      expect(editorHistory).toContain('الحكومة ترفع أسعار الوقود');
      e2.archive.close();
    },
  );

  it(
    'refuses a file that is not a review package, naming what is wrong, and leaves the archive as it was',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const db = join(dir, 'a.sqlite');
      const file = join(dir, 'wrong.json');
      writeFileSync(file, '{"format":"ninjs"}');
      const result = await midadOn(db, ['review-import', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'midad review-import: wrong.json: the whole file: expected a review package exported by Midad ("format": "midad-review-package")\n',
      );
      const archive = openArchive(db);
      expect((archive.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(0);
      archive.close();
    },
  );
});
