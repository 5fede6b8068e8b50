/**
 * Headline and standfirst suggestions on a real archive file, through the API both transports use: saved
 * beside the fields (which keep their words), listed with the body's, decided by the author (an accepted one
 * replaces the field, both are recorded with who decided), kept in revisions, and exported only once accepted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArchiveService } from '../../db/service/archiveService';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { suggestFieldEdit } from '../../core/review/fieldSuggestions';
import { suggestionNode } from '../../core/review/suggestions';
import type { LexicalState } from '../../core/article/schema';
import { at, EDITOR, JOURNALIST, paragraph, text, uid } from '../unit/review/fixtures';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const HEADLINE = 'الحكومة ترفع الأسعار';
const STANDFIRST = 'قررت الحكومة رفع أسعار الوقود';

function setup() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  updateSettings(archive, { profile: EDITOR });
  const service = createArchiveService(archive);
  // The body holds one pending insertion too, so the list and «accept all» cover both kinds.
  const body = {
    root: {
      ...stateFromParagraphs(['']).root,
      children: [
        paragraph(
          text('نص '),
          suggestionNode({ suggestionId: uid(9), kind: 'insert', author: EDITOR, createdAt: at(1) }, [text('جديد')]),
        ),
      ],
    },
  } as LexicalState;
  const article = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: HEADLINE, standfirst: STANDFIRST, body });
  return { archive, service, article };
}

describe('suggestions on the headline and standfirst', () => {
  it('are saved beside the fields, listed, decided, recorded and exported only once accepted', async () => {
    const { archive, service, article } = setup();
    let ids = 1;
    const newId = () => uid(ids++);
    let list = suggestFieldEdit(
      undefined,
      { field: 'headline', author: EDITOR, current: HEADLINE, next: 'الحكومة ترفع أسعار الخبز' },
      newId,
      new Date(at(2)),
    );
    list = suggestFieldEdit(
      list,
      { field: 'standfirst', author: EDITOR, current: STANDFIRST, next: 'قررت الحكومة رفع الأسعار' },
      newId,
      new Date(at(3)),
    );
    const saved = await service['articles.save']({
      id: article.id,
      baseVersion: article.version,
      fields: { fieldSuggestions: list },
      kind: 'explicit',
    });
    // The fields keep their words: a suggestion is not an edit.
    expect(saved.headline).toBe(HEADLINE);
    expect(saved.fieldSuggestions?.map((s) => s.to)).toEqual(['الحكومة ترفع أسعار الخبز', 'قررت الحكومة رفع الأسعار']);

    const listed = (await service['suggestions.list']({ articleId: article.id })).items;
    expect(listed.map((s) => [s.kind, s.field ?? null, s.text])).toEqual([
      ['replace', 'headline', 'الحكومة ترفع أسعار الخبز'],
      ['replace', 'standfirst', 'قررت الحكومة رفع الأسعار'],
      ['insert', null, 'جديد'],
    ]);
    expect(listed[0]?.from).toBe(HEADLINE);
    expect(listed[0]?.author).toEqual(EDITOR);

    // Exported as if none were accepted, with the warning counting all three.
    const request = { id: article.id, bodyOnly: false, withComments: false, withHistory: false };
    const html = await service['exchange.export']({ ...request, format: 'html' });
    expect(html.content).toContain(HEADLINE);
    expect(html.content).not.toContain('الخبز');
    expect(html.warnings).toEqual([
      { code: 'pending_suggestions', articleId: article.id, headline: HEADLINE, count: 3 },
    ]);
    const ninjs = await service['exchange.export']({ ...request, format: 'ninjs' });
    expect(ninjs.content).not.toContain('الخبز');

    // The journalist accepts the headline's and rejects the standfirst's.
    updateSettings(archive, { profile: JOURNALIST });
    const accepted = await service['suggestions.decide']({
      id: article.id,
      baseVersion: saved.version,
      ids: [uid(1)],
      decision: 'accept',
    });
    expect(accepted.headline).toBe('الحكومة ترفع أسعار الخبز');
    const rejected = await service['suggestions.decide']({
      id: article.id,
      baseVersion: accepted.version,
      ids: [uid(2)],
      decision: 'reject',
    });
    expect(rejected.standfirst).toBe(STANDFIRST);
    expect(rejected.fieldSuggestions).toBeUndefined();

    const after = (await service['suggestions.list']({ articleId: article.id })).items;
    const byId = new Map(after.map((s) => [s.id, s]));
    expect(byId.get(uid(1))).toMatchObject({
      kind: 'replace',
      field: 'headline',
      status: 'accepted',
      decidedBy: JOURNALIST,
    });
    expect(byId.get(uid(2))).toMatchObject({ kind: 'replace', field: 'standfirst', status: 'rejected' });
    expect(byId.get(uid(9))?.status).toBe('pending');

    const exported = await service['exchange.export']({ ...request, format: 'html' });
    expect(exported.content).toContain('الحكومة ترفع أسعار الخبز');

    // A revision holds the pending suggestions as they were (what sync and hand-off carry).
    const snapshots = archive
      .prepare('SELECT snapshot FROM revisions WHERE article_id = ? ORDER BY id')
      .all(article.id) as Array<{ snapshot: string }>;
    const withPending = snapshots.map((r) => JSON.parse(r.snapshot) as { fields: { fieldSuggestions?: unknown[] } });
    expect(withPending.some((s) => s.fields.fieldSuggestions?.length === 2)).toBe(true);
    archive.close();
  });

  it('refuses an id that is not pending, and a second person keeps their own proposal beside the first', async () => {
    const { archive, service, article } = setup();
    const mine = suggestFieldEdit(
      undefined,
      { field: 'headline', author: EDITOR, current: HEADLINE, next: 'عنوان سلمى' },
      () => uid(1),
      new Date(at(2)),
    );
    const both = suggestFieldEdit(
      mine,
      { field: 'headline', author: JOURNALIST, current: HEADLINE, next: 'عنوان ليلى' },
      () => uid(2),
      new Date(at(3)),
    );
    expect(both.map((s) => s.to)).toEqual(['عنوان سلمى', 'عنوان ليلى']);
    // Typing back to the field's words takes one's own proposal back, and only it.
    const back = suggestFieldEdit(
      both,
      { field: 'headline', author: EDITOR, current: HEADLINE, next: HEADLINE },
      () => uid(3),
      new Date(at(4)),
    );
    expect(back.map((s) => s.id)).toEqual([uid(2)]);
    const saved = await service['articles.save']({
      id: article.id,
      baseVersion: article.version,
      fields: { fieldSuggestions: both },
    });
    await expect(
      Promise.resolve().then(() =>
        service['suggestions.decide']({
          id: article.id,
          baseVersion: saved.version,
          ids: [uid(7)],
          decision: 'accept',
        }),
      ),
    ).rejects.toMatchObject({ code: 'suggestion_not_found' });
    // Accept all: both proposals replace the field in turn; the later one is what stays.
    const all = await service['suggestions.decide']({
      id: article.id,
      baseVersion: saved.version,
      ids: 'all',
      decision: 'accept',
    });
    expect(all.headline).toBe('عنوان ليلى');
    expect(all.body.root.children).toHaveLength(1);
    archive.close();
  });
});
