/** Pictures are in an article where its body places them (core/article/figures.ts), and exports follow. */
import { describe, expect, it } from 'vitest';
import { placedMedia, placedMediaIds, placeFigures, renameFigures } from '../../../core/article/figures';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { exportHtml } from '../../../core/exchange/htmlExport';
import { PICTURE_STORY } from './testArticles';

const A = '44444444-4444-4444-8444-aaaaaaaaaaaa';
const B = '44444444-4444-4444-8444-bbbbbbbbbbbb';

describe('pictures placed in the body', () => {
  it('places the lead before the first block and the others after the last, once', () => {
    const body = placeFigures(stateFromParagraphs(['أ', 'ب']), [
      { id: B, isLead: false },
      { id: A, isLead: true },
    ]);
    expect(body.root.children.map((c) => (c as { type: string }).type)).toEqual([
      'midad-figure',
      'paragraph',
      'paragraph',
      'midad-figure',
    ]);
    expect(placedMediaIds(body)).toEqual([A, B]);
    expect(placeFigures(body, [{ id: A, isLead: true }])).toBe(body);
    expect(placedMediaIds(renameFigures(body, new Map([[A, B]])))).toEqual([B]);
  });

  it('leaves out of the export a picture the body no longer names, with no warning for its credit', () => {
    const { article } = PICTURE_STORY;
    expect(placedMedia(article.body, article.media).map((m) => m.id)).toEqual([A]);
    const without = { ...article, body: stateFromParagraphs(['نص قصير تحت الصورة.']) };
    const out = exportHtml({ ...PICTURE_STORY, article: without });
    expect(out.content).not.toContain('<figure');
    expect(out.warnings).toEqual([]);
    const noCredit = exportHtml({
      ...PICTURE_STORY,
      article: { ...article, media: [{ ...article.media[0]!, credit: '' }] },
    });
    expect(noCredit.warnings).toEqual([
      { code: 'picture_without_credit', articleId: article.id, headline: article.headline, count: 1 },
    ]);
  });
});
